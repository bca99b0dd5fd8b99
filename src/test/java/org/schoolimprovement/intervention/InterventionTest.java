package org.schoolimprovement.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.schoolimprovement.RestClient;
import org.schoolimprovement.TrustApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ResponseEntity;

/**
 * Meadow View's intervention in 2027/28 (a year only this test uses for that school): started under its cycle,
 * never twice, the CEO's package, half-termly boards, the dashboard, and the CEO's sign-off of the exit.
 */
@TrustApplicationTest
class InterventionTest {

  static final String URN = "100005";
  static final String KEY = URN + "-2027/28";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  ManagementService managementService;
  @Autowired
  Interventions interventions;
  @Autowired
  InterventionService service;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void fromTheNeedToTheExit() {
    ClockUtil.setCurrentTime(at("2027-11-01T09:00:00Z"));
    ProcessInstance cycle = runtimeService.startProcessInstanceByKey("improvementCycle", KEY,
        Map.of("urn", URN, "academicYear", "2027/28"));

    assertThat(interventions.request(URN, KEY, Intervention.Reason.SAFEGUARDING, "A concern at QA visit 1")).isTrue();
    assertThat(interventions.request(URN, KEY, Intervention.Reason.RED_TWICE, "Priority 2 red twice")).as("never two").isFalse();
    ProcessInstance intervention = runtimeService.createProcessInstanceQuery().processDefinitionKey("schoolIntervention")
        .superProcessInstanceId(cycle.getId()).singleResult();
    assertThat(intervention).as("under the cycle, as Cockpit shows it").isNotNull();
    Intervention record = service.active(URN).orElseThrow();
    assertThat(record.reason()).isEqualTo(Intervention.Reason.SAFEGUARDING);
    assertThat(record.reasonDetail()).isEqualTo("A concern at QA visit 1");

    // The CEO decides the package; a short rationale is refused.
    String decide = taskOf("ceo", "Task_DecidePackage");
    assertRefused("ceo", decide, Map.of("interventionPackage", "NLE", "interventionRationale", "Too short",
        "exitCriterion1", "Safeguarding audit compliant"), "interventionRationale: must be at least 20 characters");
    assertRefused("ceo", decide, Map.of("interventionPackage", "MAGIC", "interventionRationale", "Leadership needs NLE support now.",
        "exitCriterion1", "x"), "interventionPackage: 'MAGIC' is not one of");
    assertOk(submit("ceo", decide, Map.of("interventionPackage", "NLE",
        "interventionRationale", "Leadership lacks the capacity to act on safeguarding alone.",
        "exitCriterion1", "Safeguarding audit fully compliant", "exitCriterion2", "Every referral logged within 24 hours")));
    assertThat(service.get(record.id()).chosenPackage()).isEqualTo(Intervention.Package.NLE);
    assertThat(service.get(record.id()).exitCriteria()).hasSize(2);

    // The first board: the autumn term's last fortnight (the term ends on Friday 17 December 2027).
    Job board = managementService.createJobQuery().processInstanceId(intervention.getId()).activityId("Timer_BoardOpens").singleResult();
    assertThat(board.getDuedate()).isEqualTo(at("2027-12-03T07:00:00Z"));
    ClockUtil.setCurrentTime(at("2027-12-03T07:00:01Z"));
    managementService.executeJob(board.getId());
    String first = taskOf("director2", "Task_HoldProgressBoard");
    assertRefused("director2", first, Map.of("boardHeldOn", "2027-12-02", "boardMinutes", "Minutes", "boardDecisions", "Decisions",
        "criterion1Met", "yes", "criterion2Met", "no", "exitRecommended", "yes"), "exitRecommended: only 1 of 2 exit criteria are met");
    assertRefused("director2", first, Map.of("boardHeldOn", "2027-12-10", "boardMinutes", "Minutes", "boardDecisions", "Decisions",
        "criterion1Met", "yes", "criterion2Met", "no", "exitRecommended", "no"), "boardHeldOn: 2027-12-10 is in the future");
    assertOk(submit("director2", first, Map.of("boardHeldOn", "2027-12-02", "boardMinutes", "Audit half done.",
        "boardDecisions", "NLE to review referrals weekly.", "criterion1Met", "yes", "criterion2Met", "no", "exitRecommended", "no")));

    Map<String, Object> row = meadowView("director2");
    assertThat((Map<String, Object>) row.get("intervention")).containsEntry("reason", "A safeguarding concern at a QA visit")
        .containsEntry("boards", 1).containsEntry("interventionPackage", "NLE");

    // The spring term's first board recommends exit and the CEO signs it off.
    board = managementService.createJobQuery().processInstanceId(intervention.getId()).activityId("Timer_BoardOpens").singleResult();
    assertThat(board.getDuedate()).isEqualTo(at("2028-01-28T07:00:00Z"));
    ClockUtil.setCurrentTime(at("2028-02-10T09:00:00Z"));
    managementService.executeJob(board.getId());
    assertOk(submit("director2", taskOf("director2", "Task_HoldProgressBoard"), Map.of("boardHeldOn", "2028-02-09",
        "boardMinutes", "Audit compliant; referrals on time.", "boardDecisions", "Recommend exit.", "criterion1Met", "yes",
        "criterion2Met", "yes", "exitRecommended", "yes")));
    String signOff = taskOf("ceo", "Task_SignOffExit");
    assertRefused("ceo", signOff, Map.of("exitDecision", "CONTINUE"), "exitComment: is required");
    assertOk(submit("ceo", signOff, Map.of("exitDecision", "EXIT", "exitComment", "Well done.")));

    assertThat(service.get(record.id()).status()).isEqualTo(Intervention.Status.EXITED);
    assertThat(service.boards(record.id())).extracting(InterventionBoard::exitRecommended).containsExactly(false, true);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(intervention.getId()).count()).isZero();
    assertThat(meadowView("ceo").get("intervention")).isNull();
  }

  // --- helpers

  @SuppressWarnings("unchecked")
  private Map<String, Object> meadowView(String user) {
    Map<String, Object> dashboard = RestClient.as(rest, user).get("/api/dashboard?year=2027/28",
        new ParameterizedTypeReference<Map<String, Object>>() {}).getBody();
    return ((List<Map<String, Object>>) dashboard.get("schools")).stream().filter(row -> URN.equals(row.get("urn")))
        .findFirst().orElseThrow();
  }

  private String taskOf(String user, String key) {
    return RestClient.as(rest, user).taskId(key, KEY);
  }

  private ResponseEntity<String> submit(String user, String taskId, Map<String, Object> values) {
    return RestClient.as(rest, user).submit(taskId, values);
  }

  private void assertRefused(String user, String taskId, Map<String, Object> values, String message) {
    RestClient.as(rest, user).assertRefused(taskId, values, message);
  }

  private static void assertOk(ResponseEntity<String> response) {
    RestClient.assertOk(response);
  }

  private static Date at(String timestamp) {
    return Date.from(Instant.parse(timestamp));
  }
}
