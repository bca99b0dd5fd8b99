package org.schoolimprovement.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.camunda.bpm.engine.task.Task;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.junit.jupiter.api.Test;
import org.schoolimprovement.RestClient;
import org.schoolimprovement.TrustApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.web.context.WebApplicationContext;

/** Camunda's REST API answers with one shared JSON mapper, configured as Camunda's own. */
@TrustApplicationTest
class SharedObjectMapperTest {

  @Autowired
  ResourceConfig restApi;
  @Autowired
  TaskService taskService;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  WebApplicationContext webApplicationContext;

  @Test
  void theRestApiHasOneMapperInsteadOfANewOneAtEveryRequest() {
    assertThat(restApi.getClasses()).contains(SharedObjectMapper.class).doesNotContain(JacksonConfigurator.class);
    SharedObjectMapper resolver = new SharedObjectMapper();
    assertThat(resolver.getContext(Object.class)).isSameAs(resolver.getContext(Task.class));
  }

  @Test
  void theWebappsEngineApiIsGivenTheSameMapper() {
    var engineApi = webApplicationContext.getServletContext().getServletRegistration(SharedObjectMapper.WEBAPP_ENGINE_API);
    assertThat(engineApi).as("the webapp starter's servlet for /camunda/api/engine").isNotNull();
    assertThat(engineApi.getInitParameter(ServerProperties.PROVIDER_CLASSNAMES)).isEqualTo(SharedObjectMapper.class.getName());
  }

  @Test
  void datesAndUnknownFieldsAreHandledAsCamundaDoes() {
    Task task = taskService.newTask();
    task.setName("Shared mapper probe");
    task.setDueDate(new Date(1759766400000L));
    taskService.saveTask(task);
    try {
      List<?> tasks = RestClient.as(rest, "ceo").post("/engine-rest/task", Map.of("nameLike", "Shared mapper probe",
          "unknownCriterion", true), List.class).getBody();
      assertThat(tasks).hasSize(1);
      // Camunda's format, yyyy-MM-dd'T'HH:mm:ss.SSSZ, in the server's zone.
      assertThat((String) ((Map<?, ?>) tasks.get(0)).get("due")).matches("2025-10-0[67]T\\d\\d:00:00\\.000[+-]\\d{4}");
    } finally {
      taskService.deleteTask(task.getId(), true);
    }
  }
}
