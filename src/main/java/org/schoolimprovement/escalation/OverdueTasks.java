package org.schoolimprovement.escalation;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * Reads the watched task when the watch needs it ({@code ${overdue.of(execution).taskName()}} in the model): a
 * watch carries only the task's id and due date, so the many tasks done on time cost no copies of their facts,
 * and an overdue one is described as it is at that moment (its holder now, the director after a portfolio
 * change).
 *
 * <p>Only the watch's own steps call it, inside the engine command that runs them, and it reads through that
 * command: the task by its id, then its process instance and its variables from the command's cache, and its
 * links only when asked for its holder (flagging it does not ask). Flagging the task and arming both escalation
 * timers read it three times but fetch it once, and the name comes from the definition the engine parsed at
 * deployment (from the engine's cache, not from the BPMN XML parsed again, nor its row read again).
 */
@Component("overdue")
public class OverdueTasks {

  public OverdueTask of(VariableScope watch) {
    String taskId = (String) watch.getVariable(DeadlineWatch.TASK_ID);
    Date due = (Date) watch.getVariable(DeadlineWatch.DUE_DATE);
    CommandContext command = Context.getCommandContext();
    if (command == null) {
      throw new IllegalStateException("The watched task " + taskId + " can only be read by the watch's own steps");
    }
    TaskEntity task = command.getTaskManager().findTaskById(taskId);
    if (task == null) {
      throw new IllegalStateException("The watched task " + taskId + " no longer exists, but its watch is still open");
    }
    // The school and director as the task's process instance names them now (where the cycle's steps set them):
    // one read, where the task's own scope and each scope above it are one each.
    VariableScope process = task.getProcessInstance();
    String director = (String) process.getVariable("directorOfEducation");
    return new OverdueTask(taskId, modelNameOf(task), task.getTaskDefinitionKey(), task.getProcessInstanceId(),
        (String) process.getVariable("urn"), (String) process.getVariable("schoolName"), director, task.getAssignee(),
        () -> candidatesOf(task, director), due);
  }

  /** The task's own name, without the school another listener may have added to it. */
  private static String modelNameOf(TaskEntity task) {
    ProcessDefinitionEntity definition = Context.getProcessEngineConfiguration().getDeploymentCache()
        .findProcessDefinitionFromCache(task.getProcessDefinitionId());
    if (definition == null) { // not parsed since the engine started: Camunda's own way, its row read and parsed
      definition = task.getProcessDefinition();
    }
    return definition.findActivity(task.getTaskDefinitionKey()).getName();
  }

  /**
   * Who may take the task: its candidates but the school's director, who is one as its overseer (system/Oversight).
   * The links are read once, on the first call.
   */
  private static List<IdentityLink> candidatesOf(TaskEntity task, String director) {
    return task.getIdentityLinks().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .filter(link -> link.getUserId() == null || !link.getUserId().equals(director))
        .map(IdentityLink.class::cast).toList();
  }
}
