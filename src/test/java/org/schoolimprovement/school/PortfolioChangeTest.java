package org.schoolimprovement.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.schoolimprovement.FormAnswers;
import org.schoolimprovement.RestClient;
import org.schoolimprovement.TestSchools;
import org.schoolimprovement.TrustApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A school moving to another director: its cycle, the director's task and every grant move; the old director
 * keeps nothing. A school of its own (URN 100090), removed afterwards, so the demo trust stays as it was.
 */
@TrustApplicationTest
class PortfolioChangeTest {

  static final String URN = "100090";
  static final String KEY = URN + "-2028/29";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  SchoolService schools;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  HistoryService historyService;
  @Autowired
  IdentityService identityService;
  @Autowired
  TestSchools testSchools;
  @Autowired
  FilterService filters;
  @Autowired
  ManagementService managementService;

  @Test
  void theCycleTheTaskAndTheAccessMoveWithTheSchool() {
    registerTheSchool();
    ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.parse("2028-09-11T08:00:00Z")));
    ProcessInstance cycle;
    try {
      cycle = runtimeService.startProcessInstanceByKey("improvementCycle", KEY, Map.of("urn", URN, "academicYear", "2028/29"));
      Task selfAudit = taskService.createTaskQuery().processInstanceId(cycle.getId()).singleResult();
      taskService.complete(selfAudit.getId(), FormAnswers.selfAudit());
    } finally {
      ClockUtil.reset();
    }
    Task moderation = taskService.createTaskQuery().processInstanceId(cycle.getId()).singleResult();
    assertThat(moderation.getAssignee()).isEqualTo("director1");
    assertThat(status("director1", "/engine-rest/process-instance/" + cycle.getId())).isEqualTo(200);
    assertThat(status("director2", "/engine-rest/process-instance/" + cycle.getId())).isIn(403, 404);

    assertThat(move("director1", "director2").getStatusCode().value()).isEqualTo(403);
    assertThat(move("ceo", "head100001").getBody()).contains("'head100001' is not a director of education");
    assertThat(move("ceo", "director1").getBody()).contains("Moving Academy is already in director1's portfolio");
    ResponseEntity<String> moved = move("ceo", "director2");
    assertThat(moved.getStatusCode().value()).as(moved.getBody()).isEqualTo(200);
    assertThat(moved.getBody()).contains("\"from\":\"director1\"").contains("\"to\":\"director2\"")
        .contains("\"tasksReassigned\":1");

    assertThat(schools.get(URN).directorOfEducation()).isEqualTo("director2");
    assertThat(taskService.createTaskQuery().taskId(moderation.getId()).singleResult().getAssignee()).isEqualTo("director2");
    assertThat(runtimeService.getVariable(cycle.getId(), "directorOfEducation")).isEqualTo("director2");
    for (String path : new String[] {"/engine-rest/process-instance/" + cycle.getId(),
        "/engine-rest/history/process-instance/" + cycle.getId(), "/engine-rest/task/" + moderation.getId(), "/api/schools/" + URN}) {
      assertThat(status("director2", path)).as("director2 " + path).isEqualTo(200);
      assertThat(status("director1", path)).as("director1 " + path).isIn(403, 404);
    }
  }

  @Test
  void theTasksTheOldDirectorOversawMoveToTheNewDirectorsSchoolsFilter() {
    Task selfAudit = startTheSchoolsCycle();
    assertThat(mySchools("director1")).contains(selfAudit.getId());
    assertThat(mySchools("director2")).doesNotContain(selfAudit.getId());

    assertThat(move("ceo", "director2").getBody()).contains("\"tasksReassigned\":0");

    assertThat(mySchools("director2")).contains(selfAudit.getId());
    assertThat(mySchools("director1")).doesNotContain(selfAudit.getId());
    assertThat(status("director1", "/engine-rest/task/" + selfAudit.getId())).isIn(403, 404);
    assertThat(RestClient.as(rest, "director2").post("/engine-rest/task/" + selfAudit.getId() + "/complete", Map.of(),
        String.class).getStatusCode().value()).isEqualTo(403);
  }

  @Test
  void anEscalationOpenWithTheOldDirectorMovesToTheNewOne() {
    Task selfAudit = startTheSchoolsCycle();
    // The self-audit falls due and the director's window passes (the timers run now, whatever their date).
    String watch = runtimeService.createProcessInstanceQuery().processDefinitionKey("overdueEscalation")
        .processInstanceBusinessKey(selfAudit.getId()).singleResult().getId();
    for (String timer : List.of("Timer_TaskDue", "Timer_DirectorWindow")) {
      managementService.executeJob(managementService.createJobQuery().processInstanceId(watch).activityId(timer)
          .singleResult().getId());
    }
    Task escalation = taskService.createTaskQuery().processInstanceId(watch).taskDefinitionKey("Task_ResolveOverdueDirector")
        .singleResult();
    assertThat(escalation.getAssignee()).isEqualTo("director1");

    assertThat(move("ceo", "director2").getBody()).contains("\"tasksReassigned\":1");

    assertThat(taskService.createTaskQuery().taskId(escalation.getId()).singleResult().getAssignee()).isEqualTo("director2");
    assertThat(status("director2", "/engine-rest/task/" + escalation.getId())).isEqualTo(200);
    assertThat(status("director1", "/engine-rest/task/" + escalation.getId())).isIn(403, 404);
  }

  private void registerTheSchool() {
    schools.register(new SchoolDetails(URN, "Moving Academy", Phase.PRIMARY, "Kent", "CT1 1AA", "Alex Moore", "director1",
        OfstedOutcome.legacy(LocalDate.of(2021, 5, 5), LegacyGrade.GOOD), false, false));
  }

  /** The school, in director1's portfolio, with its 2028/29 cycle waiting at the self-audit. */
  private Task startTheSchoolsCycle() {
    registerTheSchool();
    ProcessInstance cycle = runtimeService.startProcessInstanceByKey("improvementCycle", KEY,
        Map.of("urn", URN, "academicYear", "2028/29"));
    return taskService.createTaskQuery().processInstanceId(cycle.getId()).singleResult();
  }

  @AfterEach
  void removeTheSchool() {
    testSchools.remove(URN);
  }


  private List<String> mySchools(String user) {
    String filter = filters.createFilterQuery().filterName("My schools").singleResult().getId();
    return RestClient.as(rest, user).post("/engine-rest/filter/" + filter + "/list?maxResults=500", Map.of(), List.class)
        .getBody().stream().map(task -> (String) ((Map<?, ?>) task).get("id")).toList();
  }

  private int status(String user, String path) {
    return RestClient.as(rest, user).get(path, String.class).getStatusCode().value();
  }

  private ResponseEntity<String> move(String user, String director) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "demo");
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.exchange("/api/schools/" + URN + "/director", HttpMethod.PUT, new HttpEntity<>(Map.of("director", director), headers),
        String.class);
  }
}
