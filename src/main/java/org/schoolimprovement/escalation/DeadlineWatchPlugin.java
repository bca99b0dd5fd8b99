package org.schoolimprovement.escalation;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.schoolimprovement.system.UserTaskDecorator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts every time-bound user task of every process under a deadline watch, so no diagram repeats the
 * escalation: a user task with a due date starts an {@value DeadlineWatch#PROCESS} instance when it is
 * created and closes it when it is completed or deleted. The escalation process itself is not watched, nor
 * is a task whose deadline the model handles itself ({@code <camunda:property name="deadlineWatch" value="false"/>},
 * e.g. a right of reply that lapses).
 */
@Component
class DeadlineWatchPlugin extends AbstractProcessEnginePlugin {

  static final String UNWATCHED_PROPERTY = "deadlineWatch";

  private final ObjectProvider<DeadlineWatch> watch;

  DeadlineWatchPlugin(ObjectProvider<DeadlineWatch> watch) {
    this.watch = watch;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    UserTaskDecorator.onEveryUserTask(configuration, (processKey, task, properties) -> {
      if (task.getDueDateExpression() != null && !DeadlineWatch.PROCESS.equals(processKey)
          && !"false".equals(properties.get(UNWATCHED_PROPERTY))) {
        task.addTaskListener(TaskListener.EVENTNAME_CREATE, delegate -> watch.getObject().start(delegate));
        task.addTaskListener(TaskListener.EVENTNAME_COMPLETE, delegate -> watch.getObject().close(delegate));
        task.addTaskListener(TaskListener.EVENTNAME_DELETE, delegate -> watch.getObject().close(delegate));
      }
    });
  }
}
