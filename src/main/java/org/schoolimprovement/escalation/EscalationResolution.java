package org.schoolimprovement.escalation;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.schoolimprovement.calendar.AcademicCalendar;
import org.schoolimprovement.system.Actors;
import org.schoolimprovement.system.AsProcess;
import org.schoolimprovement.system.FormInput;
import org.schoolimprovement.system.Oversight;
import org.springframework.stereotype.Component;

/** The director's and the CEO's escalation tasks: recorded when raised, and what was done when resolved. */
final class EscalationResolution {

  static final Map<Integer, String> TASK_OF_LEVEL = Map.of(1, "Task_ResolveOverdueDirector", 2, "Task_ResolveOverdueCeo");

  /** Set by every resolution; the gateways after a resolve task read it (extended: watch the new date). */
  static final String DEADLINE_EXTENDED = "deadlineExtended";

  enum Action { CHASED, EXTENDED, REASSIGNED, ACCEPTED }

  private EscalationResolution() {
  }

  static int levelOf(DelegateTask task) {
    return TASK_OF_LEVEL.entrySet().stream().filter(entry -> entry.getValue().equals(task.getTaskDefinitionKey()))
        .findFirst().orElseThrow().getKey();
  }

  /** Records the level reached, and tells the director or CEO which task, whose, and since when it is overdue. */
  @Component("escalationRaised")
  static class EscalationRaised implements TaskListener {

    private final EscalationService escalations;
    private final AcademicCalendar calendar;
    private final OverdueTasks overdueTasks;

    EscalationRaised(EscalationService escalations, AcademicCalendar calendar, OverdueTasks overdueTasks) {
      this.escalations = escalations;
      this.calendar = calendar;
      this.overdueTasks = overdueTasks;
    }

    @Override
    public void notify(DelegateTask task) {
      OverdueTask overdue = overdueTasks.of(task);
      task.setVariableLocal("escalationId", escalations.raise(overdue, levelOf(task)));
      // What the resolve form shows: the task as it is now.
      task.setVariablesLocal(Variables.createVariables().putValue("taskName", overdue.taskName())
          .putValue("schoolName", overdue.schoolName()).putValue("holder", overdue.holder())
          .putValue("overdueSince", calendar.describe(overdue.dueDate())));
      // The director's own escalation is among their schools' tasks ("My schools").
      if (overdue.directorOfEducation() != null && overdue.directorOfEducation().equals(task.getAssignee())) {
        Oversight.link(task, overdue.directorOfEducation());
      }
    }
  }

  /**
   * What was done: chased (nothing else changes), extended the deadline to a new date (the task's due date
   * moves and the watch starts again from it), reassigned to someone else, or accepted the delay with a reason.
   */
  @Component("escalationResolved")
  static class EscalationResolved implements TaskListener {

    private final EscalationService escalations;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final AcademicCalendar calendar;
    private final Actors actors;
    private final OverdueTasks overdueTasks;

    EscalationResolved(EscalationService escalations, TaskService taskService, IdentityService identityService,
        AcademicCalendar calendar, Actors actors, OverdueTasks overdueTasks) {
      this.escalations = escalations;
      this.taskService = taskService;
      this.identityService = identityService;
      this.calendar = calendar;
      this.actors = actors;
      this.overdueTasks = overdueTasks;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = new FormInput(task);
      OverdueTask overdue = overdueTasks.of(task);
      Action action = input.choice("escalationAction", Action.class);
      String note = input.optionalText("escalationNote", FormInput.LONG_TEXT);
      switch (action) {
        case EXTENDED -> extend(task, overdue, input);
        case REASSIGNED -> reassign(overdue, input.text("newAssignee", 64));
        case ACCEPTED -> note = input.text("escalationNote", FormInput.LONG_TEXT);
        case CHASED -> { }
      }
      task.setVariable(DEADLINE_EXTENDED, action == Action.EXTENDED);
      escalations.resolve((Long) task.getVariableLocal("escalationId"), Escalation.Resolution.valueOf(action.name()),
          actors.of(task), note);
      task.getExecution().removeVariables(java.util.List.of("escalationAction", "escalationNote", "newDueDate", "newAssignee"));
    }

    private void extend(DelegateTask task, OverdueTask overdue, FormInput input) {
      LocalDate newDate = input.date("newDueDate");
      LocalDate today = calendar.today();
      if (!newDate.isAfter(today)) {
        throw FormInput.invalid("newDueDate", "must be after today (" + today + ")");
      }
      if (!calendar.isWorkingDay(newDate)) {
        throw FormInput.invalid("newDueDate", newDate + " is not a working day: choose a school day");
      }
      LocalDateTimeOfDue time = new LocalDateTimeOfDue(overdue.dueDate(), calendar);
      Date due = time.on(newDate);
      AsProcess.run(() -> {
        Task original = taskService.createTaskQuery().taskId(overdue.taskId()).singleResult();
        original.setDueDate(due);
        original.setPriority(Task.PRIORITY_NORMAL);
        taskService.saveTask(original);
      });
      escalations.resolveAll(overdue.taskId(), Escalation.Resolution.EXTENDED, actors.of(task), "new due date " + newDate);
      task.setVariable(DeadlineWatch.DUE_DATE, due);
    }

    private void reassign(OverdueTask overdue, String userId) {
      if (identityService.createUserQuery().userId(userId).count() == 0) {
        throw FormInput.invalid("newAssignee", "there is no user '" + userId + "'");
      }
      AsProcess.run(() -> taskService.setAssignee(overdue.taskId(), userId));
    }
  }

  /** Keeps the original time of day when a deadline moves to another date. */
  private record LocalDateTimeOfDue(Date originalDue, AcademicCalendar calendar) {
    Date on(LocalDate date) {
      return Date.from(date.atTime(originalDue.toInstant().atZone(calendar.zone()).toLocalTime())
          .atZone(calendar.zone()).toInstant());
    }
  }
}
