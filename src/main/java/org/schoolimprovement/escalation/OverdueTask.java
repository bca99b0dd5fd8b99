package org.schoolimprovement.escalation;

import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The task a deadline watch is about, as the watch's variables describe it. */
record OverdueTask(String taskId, String taskName, String taskDefinitionKey, String processInstanceId, String urn,
    String schoolName, String directorOfEducation, Date dueDate) {

  static OverdueTask of(VariableScope watch) {
    return new OverdueTask((String) watch.getVariable("taskId"), (String) watch.getVariable("taskName"),
        (String) watch.getVariable("taskDefinitionKey"), (String) watch.getVariable("watchedProcessInstanceId"),
        (String) watch.getVariable("urn"), (String) watch.getVariable("schoolName"),
        (String) watch.getVariable("directorOfEducation"), (Date) watch.getVariable("dueDate"));
  }
}
