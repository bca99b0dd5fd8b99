package org.schoolimprovement.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.schoolimprovement.FormAnswers;
import org.schoolimprovement.RestClient;
import org.schoolimprovement.TrustApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every way data comes in refuses bad input with a 4xx and a message naming the field and the rule, and
 * nothing changes: the task stays open, no record is written, no variable is set. Cycles of 2027/28 are used
 * (the browser test owns only Oakfield's): Riverside waits at its self-audit, St Anne's at moderation,
 * Hillcrest at its needs analysis.
 */
@TrustApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

  static final String YEAR = "2027/28";
  static final String SELF_AUDIT = "100002";
  static final String MODERATION = "100003";
  static final String NEEDS = "100004";
  static final List<String> OUR_TABLES = List.of("school", "improvement_cycle", "self_audit", "category_decision",
      "data_pack", "needs_analysis", "priority", "improvement_plan", "qa_visit", "qa_report", "escalation", "trustee_report");

  @Autowired
  TestRestTemplate rest;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  HistoryService historyService;
  @Autowired
  JdbcTemplate jdbc;

  @BeforeAll
  void cyclesWaitingAtTheirSteps() {
    ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.parse("2027-09-13T08:00:00Z")));
    try {
      cycle(SELF_AUDIT);
      if (task(MODERATION, "Task_CompleteSelfAudit") != null) {
        taskService.complete(task(MODERATION, "Task_CompleteSelfAudit").getId(), FormAnswers.selfAudit());
      }
      if (task(NEEDS, "Task_CompleteSelfAudit") != null) {
        taskService.complete(task(NEEDS, "Task_CompleteSelfAudit").getId(), FormAnswers.selfAudit());
        taskService.complete(task(NEEDS, "Task_ModerateCategory").getId(), Map.of("moderationDecision", "CONFIRM"));
        Task approval = task(NEEDS, "Task_ApproveCategory");
        if (approval != null) {
          taskService.complete(approval.getId(), Map.of("categoryApprovalDecision", "APPROVE"));
        }
        taskService.complete(task(NEEDS, "Task_ProvideDataPack").getId(), Map.of("attainmentSummary", "P8 -0.3",
            "attendancePercent", 93.0, "persistentAbsencePercent", 17.5));
      }
    } finally {
      ClockUtil.reset();
    }
    assertThat(task(SELF_AUDIT, "Task_CompleteSelfAudit")).isNotNull();
    assertThat(task(MODERATION, "Task_ModerateCategory")).isNotNull();
    assertThat(task(NEEDS, "Task_AnalyseNeeds")).isNotNull();
  }

  /** A bad submission: who, to which step's task (or a path), what, and the answer expected. */
  record Case(String name, String user, String school, String taskKey, String path, Object body, MediaType type, int status,
      String message) {

    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> cases() {
    List<Case> cases = new ArrayList<>();
    // The self-audit form, field by field.
    cases.add(selfAudit("a missing required text", without("strengths"), "strengths: is required"));
    cases.add(selfAudit("blank text", with("concerns", "   "), "concerns: is required"));
    cases.add(selfAudit("a missing judgement", without("judgementInclusion"), "judgementInclusion: is required"));
    cases.add(selfAudit("an unknown grade", with("judgementAchievement", "SUPERB"),
        "judgementAchievement: 'SUPERB' is not one of EXCEPTIONAL"));
    cases.add(selfAudit("a lower-case grade", with("judgementInclusion", "strong"), "judgementInclusion: 'strong' is not one of"));
    cases.add(selfAudit("an unknown early years answer", with("judgementEarlyYears", "MAYBE"), "judgementEarlyYears: 'MAYBE'"));
    cases.add(selfAudit("yes/no given as text", with("safeguardingEffective", "perhaps"),
        "safeguardingEffective: 'perhaps' is not yes or no"));
    cases.add(selfAudit("yes/no missing", without("safeguardingEffective"), "safeguardingEffective: is required"));
    cases.add(selfAudit("a number for text", with("strengths", 42), "strengths: must be text"));
    cases.add(selfAudit("text over the limit", with("concerns", "x".repeat(4001)), "concerns: must be at most 4000 characters"));
    // Moderation.
    cases.add(task("an override without its rationale", "director1", MODERATION, "Task_ModerateCategory",
        Map.of("moderationDecision", "OVERRIDE", "overrideCategory", "2"), 400, "moderationRationale: is required"));
    cases.add(task("a category outside 1-4", "director1", MODERATION, "Task_ModerateCategory",
        Map.of("moderationDecision", "OVERRIDE", "overrideCategory", "7", "moderationRationale", "Rationale long enough to count."),
        400, "overrideCategory"));
    cases.add(task("an unknown decision", "director1", MODERATION, "Task_ModerateCategory", Map.of("moderationDecision", "MAYBE"),
        400, "moderationDecision: 'MAYBE' is not one of"));
    // Needs analysis: 3 to 5 priorities.
    cases.add(task("only two priorities", "partner1", NEEDS, "Task_AnalyseNeeds", priorities(2), 400, "priority3Area: is required"));
    cases.add(task("priority 4 without priority 3", "partner1", NEEDS, "Task_AnalyseNeeds", skipThird(), 400,
        "priority3Area: is required"));
    cases.add(task("an unknown Ofsted area", "partner1", NEEDS, "Task_AnalyseNeeds", withArea("SPORT"), 400,
        "priority1Area: 'SPORT' is not one of"));
    // Camunda's own checks on what a request is.
    cases.add(task("an unknown variable type", "head" + SELF_AUDIT, SELF_AUDIT, "Task_CompleteSelfAudit",
        Map.of("variables", Map.of("strengths", Map.of("value", "x", "type", "Wibble"))), 400, "Wibble"));
    cases.add(task("malformed JSON", "head" + SELF_AUDIT, SELF_AUDIT, "Task_CompleteSelfAudit", "{\"variables\": {", 400, null));
    cases.add(path("an unknown task", "head" + SELF_AUDIT, HttpMethod.POST, "/engine-rest/task/no-such-task/submit-form",
        Map.of("variables", Map.of()), 404, "taskId: there is no task no-such-task"));
    cases.add(path("a start with a malformed year", "ceo", HttpMethod.POST,
        "/engine-rest/process-definition/key/trustImprovementYear/submit-form",
        Map.of("variables", Map.of("academicYear", Map.of("value", "2027-28"))), 400, "academicYear: academic year must look like"));
    cases.add(path("a start of a year without term dates", "ceo", HttpMethod.POST,
        "/engine-rest/process-definition/key/trustImprovementYear/submit-form",
        Map.of("variables", Map.of("academicYear", Map.of("value", "2031/32"))), 400, "2031/32"));
    // Our endpoints.
    cases.add(path("an unknown school", "ceo", HttpMethod.GET, "/api/schools/999999", null, 404, "no school with URN 999999"));
    cases.add(path("a malformed dashboard year", "ceo", HttpMethod.GET, "/api/dashboard?year=27/28", null, 400,
        "academic year must look like"));
    cases.add(path("a malformed QA year", "ceo", HttpMethod.GET, "/api/schools/100002/qa-visits?year=next", null, 400, "\"field\":\"year\""));
    cases.add(path("an unknown report term", "ceo", HttpMethod.GET, "/api/reports/trustees.pdf?term=EASTER", null, 400,
        "'EASTER' is not one of AUTUMN, SPRING, SUMMER"));
    cases.add(path("a report year without term dates", "ceo", HttpMethod.GET, "/api/reports/trustees.pdf?year=2031/32", null, 400,
        "no term dates are configured for 2031/32"));
    cases.add(path("an unknown filed report", "ceo", HttpMethod.GET, "/api/reports/trustees/filed/987654.pdf", null, 404,
        "no filed report 987654"));
    // The GIAS import.
    String header = "URN,EstablishmentName,PhaseOfEducation (name)\n";
    cases.add(csv("a file that is not a GIAS export", "Name,Town\nA,B\n", "ceo", 400, "the file has no 'URN' column"));
    cases.add(csv("a bad URN", header + "12345,Short Academy,Primary\n", "ceo", 422, "URN: '12345' is not a 6-digit URN"));
    cases.add(csv("a missing name", header + "148301,,Primary\n", "ceo", 422, "EstablishmentName: is missing"));
    cases.add(csv("a duplicate URN", header + "148302,A Academy,Primary\n148302,B Academy,Primary\n", "ceo", 422,
        "is a duplicate of line 2"));
    cases.add(csv("an unknown phase", header + "148303,C Academy,Tertiary\n", "ceo", 422, "'Tertiary' is not a GIAS phase"));
    cases.add(csv("a director who is not one", header + "148304,D Academy,Primary\n", "ceo?director=head100001", 422,
        "'head100001' is not a director of education"));
    cases.add(csv("an import by a director", header + "148305,E Academy,Primary\n", "director1", 403,
        "only the CEO or an administrator may import schools"));
    cases.add(new Case("an import that is neither CSV nor a file", "ceo", "POST", null, "/api/schools/import?director=director1",
        "URN\n", MediaType.TEXT_PLAIN, 415, null));
    return cases.stream().map(Arguments::of);
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("cases")
  void isRefusedAndChangesNothing(Case bad) {
    Task task = bad.taskKey() == null ? null : task(bad.school(), bad.taskKey());
    if (bad.taskKey() != null) {
      assertThat(task).as(bad.taskKey() + " of " + bad.school() + " open").isNotNull();
    }
    Map<String, Object> before = snapshot(task);

    ResponseEntity<String> response = send(bad, task);

    assertThat(response.getStatusCode().value()).as(bad.name() + ": " + response.getBody()).isEqualTo(bad.status());
    if (bad.message() != null) {
      assertThat(response.getBody()).contains(bad.message());
      if (bad.status() != 422) {
        // Errors have one shape: {"type", "message"}; a refused import answers with its row-by-row report.
        assertThat(response.getBody()).as("the same JSON shape everywhere").contains("\"type\"").contains("\"message\"");
      }
    }
    assertThat(snapshot(task)).as("nothing changed after " + bad.name()).isEqualTo(before);
  }

  @Test
  void thereAreAtLeastThirtyCases() {
    assertThat(cases().count()).isGreaterThanOrEqualTo(30);
    System.out.printf("Bad input: %d cases, each refused with nothing changed%n", cases().count());
  }

  @Test
  void markupInATextFieldIsKeptAsText() {
    // St Anne's self-audit went in with markup in its strengths; it is stored exactly as typed.
    String stored = jdbc.queryForObject("select s.strengths from self_audit s join improvement_cycle c on c.id = s.cycle_id "
        + "where c.urn = ? and c.academic_year = ?", String.class, MODERATION, YEAR);
    assertThat(stored).isEqualTo("<script>alert('x')</script> Reading & <b>writing</b>");
  }

  @Test
  void twoPeopleCompletingOneTaskAtOnceGetOneSuccessAndOneConflict() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 5; round++) {
        Task task = taskService.newTask();
        task.setName("Concurrent completion " + round);
        taskService.saveTask(task);
        taskService.addCandidateUser(task.getId(), "head100001");
        taskService.addCandidateUser(task.getId(), "head100002");
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
        for (String user : List.of("head100001", "head100002")) {
          answers.add(pool.submit(() -> {
            together.await();
            return RestClient.as(rest, user).post("/engine-rest/task/" + task.getId() + "/complete", Map.of());
          }));
        }
        List<Integer> statuses = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (Future<ResponseEntity<String>> answer : answers) {
          statuses.add(answer.get().getStatusCode().value());
          bodies.add(answer.get().getBody());
        }
        assertThat(statuses).as("round " + round).containsOnlyOnce(204);
        assertThat(statuses.stream().filter(status -> status != 204)).as("round " + round + ": " + bodies).singleElement()
            .isEqualTo(409);
        assertThat(historyService.createHistoricTaskInstanceQuery().taskId(task.getId()).finished().count()).isOne();
        historyService.deleteHistoricTaskInstance(task.getId());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  // --- the cases

  static Map<String, Object> without(String field) {
    Map<String, Object> answers = FormAnswers.selfAudit();
    answers.remove(field);
    return answers;
  }

  static Map<String, Object> with(String field, Object value) {
    Map<String, Object> answers = FormAnswers.selfAudit();
    answers.put(field, value);
    return answers;
  }

  static Map<String, Object> priorities(int count) {
    Map<String, Object> answers = new HashMap<>();
    for (int number = 1; number <= count; number++) {
      answers.put("priority" + number + "Area", "ACHIEVEMENT");
      answers.put("priority" + number + "Title", "Priority " + number);
      answers.put("priority" + number + "RootCause", "Cause " + number);
      answers.put("priority" + number + "Evidence", "Evidence " + number);
    }
    return answers;
  }

  static Map<String, Object> skipThird() {
    Map<String, Object> answers = priorities(4);
    List.of("Area", "Title", "RootCause", "Evidence").forEach(part -> answers.remove("priority3" + part));
    return answers;
  }

  static Map<String, Object> withArea(String area) {
    Map<String, Object> answers = priorities(3);
    answers.put("priority1Area", area);
    return answers;
  }

  static Case selfAudit(String name, Map<String, Object> answers, String message) {
    return task(name, "head" + SELF_AUDIT, SELF_AUDIT, "Task_CompleteSelfAudit", answers, 400, message);
  }

  static Case task(String name, String user, String school, String taskKey, Object answers, int status, String message) {
    Object body = answers instanceof Map<?, ?> map && !map.containsKey("variables")
        ? RestClient.variables(castToMap(map)) : answers;
    return new Case(name, user, school, taskKey, null, body, MediaType.APPLICATION_JSON, status, message);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castToMap(Map<?, ?> map) {
    return (Map<String, Object>) map;
  }

  static Case path(String name, String user, HttpMethod method, String path, Object body, int status, String message) {
    return new Case(name, user, method.name(), null, path, body, MediaType.APPLICATION_JSON, status, message);
  }

  static Case csv(String name, String csv, String userAndQuery, int status, String message) {
    String[] parts = userAndQuery.split("\\?", 2);
    String query = parts.length > 1 ? "?" + parts[1] : "?director=director1";
    return new Case(name, parts[0], "POST", null, "/api/schools/import" + query, csv,
        new MediaType("text", "csv", StandardCharsets.UTF_8), status, message);
  }

  // --- helpers

  private ResponseEntity<String> send(Case bad, Task task) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(bad.user(), "demo");
    headers.setContentType(bad.type());
    String path = task != null ? "/engine-rest/task/" + task.getId() + "/submit-form" : bad.path();
    HttpMethod method = task != null ? HttpMethod.POST : HttpMethod.valueOf(bad.school());
    Object body = bad.body() instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : bad.body();
    return rest.exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  private Map<String, Object> snapshot(Task task) {
    Map<String, Object> state = new HashMap<>();
    OUR_TABLES.forEach(table -> state.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class)));
    state.put("open tasks", taskService.createTaskQuery().count());
    state.put("process instances", runtimeService.createProcessInstanceQuery().count());
    if (task != null) {
      state.put("task still open", taskService.createTaskQuery().taskId(task.getId()).count());
      state.put("variables", runtimeService.getVariables(task.getProcessInstanceId()).keySet());
    }
    return state;
  }

  private ProcessInstance cycle(String urn) {
    String key = urn + "-" + YEAR;
    ProcessInstance cycle = runtimeService.createProcessInstanceQuery().processDefinitionKey("improvementCycle")
        .processInstanceBusinessKey(key).singleResult();
    return cycle != null ? cycle
        : runtimeService.startProcessInstanceByKey("improvementCycle", key, Map.of("urn", urn, "academicYear", YEAR));
  }

  private Task task(String urn, String key) {
    return taskService.createTaskQuery().processInstanceId(cycle(urn).getId()).taskDefinitionKey(key).singleResult();
  }
}
