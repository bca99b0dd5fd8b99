package org.schoolimprovement.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import db.migration.V10__Directors_oversee_their_schools_tasks;
import db.migration.V11__Directors_oversee_as_candidate_users;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
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
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** The filters and task names staff see in Tasklist, through the REST calls Tasklist makes. */
@TrustApplicationTest
class TasklistFiltersTest {

  static final String HELD = "100096";

  @Autowired
  TasklistFilters startUp;
  @Autowired
  FilterService filters;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  TestSchools testSchools;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void startUpCreatesEachFilterOnce() throws Exception {
    startUp.run(null);
    for (String name : List.of("My tasks", "My school", "My schools", "My group tasks", "Due this week", "Overdue",
        "Escalations", "Deployments")) {
      assertThat(filters.createFilterQuery().filterName(name).count()).as(name).isEqualTo(1);
    }
  }

  @Test
  void eachRoleSeesItsOwnFilters() {
    assertThat(filterNames("head100001")).containsExactly("My tasks", "My school", "Due this week", "Overdue");
    assertThat(filterNames("director1")).containsExactly("My tasks", "My schools", "Due this week", "Overdue", "Escalations");
    assertThat(filterNames("sle1")).containsExactly("My tasks", "My group tasks", "Due this week", "Overdue", "Deployments");
    assertThat(filterNames("ceo")).contains("Escalations");
  }

  @Test
  void aHeadsOverdueFilterListsTheirSchoolsTaskNamedWithTheSchoolAndStep() {
    ClockUtil.setCurrentTime(at("2025-09-08T09:00:00+01:00"));
    ProcessInstance cycle = runtimeService.startProcessInstanceByKey("improvementCycle", "100006-2025/26",
        Map.of("urn", "100006", "academicYear", "2025/26"));
    Task selfAudit = taskService.createTaskQuery().processInstanceId(cycle.getId()).singleResult();
    assertThat(selfAudit.getName()).isEqualTo("Complete self-audit: Northgate All-Through Academy");
    assertThat(taskService.getVariableLocal(selfAudit.getId(), "stepName")).isEqualTo("1 Evaluate and categorise");
    assertThat(selfAudit.getDescription()).contains("The head judges each Ofsted area")
        .contains("Due by Monday 6 October 2025, 17:00.");

    String overdue = filters.createFilterQuery().filterName("Overdue").singleResult().getId();
    assertThat(listed("head100006", overdue)).doesNotContain(selfAudit.getId());

    ClockUtil.setCurrentTime(at("2025-10-06T17:00:01+01:00"));
    assertThat(listed("head100006", overdue)).contains(selfAudit.getId());
    assertThat(count("head100006", overdue)).isEqualTo(listed("head100006", overdue).size());
    assertThat(listed("head100005", overdue)).doesNotContain(selfAudit.getId());
    assertThat(listed("ceo", overdue)).contains(selfAudit.getId());

    // The school's director sees it among their portfolio's tasks; the other director does not.
    String portfolio = filters.createFilterQuery().filterName("My schools").singleResult().getId();
    assertThat(listed("director2", portfolio)).contains(selfAudit.getId());
    assertThat(listed("director1", portfolio)).doesNotContain(selfAudit.getId());
    assertThat(count("director2", portfolio)).isEqualTo(listed("director2", portfolio).size());

    // Overseeing is reading: the director cannot do the head's work.
    for (String action : List.of("/complete", "/claim")) {
      var refused = RestClient.as(rest, "director2").post("/engine-rest/task/" + selfAudit.getId() + action,
          Map.of("userId", "director2"), String.class);
      assertThat(refused.getStatusCode().value()).as(action).isEqualTo(403);
    }
    assertThat(taskService.createTaskQuery().taskId(selfAudit.getId()).singleResult().getAssignee()).isNull();

    // A task opened before directors were linked to their schools' tasks had only the director's grant: the
    // migration links it, and it is back in their filter.
    jdbc.update("delete from ACT_RU_IDENTITYLINK where TASK_ID_ = ? and USER_ID_ = ?", selfAudit.getId(), "director2");
    assertThat(listed("director2", portfolio)).doesNotContain(selfAudit.getId());
    int linked = jdbc.execute((ConnectionCallback<Integer>) V10__Directors_oversee_their_schools_tasks::linkGrantedDirectors);
    assertThat(linked).isPositive();
    assertThat(listed("director2", portfolio)).contains(selfAudit.getId());
    assertThat(jdbc.execute((ConnectionCallback<Integer>) V10__Directors_oversee_their_schools_tasks::linkGrantedDirectors))
        .isZero();

    // Before, the link had a type of its own that only Camunda's "involved user" criterion reached: the next
    // migration makes it a candidate-user link again, and the task is back in the director's list.
    jdbc.update("update ACT_RU_IDENTITYLINK set TYPE_ = 'overseer' where TASK_ID_ = ? and USER_ID_ = ?", selfAudit.getId(),
        "director2");
    assertThat(listed("director2", portfolio)).doesNotContain(selfAudit.getId());
    assertThat(jdbc.execute((ConnectionCallback<Integer>) V11__Directors_oversee_as_candidate_users::relinkDirectors))
        .isPositive();
    assertThat(listed("director2", portfolio)).contains(selfAudit.getId());
    assertThat(jdbc.execute((ConnectionCallback<Integer>) V11__Directors_oversee_as_candidate_users::relinkDirectors))
        .isZero();
  }

  @Test
  void aDirectorsSchoolsListTheTasksTheyHoldThere() {
    testSchools.registerPrimary(HELD, "Held Academy", "Jo Held", "director2");
    try {
      ClockUtil.setCurrentTime(at("2025-09-08T09:00:00+01:00"));
      ProcessInstance cycle = runtimeService.startProcessInstanceByKey("improvementCycle", HELD + "-2025/26",
          Map.of("urn", HELD, "academicYear", "2025/26"));
      Task selfAudit = taskService.createTaskQuery().processInstanceId(cycle.getId()).singleResult();
      taskService.complete(selfAudit.getId(), FormAnswers.selfAudit());
      Task moderation = taskService.createTaskQuery().processInstanceId(cycle.getId()).singleResult();
      assertThat(moderation.getAssignee()).isEqualTo("director2");

      String portfolio = filters.createFilterQuery().filterName("My schools").singleResult().getId();
      assertThat(listed("director2", portfolio)).contains(moderation.getId());
      assertThat(count("director2", portfolio)).isEqualTo(listed("director2", portfolio).size());
      assertThat(listed("director1", portfolio)).doesNotContain(moderation.getId());

      // A task the director held before they were linked to every task was listed through its assignee: the
      // migration links it.
      jdbc.update("delete from ACT_RU_IDENTITYLINK where TASK_ID_ = ? and USER_ID_ = ?", moderation.getId(), "director2");
      assertThat(listed("director2", portfolio)).doesNotContain(moderation.getId());
      assertThat(jdbc.execute((ConnectionCallback<Integer>) V11__Directors_oversee_as_candidate_users::relinkDirectors))
          .isPositive();
      assertThat(listed("director2", portfolio)).contains(moderation.getId());
      // The director still holds it and may complete it.
      var confirmed = RestClient.as(rest, "director2").post("/engine-rest/task/" + moderation.getId() + "/submit-form",
          Map.of("variables", Map.of("moderationDecision", Map.of("value", "CONFIRM"))), String.class);
      assertThat(confirmed.getStatusCode().value()).as(confirmed.getBody()).isEqualTo(204);
      assertThat(taskService.createTaskQuery().taskId(moderation.getId()).count()).isZero();
    } finally {
      testSchools.remove(HELD);
    }
  }

  @Test
  void startProcessOffersTheYearAndOnboardingToTheCeoOnly() {
    String startable = "/engine-rest/process-definition?latestVersion=true&active=true&startableInTasklist=true"
        + "&startablePermissionCheck=true";
    assertThat(definitionKeys("ceo", startable)).containsExactlyInAnyOrder("trustImprovementYear", "schoolOnboarding");
    for (String user : List.of("head100001", "director1", "partner1", "sle1", "trustee1", "datalead1")) {
      assertThat(definitionKeys(user, startable)).as(user).isEmpty();
    }
    var refused = RestClient.as(rest, "head100001").post(
        "/engine-rest/process-definition/key/improvementCycle/start", Map.of(), String.class);
    assertThat(refused.getStatusCode().value()).isEqualTo(403);
  }

  private List<String> definitionKeys(String user, String path) {
    return RestClient.as(rest, user).get(path, new ParameterizedTypeReference<List<Map<String, Object>>>() {}).getBody()
        .stream().map(definition -> (String) definition.get("key")).toList();
  }

  private List<String> filterNames(String user) {
    return RestClient.as(rest, user).get("/engine-rest/filter?resourceType=Task&sortBy=name&sortOrder=asc",
            new ParameterizedTypeReference<List<Map<String, Object>>>() {}).getBody().stream()
        .sorted((a, b) -> Integer.compare(priority(a), priority(b))).map(filter -> (String) filter.get("name")).toList();
  }

  @SuppressWarnings("unchecked")
  private static int priority(Map<String, Object> filter) {
    return ((Number) ((Map<String, Object>) filter.get("properties")).get("priority")).intValue();
  }

  private List<String> listed(String user, String filterId) {
    return RestClient.as(rest, user).post("/engine-rest/filter/" + filterId + "/list?maxResults=500", Map.of(), List.class)
        .getBody().stream().map(task -> (String) ((Map<?, ?>) task).get("id")).toList();
  }

  private int count(String user, String filterId) {
    return ((Number) RestClient.as(rest, user).get("/engine-rest/filter/" + filterId + "/count", Map.class).getBody()
        .get("count")).intValue();
  }

  private static Date at(String timestamp) {
    return Date.from(OffsetDateTime.parse(timestamp).toInstant());
  }
}
