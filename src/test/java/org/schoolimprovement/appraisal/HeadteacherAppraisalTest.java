package org.schoolimprovement.appraisal;

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
import org.springframework.http.ResponseEntity;

/**
 * Northgate's head's appraisal for 2027/28 (a year only this test uses for that school), as its director records
 * it over Tasklist's REST calls: objectives by 31 December, the spring mid-year review, the summer final review.
 * The model has one path; its two timers are moved past with the clock.
 */
@TrustApplicationTest
class HeadteacherAppraisalTest {

  static final String URN = "100006";
  static final String KEY = URN + "-2027/28";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  ManagementService managementService;
  @Autowired
  AppraisalRepository appraisals;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void objectivesThenTheMidYearThenTheFinalReview() {
    ClockUtil.setCurrentTime(at("2027-09-20T09:00:00Z"));
    ProcessInstance appraisal = runtimeService.startProcessInstanceByKey("headteacherAppraisal", KEY,
        Map.of("urn", URN, "academicYear", "2027/28"));

    Map<String, Object> objectivesTask = taskOf("director2", "Task_SetObjectives");
    assertThat(objectivesTask.get("due").toString()).startsWith("2027-12-31T17:00:00");
    assertThat(RestClient.as(rest, "head" + URN).get("/engine-rest/task?processInstanceBusinessKey=" + KEY, List.class).getBody())
        .as("the head does not see their own appraisal's tasks").isEmpty();
    String objectives = (String) objectivesTask.get("id");
    assertRefused(objectives, Map.of("appraisalPanel", "Chair and vice-chair", "externalAdviser", "Dr Amal Idris",
        "recordedAs", "DIRECTOR"), "objective1: is required");
    assertRefused(objectives, Map.of("appraisalPanel", "Chair and vice-chair", "externalAdviser", "Dr Amal Idris",
        "recordedAs", "DIRECTOR", "objective1", "Raise attendance", "objective1Priority", "1"),
        "objective1Priority: the school has no priorities yet to link to");
    assertRefused(objectives, Map.of("appraisalPanel", "Chair and vice-chair", "externalAdviser", "Dr Amal Idris",
        "recordedAs", "DIRECTOR", "objective1", "Raise attendance", "objective3", "Third without second"),
        "objective3: fill in objective 2 first");
    assertOk(submit(objectives, Map.of("appraisalPanel", "Chair and vice-chair of governors", "externalAdviser", "Dr Amal Idris",
        "recordedAs", "CHAIR_OF_GOVERNORS", "objective1", "Raise attendance to 94%", "objective2", "Secure safeguarding culture")));

    runTimer(appraisal, "Timer_SpringTerm", "2028-01-04T07:00:00Z");
    String midYear = (String) taskOf("director2", "Task_MidYearReview").get("id");
    assertRefused(midYear, Map.of("objective1Progress", "ON_TRACK", "midYearComment", "Good start."), "objective2Progress: is required");
    assertOk(submit(midYear, Map.of("objective1Progress", "ON_TRACK", "objective2Progress", "SOME_CONCERNS",
        "midYearComment", "Attendance up; safeguarding training still to finish.")));

    runTimer(appraisal, "Timer_SummerTerm", "2028-04-24T06:00:00Z");
    assertOk(submit((String) taskOf("director2", "Task_FinalReview").get("id"), Map.of("objective1Outcome", "MET",
        "objective2Outcome", "PARTLY_MET", "appraisalOutcome", "PARTLY_MET", "finalComment", "Strong year; carry objective 2 on.")));

    HeadteacherAppraisal done = appraisals.findByUrnAndAcademicYear(URN, "2027/28").orElseThrow();
    assertThat(done.outcome()).isEqualTo(HeadteacherAppraisal.Outcome.PARTLY_MET);
    assertThat(done.externalAdviser()).isEqualTo("Dr Amal Idris");
    assertThat(done.objectives().get(2).midYearStatus()).isEqualTo(HeadteacherAppraisal.Progress.SOME_CONCERNS);
    assertThat(done.objectives().get(2).finalOutcome()).isEqualTo(HeadteacherAppraisal.Outcome.PARTLY_MET);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(appraisal.getId()).count()).isZero();
  }

  private void runTimer(ProcessInstance appraisal, String activity, String due) {
    Job timer = managementService.createJobQuery().processInstanceId(appraisal.getId()).activityId(activity).singleResult();
    assertThat(timer.getDuedate()).isEqualTo(at(due));
    ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 1000));
    managementService.executeJob(timer.getId());
  }

  private Map<String, Object> taskOf(String user, String key) {
    return RestClient.as(rest, user).task(key, KEY);
  }

  private ResponseEntity<String> submit(String taskId, Map<String, Object> values) {
    return RestClient.as(rest, "director2").submit(taskId, values);
  }

  private void assertRefused(String taskId, Map<String, Object> values, String message) {
    RestClient.as(rest, "director2").assertRefused(taskId, values, message);
  }

  private static void assertOk(ResponseEntity<String> response) {
    RestClient.assertOk(response);
  }

  private static Date at(String timestamp) {
    return Date.from(Instant.parse(timestamp));
  }
}
