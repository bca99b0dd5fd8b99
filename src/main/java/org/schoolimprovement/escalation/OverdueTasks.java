package org.schoolimprovement.escalation;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.core.variable.CoreVariableInstance;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
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
 * command: the task by its id (then from the command's cache), its links only when asked for its holder (flagging
 * it does not ask), and the name from the definition the engine parsed at deployment (from the engine's cache, not
 * from the BPMN XML parsed again, nor its row read again). Of the task's process instance it reads only the three
 * variables that name the school and its director, by name and by the instance's id (the instance itself is not read
 * unless the command has it already), once per command however many steps ask (flagging the task and arming both
 * escalation timers ask three times; opening a director's escalation task four):
 * {@link SchoolsRead}, a session of the command. Reading all of a cycle's variables to use three was a tenth of the
 * app's CPU in an escalation storm.
 */
@Component("overdue")
public class OverdueTasks {

  private static final String URN = "urn";
  private static final String SCHOOL_NAME = "schoolName";
  private static final String DIRECTOR = "directorOfEducation";
  private static final List<String> SCHOOL_VARIABLES = List.of(URN, SCHOOL_NAME, DIRECTOR);

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
    // The school and director as the task's process instance names them now (where the cycle's steps set them).
    Map<String, Object> school = command.getSession(SchoolsRead.class).of(task.getProcessInstanceId(),
        () -> valuesOf(schoolVariablesOf(command, task.getProcessInstanceId())));
    String director = (String) school.get(DIRECTOR);
    return new OverdueTask(taskId, modelNameOf(task), task.getTaskDefinitionKey(), task.getProcessInstanceId(),
        (String) school.get(URN), (String) school.get(SCHOOL_NAME), director, task.getAssignee(),
        () -> candidatesOf(task, director), due);
  }

  /**
   * The three variables of the process instance: through it when this command has it already (its variables as
   * this command may have changed them), else by its id alone, without reading the instance itself.
   */
  private static List<? extends CoreVariableInstance> schoolVariablesOf(CommandContext command,
      String processInstanceId) {
    ExecutionEntity instance = command.getDbEntityManager().getCachedEntity(ExecutionEntity.class, processInstanceId);
    return instance != null ? instance.getVariableInstancesLocal(SCHOOL_VARIABLES)
        : command.getVariableInstanceManager().findVariableInstancesByExecutionIdAndVariableNames(processInstanceId,
            SCHOOL_VARIABLES);
  }

  private static Map<String, Object> valuesOf(List<? extends CoreVariableInstance> variables) {
    Map<String, Object> values = new HashMap<>();
    variables.forEach(variable -> values.put(variable.getName(), variable.getTypedValue(true).getValue()));
    return values;
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

  /**
   * The schools' variables one engine command has read, by process instance: a session Camunda opens for the
   * command when first asked ({@link #sessionFactory}) and drops at its end, so the next command reads them anew.
   */
  static final class SchoolsRead implements Session {

    private final Map<String, Map<String, Object>> byProcessInstance = new HashMap<>();

    Map<String, Object> of(String processInstanceId, Supplier<Map<String, Object>> read) {
      return byProcessInstance.computeIfAbsent(processInstanceId, id -> read.get());
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
  }

  static SessionFactory sessionFactory() {
    return new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return SchoolsRead.class;
      }

      @Override
      public Session openSession() {
        return new SchoolsRead();
      }
    };
  }

  /** Gives every engine command its {@link SchoolsRead}. */
  @Component
  static class SchoolsReadPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
      List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
          : new ArrayList<>(configuration.getCustomSessionFactories());
      factories.add(sessionFactory());
      configuration.setCustomSessionFactories(factories);
    }
  }
}
