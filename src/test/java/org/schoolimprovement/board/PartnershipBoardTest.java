package org.schoolimprovement.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
 * The 2027/28 board (a year only this test runs it for): heads send agenda items, the agenda closes, a director
 * minutes the meeting and its actions, and the next meeting follows them up.
 */
@TrustApplicationTest
class PartnershipBoardTest {

  static final String KEY = "board-2027/28";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  ManagementService managementService;
  @Autowired
  TaskService taskService;
  @Autowired
  BoardActionRepository actions;
  @Autowired
  BoardAgendaItemRepository items;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void agendaMinutesActionsAndTheirFollowUp() {
    ClockUtil.setCurrentTime(at("2027-09-20T09:00:00Z"));
    ProcessInstance board = runtimeService.startProcessInstanceByKey("partnershipBoard", KEY, Map.of("academicYear", "2027/28"));

    runTimer(board, "Timer_AgendaOpens", "2027-09-23T06:00:00Z");
    String item = taskOf("head100001", "Task_SendAgendaItem");
    assertThat(taskOf("head100002", "Task_SendAgendaItem")).isNotEqualTo(item);
    assertOk(submit("head100001", item, Map.of("agendaItem", "Sharing our phonics catch-up model")));
    assertOk(submit("head100002", taskOf("head100002", "Task_SendAgendaItem"), Map.of()));
    runTimer(board, "BoundaryTimer_AgendaCloses", "2027-10-04T16:00:00Z");
    assertThat(taskService.createTaskQuery().processInstanceId(board.getId()).taskDefinitionKey("Task_SendAgendaItem").count())
        .as("the heads who sent nothing no longer have the task").isZero();

    runTimer(board, "Timer_MeetingDay", "2027-10-07T06:00:00Z");
    String minutes = taskOf("director1", "Task_RecordMinutes");
    assertThat(taskService.getVariable(minutes, "agendaSummary").toString())
        .isEqualTo("- Oakfield Primary School: Sharing our phonics catch-up model");
    assertRefused("director1", minutes, Map.of("boardMeetingMinutes", "Phonics model shared.", "boardAction1", "Visit Oakfield",
        "boardAction1Owner", "All heads", "boardAction1DueBy", "2027-10-01"), "boardAction1DueBy: 2027-10-01 is before the meeting");
    assertOk(submit("director1", minutes, Map.of("boardMeetingMinutes", "Phonics model shared.", "boardAction1", "Visit Oakfield's phonics",
        "boardAction1Owner", "Heads of primaries", "boardAction1DueBy", "2027-11-26")));

    // The next meeting follows the action up.
    runTimer(board, "Timer_AgendaOpens", "2027-11-18T07:00:00Z");
    runTimer(board, "BoundaryTimer_AgendaCloses", "2027-11-29T17:00:00Z");
    runTimer(board, "Timer_MeetingDay", "2027-12-02T07:00:00Z");
    String next = taskOf("director2", "Task_RecordMinutes");
    assertThat(taskService.getVariable(next, "previousAction1").toString()).startsWith("Visit Oakfield's phonics");
    assertRefused("director2", next, Map.of("boardMeetingMinutes", "Second meeting."), "previousAction1Status: is required");
    assertOk(submit("director2", next, Map.of("boardMeetingMinutes", "Second meeting.", "previousAction1Status", "DONE",
        "previousAction1Note", "Four heads visited.")));

    assertThat(actions.findAll()).filteredOn(action -> "Visit Oakfield's phonics".equals(action.description)).singleElement()
        .satisfies(action -> {
          assertThat(action.status).isEqualTo(ActionStatus.DONE);
          assertThat(action.followUpNote).isEqualTo("Four heads visited.");
        });
    assertThat(items.findAll()).extracting(agendaItem -> agendaItem.item).contains("Sharing our phonics catch-up model");
  }

  /** Started two days before a meeting, after its agenda closed: no head gets an item to send, the meeting goes on. */
  @Test
  void aBoardStartedAfterAnAgendaClosedSendsTheHeadsNothingForIt() {
    ClockUtil.setCurrentTime(at("2027-10-05T09:00:00Z"));
    ProcessInstance board = runtimeService.startProcessInstanceByKey("partnershipBoard", KEY, Map.of("academicYear", "2027/28"));
    try {
      runTimer(board, "Timer_AgendaOpens", "2027-10-05T06:00:00Z");
      assertThat(taskService.createTaskQuery().processInstanceId(board.getId()).taskDefinitionKey("Task_SendAgendaItem").count())
          .isZero();
      assertThat(managementService.createJobQuery().processInstanceId(board.getId()).activityId("Timer_MeetingDay").singleResult())
          .as("the meeting's own timer").isNotNull();
    } finally {
      runtimeService.deleteProcessInstance(board.getId(), "test over");
    }
  }

  private void runTimer(ProcessInstance board, String activity, String due) {
    Job timer = managementService.createJobQuery().processInstanceId(board.getId()).activityId(activity).singleResult();
    assertThat(timer).as(activity).isNotNull();
    assertThat(timer.getDuedate()).as(activity).isEqualTo(at(due));
    ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 1000));
    managementService.executeJob(timer.getId());
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
