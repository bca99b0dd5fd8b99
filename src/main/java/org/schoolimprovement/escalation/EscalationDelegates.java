package org.schoolimprovement.escalation;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.schoolimprovement.school.TrustRole;
import org.schoolimprovement.system.AsProcess;
import org.schoolimprovement.system.Recipients;
import org.springframework.stereotype.Component;

/** The service tasks of the overdueEscalation process. */
final class EscalationDelegates {

  /** Overdue tasks rise to the top of Tasklist's priority sort. */
  static final int OVERDUE_PRIORITY = 80;

  private EscalationDelegates() {
  }

  /**
   * At the due date: flags the task overdue (its priority, so it sorts to the top; the "Overdue" filter and the
   * due date say the rest) and records it.
   */
  @Component("flagOverdue")
  static class FlagOverdue implements JavaDelegate {

    private final TaskService taskService;
    private final EscalationService escalations;
    private final OverdueTasks overdue;

    FlagOverdue(TaskService taskService, EscalationService escalations, OverdueTasks overdue) {
      this.taskService = taskService;
      this.escalations = escalations;
      this.overdue = overdue;
    }

    @Override
    public void execute(DelegateExecution watch) {
      OverdueTask task = overdue.of(watch);
      AsProcess.run(() -> taskService.setPriority(task.taskId(), OVERDUE_PRIORITY));
      escalations.raise(task, 0);
    }
  }

  /** Emails whoever holds the overdue task: its assignee, or everyone in its candidate groups. */
  @Component("sendReminder")
  static class SendReminder implements JavaDelegate {

    private final EscalationMail mail;
    private final EscalationProperties properties;
    private final OverdueTasks overdue;

    SendReminder(EscalationMail mail, EscalationProperties properties, OverdueTasks overdue) {
      this.mail = mail;
      this.properties = properties;
      this.overdue = overdue;
    }

    @Override
    public void execute(DelegateExecution watch) {
      OverdueTask task = overdue.of(watch);
      Recipients recipients = task.assignee() != null ? Recipients.user(task.assignee())
          : Recipients.membersOf(task.candidateGroups());
      String window = properties.windowsFor(task.taskDefinitionKey()).directorAfter() + " "
          + (properties.unit() == EscalationProperties.Unit.MINUTES ? "minutes" : "working days");
      mail.send("reminder", "Overdue: " + task.taskName() + " for " + task.schoolName(), task, task.taskId(), recipients,
          Map.of("directorAfter", window));
    }
  }

  /** Emails the director (level 1) or the CEO (level 2) about their escalation task. */
  abstract static class NotifyLevel implements JavaDelegate {

    private final EscalationMail mail;
    private final TaskService taskService;
    private final OverdueTasks overdue;

    NotifyLevel(EscalationMail mail, TaskService taskService, OverdueTasks overdue) {
      this.mail = mail;
      this.taskService = taskService;
      this.overdue = overdue;
    }

    abstract int level();

    abstract Recipients recipients(OverdueTask task);

    @Override
    public void execute(DelegateExecution watch) {
      OverdueTask task = overdue.of(watch);
      Task escalationTask = taskService.createTaskQuery().processInstanceId(watch.getProcessInstanceId())
          .taskDefinitionKey(EscalationResolution.TASK_OF_LEVEL.get(level())).singleResult();
      String linkTo = escalationTask != null ? escalationTask.getId() : task.taskId();
      String role = level() == 1 ? "director of education" : "chief executive";
      mail.send("escalation", "Escalation to the " + role + ": " + task.taskName() + " at " + task.schoolName(), task,
          linkTo, recipients(task), Map.of("recipientRole", role, "holder", task.holder(),
              "levelName", level() == 1 ? "1 of 2: director of education" : "2 of 2: chief executive"));
    }
  }

  @Component("notifyDirector")
  static class NotifyDirector extends NotifyLevel {
    NotifyDirector(EscalationMail mail, TaskService taskService, OverdueTasks overdue) {
      super(mail, taskService, overdue);
    }

    @Override
    int level() {
      return 1;
    }

    @Override
    Recipients recipients(OverdueTask task) {
      return Recipients.user(task.directorOfEducation());
    }
  }

  @Component("notifyCeo")
  static class NotifyCeo extends NotifyLevel {
    NotifyCeo(EscalationMail mail, TaskService taskService, OverdueTasks overdue) {
      super(mail, taskService, overdue);
    }

    @Override
    int level() {
      return 2;
    }

    @Override
    Recipients recipients(OverdueTask task) {
      return Recipients.membersOf(List.of(TrustRole.CEO.groupId()));
    }
  }

  /** The task was completed or deleted: every open level of its escalation is closed. */
  @Component("closeEscalations")
  static class CloseEscalations implements JavaDelegate {

    private final EscalationService escalations;

    CloseEscalations(EscalationService escalations) {
      this.escalations = escalations;
    }

    @Override
    public void execute(DelegateExecution watch) {
      escalations.resolveAll((String) watch.getVariable("taskId"), Escalation.Resolution.TASK_COMPLETED,
          (String) watch.getVariable("closedBy"), null);
    }
  }
}
