package org.schoolimprovement.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The qaVisitSchedule model: visits in turn from their windows, a re-planned visit skipped, a category change. */
@Deployment(resources = {"processes/qa-visit-schedule.bpmn", "processes/support-package.dmn", "stubs/qa-visit-stub.bpmn"})
class QaVisitScheduleProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  QaVisitDays visitDays = mock(QaVisitDays.class);
  QaVisitService visitService = mock(QaVisitService.class);
  Deque<Long> visitsToCome = new ArrayDeque<>();
  List<Integer> partnerVisitsPlanned = new ArrayList<>();

  @BeforeEach
  void setUp() {
    init(engine.getProcessEngine());
    ClockUtil.setCurrentTime(at("2026-11-02T09:00:00Z"));
    Mocks.register("qaVisitDays", visitDays);
    Mocks.register("qaVisitService", visitService);
    Mocks.register("planQaVisits", (JavaDelegate) execution -> partnerVisitsPlanned.add(QaSchedule.partnerVisits(execution)));
    Mocks.register("replanQaVisits", (JavaDelegate) execution -> partnerVisitsPlanned.add(QaSchedule.partnerVisits(execution)));
    Mocks.register("nextQaVisit", (JavaDelegate) execution -> execution.setVariable("visitId", visitsToCome.poll()));
    when(visitDays.windowOpens(1L)).thenReturn(at("2026-11-02T07:00:00Z"));
    when(visitDays.windowOpens(2L)).thenReturn(at("2027-01-04T07:00:00Z"));
    when(visitDays.windowOpens(3L)).thenReturn(at("2027-04-12T07:00:00Z"));
    when(visitService.isPlanned(1L)).thenReturn(true);
    when(visitService.isPlanned(2L)).thenReturn(true);
    when(visitService.isPlanned(3L)).thenReturn(true);
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void eachVisitStartsWhenItsWindowOpensAndTheScheduleEndsAfterTheLast() {
    visitsToCome.addAll(List.of(1L, 2L));
    ProcessInstance schedule = startSchedule(3);
    assertThat(partnerVisitsPlanned).containsExactly(3);
    assertThat(schedule).isWaitingAt("Timer_WindowOpens");
    assertThat(job("Timer_WindowOpens", schedule)).hasDueDate(at("2026-11-02T07:00:00Z"));

    execute(job("Timer_WindowOpens", schedule));
    ProcessInstance first = visit(schedule);
    assertThat(first).hasBusinessKey("100004-2026/27").variables().containsEntry("visitId", 1L)
        .containsEntry("headGroup", "school-100004").containsEntry("priorityCount", 3);
    complete(task("Task_VisitStub", first));

    assertThat(job("Timer_WindowOpens", schedule)).hasDueDate(at("2027-01-04T07:00:00Z"));
    ClockUtil.setCurrentTime(at("2027-01-04T07:00:01Z"));
    execute(job("Timer_WindowOpens", schedule));
    complete(task("Task_VisitStub", visit(schedule)));

    assertThat(schedule).isEnded().hasPassed("EndEvent_AllVisitsDone");
  }

  @Test
  void aVisitReplannedAwayWhileWaitingIsSkipped() {
    visitsToCome.addAll(List.of(2L, 3L));
    when(visitService.isPlanned(2L)).thenReturn(false);
    ProcessInstance schedule = startSchedule(2);
    ClockUtil.setCurrentTime(at("2027-01-04T07:00:01Z"));
    execute(job("Timer_WindowOpens", schedule));

    assertThat(schedule).hasPassed("Gateway_StillPlanned", "Task_PickNextVisit").hasNotPassed("CallActivity_QaVisit");
    assertThat(job("Timer_WindowOpens", schedule)).hasDueDate(at("2027-04-12T07:00:00Z"));
  }

  @Test
  void whenNoVisitIsLeftTheScheduleEnds() {
    ProcessInstance schedule = startSchedule(1);
    assertThat(schedule).isEnded().hasPassed("EndEvent_AllVisitsDone").hasNotPassed("Timer_WindowOpens");
  }

  @Test
  void aChangeOfCategoryReplansWithoutDisturbingTheVisitUnderWay() {
    visitsToCome.addAll(List.of(1L, 2L));
    ProcessInstance schedule = startSchedule(2);
    execute(job("Timer_WindowOpens", schedule));
    ProcessInstance underWay = visit(schedule);

    runtimeService().createMessageCorrelation(QaSchedule.CATEGORY_CHANGED).processInstanceBusinessKey("100004-2026/27")
        .setVariable("category", 4).correlateAll();

    assertThat(partnerVisitsPlanned).containsExactly(2, 4);
    assertThat(schedule).hasPassed("Task_ReplanVisits", "EndEvent_VisitsReplanned").isWaitingAt("CallActivity_QaVisit");
    assertThat(underWay).isActive();
  }

  private ProcessInstance startSchedule(int category) {
    return runtimeService().startProcessInstanceByKey("qaVisitSchedule", "100004-2026/27", withVariables(
        "cycleId", 3L, "urn", "100004", "academicYear", "2026/27", "category", category, "schoolName", "Hillside Academy",
        "headGroup", "school-100004", "directorOfEducation", "director2", "priorityCount", 3, "priorityOptions", "[]"));
  }

  private static ProcessInstance visit(ProcessInstance schedule) {
    return runtimeService().createProcessInstanceQuery().superProcessInstanceId(schedule.getId()).singleResult();
  }

  static Date at(String timestamp) {
    return Date.from(OffsetDateTime.parse(timestamp).toInstant());
  }
}
