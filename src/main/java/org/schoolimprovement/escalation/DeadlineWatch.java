package org.schoolimprovement.escalation;

import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.schoolimprovement.system.Actors;
import org.schoolimprovement.system.AsProcess;
import org.springframework.stereotype.Component;

/** Starts and closes the deadline watch of one task. */
@Component
class DeadlineWatch {

  static final String PROCESS = "overdueEscalation";
  static final String CLOSED = "overdueTaskClosed";
  static final String TASK_ID = "taskId";
  static final String DUE_DATE = "dueDate";

  private final RuntimeService runtimeService;
  private final Actors actors;

  DeadlineWatch(RuntimeService runtimeService, Actors actors) {
    this.runtimeService = runtimeService;
    this.actors = actors;
  }

  /** Watches the task until it is done: only its id and due date, the rest is read if it falls due. */
  void start(DelegateTask task) {
    Date due = task.getDueDate();
    if (due == null) {
      return;
    }
    VariableMap variables = Variables.createVariables().putValue(TASK_ID, task.getId()).putValue(DUE_DATE, due);
    AsProcess.run(() -> runtimeService.startProcessInstanceByKey(PROCESS, task.getId(), variables));
  }

  void close(DelegateTask task) {
    String closedBy = actors.of(task);
    AsProcess.run(() -> runtimeService.createMessageCorrelation(CLOSED).processInstanceBusinessKey(task.getId())
        .setVariable("closedBy", closedBy).correlateAll());
  }
}
