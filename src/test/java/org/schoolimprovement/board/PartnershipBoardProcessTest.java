package org.schoolimprovement.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The partnershipBoard model: each meeting's agenda (sent by every head, or closed on time), then its minutes. */
@Deployment(resources = "processes/partnership-board.bpmn")
class PartnershipBoardProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  /** What the partnershipBoards bean answers, for two meetings. */
  public static class Dates {
    public List<String> meetings(String year) {
      return List.of("2026-12-03", "2027-02-04");
    }

    public Date agendaOpens(String day) {
      return at(day + "T07:00:00Z", -14);
    }

    public Date agendaCloses(String day) {
      return at(day + "T17:00:00Z", -3);
    }

    public boolean agendaStillOpen(String day) {
      return ClockUtil.getCurrentTime().before(agendaCloses(day));
    }

    public Date meetingDay(String day) {
      return at(day + "T07:00:00Z", 0);
    }

    public Date minutesDue(String day) {
      return at(day + "T17:00:00Z", 7);
    }

    static Date at(String instant, int days) {
      return Date.from(Instant.parse(instant).plusSeconds(days * 86_400L));
    }
  }

  /** What the schoolService answers: a school with a name. */
  public static class SchoolNames {
    public Named get(String urn) {
      return new Named("School " + urn);
    }
  }

  public record Named(String name) {
  }

  /** What the improvementYearService answers: two schools. */
  public static class Schools {
    public List<String> schoolUrns() {
      return List.of("100001", "100002");
    }
  }

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(Dates.at("2026-11-12T09:00:00Z", 0));
    init(engine.getProcessEngine());
    Mocks.register("partnershipBoards", new Dates());
    Mocks.register("improvementYearService", new Schools());
    Mocks.register("schoolService", new SchoolNames());
    Mocks.register("openBoardMeeting", (JavaDelegate) execution -> execution.setVariableLocal("meetingId", 1L));
    List.of("boardAgendaSent", "boardMinutesShown", "boardMinutesRecorded").forEach(name -> Mocks.register(name, (TaskListener) task -> { }));
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void everyHeadSendsAnItemThenTheMinutesAreRecordedAtEachMeeting() {
    ProcessInstance board = runtimeService().startProcessInstanceByKey("partnershipBoard", "board-2026/27",
        withVariables("academicYear", "2026/27"));
    for (String day : List.of("2026-12-03", "2027-02-04")) {
      assertThat(job("Timer_AgendaOpens", board)).hasDueDate(Dates.at(day + "T07:00:00Z", -14));
      ClockUtil.setCurrentTime(Dates.at(day + "T07:00:01Z", -14));
      execute(job("Timer_AgendaOpens", board));
      List<Task> agenda = taskQuery().processInstanceId(board.getId()).taskDefinitionKey("Task_SendAgendaItem").list();
      assertThat(agenda).hasSize(2);
      assertThat(agenda).extracting(task -> engine.getTaskService().getVariable(task.getId(), "schoolName"))
          .containsExactlyInAnyOrder("School 100001", "School 100002");
      assertThat(agenda).allSatisfy(task -> assertThat(task.getDueDate()).isEqualTo(Dates.at(day + "T17:00:00Z", -3)));
      agenda.forEach(task -> complete(task));
      execute(job("Timer_MeetingDay", board));
      assertThat(task("Task_RecordMinutes", board)).hasCandidateGroup("directors-of-education")
          .hasDueDate(Dates.at(day + "T17:00:00Z", 7));
      complete(task("Task_RecordMinutes", board));
    }
    assertThat(board).isEnded().hasPassed("EndEvent_BoardYearDone").hasNotPassed("BoundaryTimer_AgendaCloses");
  }

  @Test
  void theAgendaClosesOnTimeWithoutTheHeadsWhoSentNothing() {
    ProcessInstance board = runtimeService().startProcessInstanceByKey("partnershipBoard", "board-2026/27",
        withVariables("academicYear", "2026/27"));
    execute(job("Timer_AgendaOpens", board));
    complete(taskQuery().processInstanceId(board.getId()).taskDefinitionKey("Task_SendAgendaItem").list().get(0));

    execute(job("BoundaryTimer_AgendaCloses", board));
    assertThat(taskQuery().processInstanceId(board.getId()).taskDefinitionKey("Task_SendAgendaItem").count()).isZero();
    assertThat(board).hasPassed("BoundaryTimer_AgendaCloses", "Gateway_AgendaMerge").isWaitingAt("Timer_MeetingDay");
    assertThat(runtimeService().getVariables(board.getId())).doesNotContainKey("meetingId");
  }

  @Test
  void aYearStartedAfterAnAgendaClosedSendsNoHeadAnItemForIt() {
    ClockUtil.setCurrentTime(Dates.at("2026-12-01T09:00:00Z", 0));
    ProcessInstance board = runtimeService().startProcessInstanceByKey("partnershipBoard", "board-2026/27",
        withVariables("academicYear", "2026/27"));
    execute(job("Timer_AgendaOpens", board));

    assertThat(taskQuery().processInstanceId(board.getId()).taskDefinitionKey("Task_SendAgendaItem").count()).isZero();
    assertThat(board).hasPassed("Gateway_AgendaStillOpen", "Gateway_AgendaMerge").hasNotPassed("Task_SendAgendaItem")
        .isWaitingAt("Timer_MeetingDay");
    execute(job("Timer_MeetingDay", board));
    assertThat(board).isWaitingAt("Task_RecordMinutes");
  }
}
