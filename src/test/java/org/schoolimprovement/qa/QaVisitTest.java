package org.schoolimprovement.qa;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.schoolimprovement.RestClient;
import org.schoolimprovement.TrustApplicationTest;
import org.schoolimprovement.cycle.CycleFixtures;
import org.schoolimprovement.cycle.PlanService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A category-4 school's QA year in the running application: its six visits over the terms, one visit carried
 * through Tasklist's REST calls to a locked report with a safeguarding concern emailed to the director and the
 * CEO, the server refusing bad dates and missing answers, and a change of category re-planning what is to come.
 */
@TrustApplicationTest
class QaVisitTest {

  static final String URN = "100005";
  static final String YEAR = "2025/26";
  static final String KEY = URN + "-" + YEAR;

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired
  TestRestTemplate rest;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  ManagementService managementService;
  @Autowired
  CycleFixtures fixtures;
  @Autowired
  QaVisitService visits;
  @Autowired
  PlanService plans;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aCategoryFourYearOfVisitsWithAConcernRaisedAndTheRestReplanned() throws Exception {
    ClockUtil.setCurrentTime(at("2025-11-03T09:00:00Z"));
    Long cycleId = fixtures.withApprovedPlan(URN, YEAR, "no-process");
    ProcessInstance schedule = runtimeService.startProcessInstanceByKey("qaVisitSchedule", KEY, Map.of("cycleId", cycleId,
        "urn", URN, "academicYear", YEAR, "category", 4, "schoolName", "Meadow View Primary School",
        "headGroup", "school-" + URN, "directorOfEducation", "director2"));

    // Four partner visits, the external review and a peer review, spread over the three terms.
    List<Map<String, Object>> planned = visitList("head" + URN);
    assertThat(planned).extracting(visit -> visit.get("term") + " " + visit.get("type") + " " + visit.get("focus"))
        .containsExactly("Autumn PARTNER [SAFEGUARDING]", "Autumn PARTNER [CURRICULUM]", "Spring PARTNER [SEND]",
            "Spring EXTERNAL [SAFEGUARDING, CURRICULUM, LEADERSHIP]", "Summer PARTNER [PRIORITIES]",
            "Summer PEER [CURRICULUM, LEADERSHIP]");
    assertThat(planned.get(0)).containsEntry("next", true).containsEntry("status", "PLANNED");
    assertThat(RestClient.as(rest, "head100001").get("/api/schools/" + URN + "/qa-visits", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(RestClient.as(rest, "director2").get("/api/schools/" + URN + "/qa-visits?year=2025-26", String.class).getBody())
        .contains("academic year must look like 2026/27");

    // The first visit's window is open: the partner proposes, and bad dates are refused without a trace.
    runJobs(schedule.getId());
    String propose = taskOf("partner1", "Task_ProposeVisitDate");
    assertRefused("partner1", propose, Map.of("visitDate", "2025-10-20"), "visitDate: 2025-10-20 is in the past");
    assertRefused("partner1", propose, Map.of("visitDate", "2025-12-24"),
        "visitDate: Wednesday 24 December 2025 is not a school day");
    assertRefused("partner1", propose, Map.of("visitDate", "2025-11-08"), "is not a school day");
    assertRefused("partner1", propose, Map.of("visitDate", "2026-09-14"), "is not in the academic year 2025/26");
    assertRefused("partner1", propose, Map.of("visitDate", "soon"), "visitDate: 'soon' is not a date");
    assertThat(visitList("partner1").get(0)).containsEntry("status", "PLANNED").containsEntry("proposedDate", null);
    assertThat(RestClient.as(rest, "head100004").post("/engine-rest/task/" + propose + "/submit-form",
        RestClient.variables(Map.of("visitDate", "2025-11-19"))).getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertOk(submit("partner1", propose, Map.of("visitDate", "2025-11-19", "proposalNote", "Safeguarding lead and SCR, please.")));

    String confirm = taskOf("head" + URN, "Task_ConfirmVisitDate");
    assertRefused("head" + URN, confirm, Map.of("dateAnswer", "SUGGEST_ANOTHER", "suggestedDate", "2025-11-20"),
        "dateComment: is required");
    assertRefused("head" + URN, confirm, Map.of("dateAnswer", "MAYBE"), "dateAnswer: 'MAYBE' is not one of CONFIRM, SUGGEST_ANOTHER");
    assertOk(submit("head" + URN, confirm, Map.of("dateAnswer", "CONFIRM")));
    assertThat(visitList("head" + URN).get(0)).containsEntry("status", "CONFIRMED").containsEntry("confirmedDate", "2025-11-19")
        .containsEntry("lead", "partner1");

    // On the day, the partner records findings with a safeguarding concern and an agreed action.
    ClockUtil.setCurrentTime(at("2025-11-19T07:00:01Z"));
    runJobs(visitInstance());
    String findings = taskOf("partner1", "Task_RecordFindings");
    Map<String, Object> report = new HashMap<>(Map.of("ragSafeguarding", "RED", "strengths", "Warm relationships.",
        "areasForDevelopment", "Recording of concerns is inconsistent.", "safeguardingConcern", "yes",
        "safeguardingDetail", "Two referrals in October were not passed to the DSL within 24 hours.",
        "action1Description", "Retrain all staff on the reporting procedure", "action1DueBy", "2025-12-05",
        "action1Priority", "3"));
    assertRefused("partner1", findings, report, "action1Owner: is required");
    report.put("action1Owner", "DSL");
    report.put("action1Priority", "7");
    assertRefused("partner1", findings, report, "action1Priority: must be between 1 and 3");
    report.put("action1Priority", "3");
    report.remove("ragSafeguarding");
    assertRefused("partner1", findings, report, "ragSafeguarding: is required");
    report.put("ragSafeguarding", "RED");
    assertThat(visits.report(idOfVisit(1))).isEmpty();
    assertOk(submit("partner1", findings, report));

    runJobs(visitInstance());
    List<MimeMessage> alerts = Arrays.asList(mail.getReceivedMessages());
    assertThat(alerts).flatExtracting(message -> Arrays.asList(message.getRecipients(Message.RecipientType.TO)))
        .extracting(Object::toString).containsExactlyInAnyOrder("director2@oakfield-trust.example", "ceo@oakfield-trust.example");
    assertThat(alerts.get(0).getSubject()).isEqualTo("Safeguarding concern raised at Meadow View Primary School");
    assertThat(GreenMailUtil.getBody(alerts.get(0))).contains("not passed to the DSL").contains("Wednesday 19 November 2025");

    // The head disputes part of the report; it locks, and the action joins the plan as a new version.
    String reply = taskOf("head" + URN, "Task_ReplyToReport");
    assertThat(taskService.getVariable(reply, "reportSummary").toString()).contains("Safeguarding: **RED**")
        .contains("Retrain all staff on the reporting procedure");
    assertRefused("head" + URN, reply, Map.of("reportReply", "INACCURATE"), "replyComment: is required");
    assertOk(submit("head" + URN, reply, Map.of("reportReply", "INACCURATE",
        "replyComment", "One of the two referrals was passed on within 24 hours; the log shows it.")));
    Map<String, Object> locked = visitList("director2").get(0);
    assertThat(locked).containsEntry("status", "LOCKED");
    assertThat((Map<String, Object>) locked.get("report")).containsEntry("locked", true).containsEntry("reply", "INACCURATE")
        .containsEntry("safeguardingConcern", true);
    assertThat(plans.versions(cycleId)).hasSize(2);
    assertThat(plans.latest(cycleId).orElseThrow().actions()).filteredOn(action -> action.priorityNumber() == 3)
        .extracting(action -> action.number() + " " + action.description() + " / " + action.source())
        .containsExactly("1 Governor training / null",
            "2 Retrain all staff on the reporting procedure / QA visit 1: Safeguarding");

    // The second visit is next and under way when, in February, the CEO lowers the category to 3: the visits
    // not yet started are re-planned, one partner visit fewer, and the one under way is left alone.
    assertThat(visitList("head" + URN).get(1)).containsEntry("next", true);
    runJobs(schedule.getId());
    assertOk(submit("partner1", taskOf("partner1", "Task_ProposeVisitDate"), Map.of("visitDate", "2026-03-04")));
    ClockUtil.setCurrentTime(at("2026-02-23T09:00:00Z"));
    runtimeService.createMessageCorrelation(QaSchedule.CATEGORY_CHANGED).processInstanceBusinessKey(KEY)
        .setVariable("category", 3).correlateAll();
    List<Map<String, Object>> replanned = visitList("head" + URN);
    assertThat(replanned).filteredOn(visit -> "PARTNER".equals(visit.get("type"))).hasSize(3)
        .extracting(visit -> visit.get("number") + " " + visit.get("status")).containsExactly("1 LOCKED", "2 PROPOSED", "7 PLANNED");
    assertThat(replanned).filteredOn(visit -> "PARTNER".equals(visit.get("type")) && "PLANNED".equals(visit.get("status")))
        .singleElement().satisfies(visit -> {
          assertThat(visit.get("focus")).isEqualTo(List.of("SEND"));
          assertThat(visit.get("windowOpens").toString()).isGreaterThanOrEqualTo("2026-02-23");
        });
    assertThat(replanned).filteredOn(visit -> !"PARTNER".equals(visit.get("type"))).hasSize(2);
  }

  // --- helpers

  private Long idOfVisit(int number) {
    return visitList("ceo").stream().filter(visit -> ((Number) visit.get("number")).intValue() == number)
        .map(visit -> ((Number) visit.get("id")).longValue()).findFirst().orElseThrow();
  }

  private List<Map<String, Object>> visitList(String user) {
    ResponseEntity<Map<String, Object>> response = RestClient.as(rest, user).get("/api/schools/" + URN + "/qa-visits?year=" + YEAR,
        new ParameterizedTypeReference<Map<String, Object>>() {});
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> list = (List<Map<String, Object>>) response.getBody().get("visits");
    return list;
  }

  private String visitInstance() {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("qaVisit").processInstanceBusinessKey(KEY)
        .singleResult().getId();
  }

  private String taskOf(String user, String taskDefinitionKey) {
    return RestClient.as(rest, user).taskId(taskDefinitionKey, KEY);
  }

  private ResponseEntity<String> submit(String user, String taskId, Map<String, Object> values) {
    return RestClient.as(rest, user).submit(taskId, values);
  }

  /** Refused with 400 and the rule; the task is still open. */
  private void assertRefused(String user, String taskId, Map<String, Object> values, String message) {
    RestClient.as(rest, user).assertRefused(taskId, values, message);
    Task stillOpen = taskService.createTaskQuery().taskId(taskId).singleResult();
    assertThat(stillOpen).as("task still open after a refused submit").isNotNull();
  }

  /** Due timers and queued jobs of one process instance: what the job executor would do at once. */
  private void runJobs(String processInstanceId) {
    for (Job job : managementService.createJobQuery().processInstanceId(processInstanceId).executable().list()) {
      managementService.executeJob(job.getId());
    }
  }

  private static void assertOk(ResponseEntity<String> response) {
    RestClient.assertOk(response);
  }

  private static Date at(String timestamp) {
    return Date.from(OffsetDateTime.parse(timestamp).toInstant());
  }
}
