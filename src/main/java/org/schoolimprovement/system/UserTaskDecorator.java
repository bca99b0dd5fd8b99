package org.schoolimprovement.system;

import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
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

  /** What a decoration is given: the process key, the task's definition and its {@code camunda:property} values. */
  @FunctionalInterface
  public interface Decoration {
    void apply(String processKey, TaskDefinition task, Map<String, String> properties);
  }

  /** Call from a plugin's preInit. */
  public static void onEveryUserTask(ProcessEngineConfigurationImpl configuration, Decoration decorate) {
    List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        String processKey = ((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey();
        decorate.apply(processKey, ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition(),
            propertiesOf(userTaskElement));
      }
    });
    configuration.setCustomPreBPMNParseListeners(listeners);
  }

  private static Map<String, String> propertiesOf(Element element) {
    Map<String, String> properties = new HashMap<>();
    Element extensions = element.element("extensionElements");
    Element list = extensions == null ? null : extensions.element("properties");
    if (list != null) {
      list.elements("property").forEach(property -> properties.put(property.attribute("name"), property.attribute("value")));
    }
    return properties;
  }
}
