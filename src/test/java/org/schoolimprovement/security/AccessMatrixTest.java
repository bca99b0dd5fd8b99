package org.schoolimprovement.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.schoolimprovement.RestClient;
import org.schoolimprovement.TrustApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Every demo user x every demo school x every way in: allowed exactly where the role allows, refused (403 or
 * 404, or an empty list) everywhere else. Each school's cycle for 2028/29 (a year no other test uses) waits at
 * the head's self-audit; nothing here changes it: a completion that gets past the permission check is refused
 * by the form's validation (400), so the matrix reads "allowed" without completing anything.
 */
@TrustApplicationTest
class AccessMatrixTest {

  static final String YEAR = "2028/29";
  static final List<String> SCHOOLS = List.of("100001", "100002", "100003", "100004", "100005", "100006");
  static final List<String> USERS = List.of("admin", "ceo", "director1", "director2", "partner1", "sle1", "sle2", "trustee1",
      "datalead1", "head100001", "head100002", "head100003", "head100004", "head100005", "head100006");
  static final Map<String, Set<String>> PORTFOLIO = Map.of(
      "director1", Set.of("100001", "100002", "100003"), "director2", Set.of("100004", "100005", "100006"));
  static final Set<String> TRUST_WIDE = Set.of("admin", "ceo", "trustee1", "partner1", "datalead1");

  @Autowired
  TestRestTemplate rest;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;

  /** Whether a user may do something at a school: the rules the README's security model states. */
  static boolean headOrDirector(String user, String urn) {
    return user.equals("head" + urn) || PORTFOLIO.getOrDefault(user, Set.of()).contains(urn);
  }

  static final Map<String, BiPredicate<String, String>> RULES = new LinkedHashMap<>();

  static {
    // The self-audit is the head's task; their director and the CEO may look at it, administrators do anything.
    RULES.put("list the school's tasks", (user, urn) -> headOrDirector(user, urn) || Set.of("admin", "ceo").contains(user));
    RULES.put("read the task's variables", (user, urn) -> headOrDirector(user, urn) || Set.of("admin", "ceo").contains(user));
    RULES.put("complete the task", (user, urn) -> user.equals("head" + urn) || user.equals("admin"));
    // The cycle: its school, its director, the CEO, and the trust-wide workers (partners, data lead).
    RULES.put("read the process instance",
        (user, urn) -> headOrDirector(user, urn) || Set.of("admin", "ceo", "partner1", "datalead1").contains(user));
    RULES.put("read the instance's history", (user, urn) -> headOrDirector(user, urn) || Set.of("admin", "ceo").contains(user));
    // Our records: SchoolAccess, the same rule as the dashboard.
    RULES.put("read our records of the school", (user, urn) -> headOrDirector(user, urn) || TRUST_WIDE.contains(user));
  }

  @Test
  void everyUserAtEverySchoolGetsExactlyWhatTheirRoleAllows() {
    Map<String, ProcessInstance> cycles = startCycles();
    List<String> wrong = new ArrayList<>();
    int cells = 0;
    for (String user : USERS) {
      for (String urn : SCHOOLS) {
        ProcessInstance cycle = cycles.get(urn);
        Task selfAudit = taskService.createTaskQuery().processInstanceId(cycle.getId()).singleResult();
        for (Map.Entry<String, BiPredicate<String, String>> rule : RULES.entrySet()) {
          boolean expected = rule.getValue().test(user, urn);
          boolean actual = allowed(rule.getKey(), user, urn, cycle, selfAudit);
          cells++;
          if (expected != actual) {
            wrong.add(user + " / " + urn + " / " + rule.getKey() + ": expected " + (expected ? "allowed" : "refused")
                + ", was " + (actual ? "allowed" : "refused"));
          }
        }
      }
    }
    System.out.printf("Access matrix: %d users x %d schools x %d operations = %d cells checked, %d wrong%n",
        USERS.size(), SCHOOLS.size(), RULES.size(), cells, wrong.size());
    assertThat(cells).isEqualTo(USERS.size() * SCHOOLS.size() * RULES.size());
    assertThat(wrong).isEmpty();
    // Nothing in the matrix completed anything.
    cycles.values().forEach(cycle -> assertThat(taskService.createTaskQuery().processInstanceId(cycle.getId())
        .taskDefinitionKey("Task_CompleteSelfAudit").count()).isOne());
  }

  private boolean allowed(String operation, String user, String urn, ProcessInstance cycle, Task task) {
    RestClient client = RestClient.as(rest, user);
    return switch (operation) {
      case "list the school's tasks" -> {
        ResponseEntity<List> tasks = client.get("/engine-rest/task?processInstanceBusinessKey=" + urn + "-" + YEAR, List.class);
        yield tasks.getStatusCode() == HttpStatus.OK && !tasks.getBody().isEmpty();
      }
      case "read the task's variables" -> ok(client.get("/engine-rest/task/" + task.getId() + "/variables", String.class));
      case "complete the task" -> {
        ResponseEntity<String> response = client.post("/engine-rest/task/" + task.getId() + "/submit-form",
            RestClient.variables(Map.of("strengths", "x")));
        assertThat(response.getStatusCode().value()).as(user + " completing at " + urn + ": " + response.getBody())
            .isIn(400, 403, 404);
        yield response.getStatusCode() == HttpStatus.BAD_REQUEST;
      }
      case "read the process instance" -> ok(client.get("/engine-rest/process-instance/" + cycle.getId(), String.class));
      case "read the instance's history" -> ok(client.get("/engine-rest/history/process-instance/" + cycle.getId(), String.class));
      case "read our records of the school" -> {
        boolean school = ok(client.get("/api/schools/" + urn, String.class));
        boolean visits = ok(client.get("/api/schools/" + urn + "/qa-visits?year=" + YEAR, String.class));
        assertThat(visits).as(user + " reads " + urn + "'s QA visits as its record").isEqualTo(school);
        yield school;
      }
      default -> throw new IllegalArgumentException(operation);
    };
  }

  private static boolean ok(ResponseEntity<String> response) {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isIn(200, 403, 404);
    return response.getStatusCode() == HttpStatus.OK;
  }

  private Map<String, ProcessInstance> startCycles() {
    Map<String, ProcessInstance> cycles = new LinkedHashMap<>();
    ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.parse("2028-09-11T08:00:00Z")));
    try {
      for (String urn : SCHOOLS) {
        String key = urn + "-" + YEAR;
        ProcessInstance cycle = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key)
            .processDefinitionKey("improvementCycle").singleResult();
        cycles.put(urn, cycle != null ? cycle
            : runtimeService.startProcessInstanceByKey("improvementCycle", key, Map.of("urn", urn, "academicYear", YEAR)));
      }
    } finally {
      ClockUtil.reset();
    }
    return cycles;
  }
}
