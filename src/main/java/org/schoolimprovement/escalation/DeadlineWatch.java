package org.schoolimprovement.escalation;

import java.util.Date;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLinkType;
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

  private final RuntimeService runtimeService;
  private final Actors actors;

  DeadlineWatch(RuntimeService runtimeService, Actors actors) {
    this.runtimeService = runtimeService;
    this.actors = actors;
  }

  void start(DelegateTask task) {
    Date due = task.getDueDate();
    if (due == null) {
      return;
    }
    VariableMap variables = Variables.createVariables()
        .putValue("taskId", task.getId())
        // The task's own name, without the school another listener may have added to it.
        .putValue("taskName", task.getBpmnModelElementInstance().getName())
        .putValue("taskDefinitionKey", task.getTaskDefinitionKey())
        .putValue("watchedProcessInstanceId", task.getProcessInstanceId())
        .putValue("urn", task.getVariable("urn"))
        .putValue("schoolName", task.getVariable("schoolName"))
        .putValue("directorOfEducation", task.getVariable("directorOfEducation"))
        .putValue("holder", holderOf(task))
        .putValue("dueDate", due);
    AsProcess.run(() -> runtimeService.startProcessInstanceByKey(PROCESS, task.getId(), variables));
  }

  void close(DelegateTask task) {
    String closedBy = actors.of(task);
    AsProcess.run(() -> runtimeService.createMessageCorrelation(CLOSED).processInstanceBusinessKey(task.getId())
        .setVariable("closedBy", closedBy).correlateAll());
  }

  private static String holderOf(DelegateTask task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    return task.getCandidates().stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(link -> link.getGroupId() != null ? link.getGroupId() : link.getUserId())
        .collect(Collectors.joining(", "));
  }
}
