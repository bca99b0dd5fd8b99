package org.schoolimprovement.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.schoolimprovement.cycle.TestDeadlines;

/** The schoolIntervention model: the CEO's package, a board each half term, exit recommended, signed off or not. */
@Deployment(resources = "processes/school-intervention.bpmn")
class SchoolInterventionProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  /** The boards the scheduler hands out in turn: (opens, due). */
  Deque<Date[]> boards = new ArrayDeque<>(List.of(
      new Date[] {at("2026-12-07T07:00:00Z"), at("2026-12-18T17:00:00Z")},
      new Date[] {at("2027-01-29T07:00:00Z"), at("2027-02-12T17:00:00Z")},
      new Date[] {at("2027-03-12T07:00:00Z"), at("2027-03-25T17:00:00Z")}));

  @BeforeEach
  void setUp() {
    init(engine.getProcessEngine());
    ClockUtil.setCurrentTime(at("2026-11-23T09:00:00Z"));
    Mocks.register("deadlines", TestDeadlines.fromApplicationYaml());
    Mocks.register("openIntervention", (JavaDelegate) execution -> execution.setVariable("interventionId", 5L));
    Mocks.register("scheduleBoard", (JavaDelegate) execution -> {
      Date[] board = boards.poll();
      execution.setVariable("boardOpens", board[0]);
      execution.setVariable("boardDue", board[1]);
    });
    List.of("interventionPackageDecided", "progressBoardHeld", "interventionExitDecided")
        .forEach(name -> Mocks.register(name, (TaskListener) task -> { }));
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void aBoardEachHalfTermUntilTheCeoSignsOffTheExit() {
    ProcessInstance intervention = start();
    assertThat(task("Task_DecidePackage", intervention)).hasCandidateGroup("ceo").hasDueDate(at("2026-12-07T17:00:00Z"));
    complete(task("Task_DecidePackage", intervention));

    // The first board opens a fortnight before the end of the half term; it does not recommend exit.
    assertThat(job("Timer_BoardOpens", intervention)).hasDueDate(at("2026-12-07T07:00:00Z"));
    execute(job("Timer_BoardOpens", intervention));
    assertThat(task("Task_HoldProgressBoard", intervention)).isAssignedTo("director2").hasDueDate(at("2026-12-18T17:00:00Z"));
    complete(task("Task_HoldProgressBoard", intervention), withVariables("exitRecommended", false));
    assertThat(intervention).hasPassed("Gateway_ExitRecommended").hasNotPassed("Task_SignOffExit");

    // The next half term's board recommends exit, and the CEO signs it off.
    assertThat(job("Timer_BoardOpens", intervention)).hasDueDate(at("2027-01-29T07:00:00Z"));
    execute(job("Timer_BoardOpens", intervention));
    complete(task("Task_HoldProgressBoard", intervention), withVariables("exitRecommended", true));
    assertThat(task("Task_SignOffExit", intervention)).hasCandidateGroup("ceo");
    complete(task("Task_SignOffExit", intervention), withVariables("exitApproved", true));

    assertThat(intervention).isEnded().hasPassed("EndEvent_InterventionExited");
  }

  @Test
  void theCeoMayKeepTheSchoolInAndTheBoardsGoOn() {
    ProcessInstance intervention = start();
    complete(task("Task_DecidePackage", intervention));
    execute(job("Timer_BoardOpens", intervention));
    complete(task("Task_HoldProgressBoard", intervention), withVariables("exitRecommended", true));
    complete(task("Task_SignOffExit", intervention), withVariables("exitApproved", false));

    assertThat(intervention).hasPassed("Gateway_ExitApproved").isWaitingAt("Timer_BoardOpens").isNotEnded();
    assertThat(job("Timer_BoardOpens", intervention)).hasDueDate(at("2027-01-29T07:00:00Z"));
  }

  private static ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey("schoolIntervention", "100005-2026/27", withVariables(
        "cycleId", 9L, "urn", "100005", "academicYear", "2026/27", "schoolName", "Meadow View Primary School",
        "headGroup", "school-100005", "directorOfEducation", "director2", "interventionReason", "CATEGORY_4",
        "interventionDetail", "Category 4"));
  }

  static Date at(String timestamp) {
    return Date.from(Instant.parse(timestamp));
  }
}
