package org.schoolimprovement.escalation;

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
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.schoolimprovement.ShippedConfiguration;
import org.schoolimprovement.calendar.AcademicCalendar;
import org.schoolimprovement.calendar.CalendarProperties;
import org.springframework.boot.context.properties.bind.Binder;

/**
 * The overdueEscalation model: the reminder at the due date, the director after 5 working days, the CEO after
 * 10, completion at any point, and a deadline extension. Windows and calendar are the shipped configuration.
 */
@Deployment(resources = "processes/overdue-escalation.bpmn")
class OverdueEscalationProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  JavaDelegate flagOverdue = mock(JavaDelegate.class);
  JavaDelegate sendReminder = mock(JavaDelegate.class);
  JavaDelegate notifyDirector = mock(JavaDelegate.class);
  JavaDelegate notifyCeo = mock(JavaDelegate.class);
  JavaDelegate closeEscalations = mock(JavaDelegate.class);

  @BeforeEach
  void setUp() throws Exception {
    init(engine.getProcessEngine());
    Binder binder = ShippedConfiguration.binder();
    AcademicCalendar calendar = new AcademicCalendar(binder.bind("trust.calendar", CalendarProperties.class).get());
    EscalationProperties properties = binder.bind("trust.escalation", EscalationProperties.class).get();
    // The watched task as OverdueTasks reads it from the engine; the due date is the watch's own.
    OverdueTasks overdue = mock(OverdueTasks.class);
    when(overdue.of(any())).thenAnswer(call -> new OverdueTask("task-1", "Complete self-audit", "Task_CompleteSelfAudit",
        "cycle-1", "100001", "Oakfield Primary School", "director1", null, List::of,
        (Date) call.<VariableScope>getArgument(0).getVariable("dueDate")));
    Mocks.register("overdue", overdue);
    Mocks.register("escalationWindows", new EscalationWindows(calendar, properties, overdue));
    Mocks.register("flagOverdue", flagOverdue);
    Mocks.register("sendReminder", sendReminder);
    Mocks.register("notifyDirector", notifyDirector);
    Mocks.register("notifyCeo", notifyCeo);
    Mocks.register("closeEscalations", closeEscalations);
    Mocks.register("escalationRaised", (TaskListener) task -> { });
    // As the real listener does: every resolution says whether the deadline was extended, and an extension
    // moves the due date.
    Mocks.register("escalationResolved", (TaskListener) task -> {
      Object newDue = task.getVariable("newDue");
      if (newDue != null) {
        task.setVariable("dueDate", newDue);
      }
      task.setVariable("deadlineExtended", newDue != null);
    });
    ClockUtil.setCurrentTime(at("2026-10-19T09:00:00+01:00"));
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void completingTheTaskBeforeItIsDueEndsTheWatchQuietly() throws Exception {
    ProcessInstance watch = watch(at("2026-10-23T17:00:00+01:00"));
    assertThat(watch).isWaitingAt("Timer_TaskDue");
    assertThat(job("Timer_TaskDue", watch)).hasDueDate(at("2026-10-23T17:00:00+01:00"));

    closeTask();
    assertThat(watch).isEnded().hasPassed("EndEvent_TaskClosed").hasNotPassed("Task_FlagOverdue");
    verify(flagOverdue, never()).execute(any());
  }

  @Test
  void overdueWorkRisesToTheDirectorThenTheCeoSkippingWeekendsAndHalfTerm() throws Exception {
    ProcessInstance watch = watch(at("2026-10-23T17:00:00+01:00"));

    ClockUtil.setCurrentTime(at("2026-10-23T17:00:01+01:00"));
    execute(job("Timer_TaskDue", watch));
    verify(flagOverdue).execute(any(DelegateExecution.class));
    execute(job("Task_SendReminder", watch));
    verify(sendReminder).execute(any(DelegateExecution.class));

    // Friday 23 October + 5 working days: the weekend and half term (26-30 October) do not count.
    assertThat(job("Timer_DirectorWindow", watch)).hasDueDate(at("2026-11-06T17:00:00Z"));
    assertThat(job("Timer_CeoWindow", watch)).hasDueDate(at("2026-11-13T17:00:00Z"));

    ClockUtil.setCurrentTime(at("2026-11-06T17:00:01Z"));
    execute(job("Timer_DirectorWindow", watch));
    assertThat(task("Task_ResolveOverdueDirector", watch)).isAssignedTo("director1")
        .hasName("Resolve overdue: Complete self-audit at Oakfield Primary School");
    execute(job("Task_NotifyDirector", watch));
    verify(notifyDirector).execute(any(DelegateExecution.class));

    ClockUtil.setCurrentTime(at("2026-11-13T17:00:01Z"));
    execute(job("Timer_CeoWindow", watch));
    assertThat(task("Task_ResolveOverdueCeo", watch)).hasCandidateGroup("ceo");
    execute(job("Task_NotifyCeo", watch));
    verify(notifyCeo).execute(any(DelegateExecution.class));

    // The head finally completes the task: both escalation tasks close.
    closeTask();
    assertThat(watch).isEnded().hasPassed("EndEvent_TaskClosed");
    assertThat(taskQuery().processInstanceId(watch.getId()).count()).isZero();
    verify(closeEscalations).execute(any(DelegateExecution.class));
  }

  @Test
  void completingTheTaskAfterTheReminderStopsTheDirectorsLevel() throws Exception {
    ProcessInstance watch = watch(at("2026-10-23T17:00:00+01:00"));
    ClockUtil.setCurrentTime(at("2026-10-23T17:00:01+01:00"));
    execute(job("Timer_TaskDue", watch));
    assertThat(watch).isWaitingAt("Timer_DirectorWindow", "Timer_CeoWindow");

    closeTask();
    assertThat(watch).isEnded().hasNotPassed("Task_ResolveOverdueDirector", "Task_ResolveOverdueCeo");
    verify(notifyDirector, never()).execute(any());
  }

  @Test
  void completingTheTaskAtTheDirectorsLevelStopsTheCeosLevel() throws Exception {
    ProcessInstance watch = overdueAtDirectorLevel();
    closeTask();
    assertThat(watch).isEnded().hasNotPassed("Task_ResolveOverdueCeo");
    assertThat(taskQuery().processInstanceId(watch.getId()).count()).isZero();
    verify(notifyCeo, never()).execute(any());
  }

  @Test
  void aDirectorWhoChasesLeavesTheCeoLevelArmed() {
    ProcessInstance watch = overdueAtDirectorLevel();
    complete(task("Task_ResolveOverdueDirector", watch));
    assertThat(watch).hasPassed("EndEvent_DirectorResolved").isWaitingAt("Timer_CeoWindow");
  }

  @Test
  void extendingTheDeadlineStartsTheWatchAgainFromTheNewDate() {
    ProcessInstance watch = overdueAtDirectorLevel();
    complete(task("Task_ResolveOverdueDirector", watch), withVariables("newDue", at("2026-11-20T17:00:00Z")));

    assertThat(watch).hasPassed("EndEvent_DirectorExtended").isWaitingAt("Timer_TaskDue");
    assertThat(job("Timer_TaskDue", watch)).hasDueDate(at("2026-11-20T17:00:00Z"));
    assertThat(job("Timer_CeoWindow", watch)).as("the old CEO timer is cancelled").isNull();
  }

  @Test
  void theCeoMayExtendTheDeadlineToo() {
    ProcessInstance watch = overdueAtDirectorLevel();
    complete(task("Task_ResolveOverdueDirector", watch));
    ClockUtil.setCurrentTime(at("2026-11-13T17:00:01Z"));
    execute(job("Timer_CeoWindow", watch));
    complete(task("Task_ResolveOverdueCeo", watch), withVariables("newDue", at("2026-11-27T17:00:00Z")));
    assertThat(watch).hasPassed("EndEvent_CeoExtended").isWaitingAt("Timer_TaskDue");
  }

  @Test
  void whenEveryLevelHasActedTheWatchEnds() {
    ProcessInstance watch = overdueAtDirectorLevel();
    complete(task("Task_ResolveOverdueDirector", watch));
    ClockUtil.setCurrentTime(at("2026-11-13T17:00:01Z"));
    execute(job("Timer_CeoWindow", watch));
    complete(task("Task_ResolveOverdueCeo", watch));
    execute(job("Task_SendReminder", watch));
    execute(job("Task_NotifyDirector", watch));
    execute(job("Task_NotifyCeo", watch));
    assertThat(watch).isEnded().hasPassed("EndEvent_CeoResolved", "EndEvent_WatchEnded");
  }

  private ProcessInstance overdueAtDirectorLevel() {
    ProcessInstance watch = watch(at("2026-10-23T17:00:00+01:00"));
    ClockUtil.setCurrentTime(at("2026-11-06T17:00:01Z"));
    execute(job("Timer_TaskDue", watch));
    execute(job("Timer_DirectorWindow", watch));
    return watch;
  }

  private ProcessInstance watch(Date due) {
    // As DeadlineWatch starts it: the task's id and due date, nothing else.
    return runtimeService().startProcessInstanceByKey("overdueEscalation", "task-1",
        withVariables("taskId", "task-1", "dueDate", due));
  }

  private void closeTask() {
    runtimeService().createMessageCorrelation("overdueTaskClosed").processInstanceBusinessKey("task-1")
        .setVariables(Map.of("closedBy", "head100001")).correlateAll();
  }

  private static Date at(String timestamp) {
    return Date.from(OffsetDateTime.parse(timestamp).toInstant());
  }
}
