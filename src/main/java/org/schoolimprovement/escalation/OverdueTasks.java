package org.schoolimprovement.escalation;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.schoolimprovement.system.AsProcess;
import org.springframework.stereotype.Component;

/**
 * Reads the watched task when the watch needs it ({@code ${overdue.of(execution).taskName()}} in the model): a
 * watch carries only the task's id and due date, so the many tasks done on time cost no copies of their facts,
 * and an overdue one is described as it is at that moment (its holder now, the director after a portfolio
 * change). Within one engine command (flagging the task and arming both escalation timers) the task, its
 * variables and its links come from the command's cache after the first read.
 */
@Component("overdue")
public class OverdueTasks {

  private final TaskService taskService;
  private final RepositoryService repositoryService;

  OverdueTasks(TaskService taskService, RepositoryService repositoryService) {
    this.taskService = taskService;
    this.repositoryService = repositoryService;
  }

  public OverdueTask of(VariableScope watch) {
    String taskId = (String) watch.getVariable(DeadlineWatch.TASK_ID);
    Date due = (Date) watch.getVariable(DeadlineWatch.DUE_DATE);
    return AsProcess.call(() -> {
      Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
      if (task == null) {
        throw new IllegalStateException("The watched task " + taskId + " no longer exists, but its watch is still open");
      }
      Map<String, Object> school = taskService.getVariables(taskId, List.of("urn", "schoolName", "directorOfEducation"));
      return new OverdueTask(taskId, modelNameOf(task), task.getTaskDefinitionKey(), task.getProcessInstanceId(),
          (String) school.get("urn"), (String) school.get("schoolName"), (String) school.get("directorOfEducation"),
          task.getAssignee(), candidatesOf(task), due);
    });
  }

  /** The task's own name, without the school another listener may have added to it. */
  private String modelNameOf(Task task) {
    FlowElement element = repositoryService.getBpmnModelInstance(task.getProcessDefinitionId())
        .getModelElementById(task.getTaskDefinitionKey());
    return element.getName();
  }

  private List<IdentityLink> candidatesOf(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).toList();
  }
}
