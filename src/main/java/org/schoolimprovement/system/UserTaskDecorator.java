package org.schoolimprovement.system;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Applies one behaviour to every user task of every deployed process, when the BPMN is parsed: a pattern
 * written once in Java instead of copied into each diagram.
 */
public final class UserTaskDecorator {

  private UserTaskDecorator() {
  }

  /** Call from a plugin's preInit; {@code decorate} gets the process key and the task's definition. */
  public static void onEveryUserTask(ProcessEngineConfigurationImpl configuration,
      BiConsumer<String, TaskDefinition> decorate) {
    List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        String processKey = ((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey();
        decorate.accept(processKey, ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition());
      }
    });
    configuration.setCustomPreBPMNParseListeners(listeners);
  }
}
