package org.schoolimprovement.escalation;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts every time-bound user task of every process under a deadline watch, so no diagram repeats the
 * escalation: a user task with a due date starts an {@value DeadlineWatch#PROCESS} instance when it is
 * created and closes it when it is completed or deleted. The escalation process itself is not watched.
 */
@Component
class DeadlineWatchPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<DeadlineWatch> watch;

  DeadlineWatchPlugin(ObjectProvider<DeadlineWatch> watch) {
    this.watch = watch;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        boolean timeBound = task.getDueDateExpression() != null;
        if (timeBound && !DeadlineWatch.PROCESS.equals(((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey())) {
          task.addTaskListener(TaskListener.EVENTNAME_CREATE, delegate -> watch.getObject().start(delegate));
          task.addTaskListener(TaskListener.EVENTNAME_COMPLETE, delegate -> watch.getObject().close(delegate));
          task.addTaskListener(TaskListener.EVENTNAME_DELETE, delegate -> watch.getObject().close(delegate));
        }
      }
    });
    configuration.setCustomPreBPMNParseListeners(listeners);
  }
}
