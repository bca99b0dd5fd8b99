package org.schoolimprovement.tasklist;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.schoolimprovement.calendar.AcademicCalendar;
import org.schoolimprovement.system.Oversight;
import org.schoolimprovement.system.UserTaskDecorator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every task says which school it is for, in every process: "Complete self-audit: Oakfield Primary School".
 * Its description says what is expected and by when. The step it belongs to is kept on the task, where
 * Tasklist's lists show it, and the school's director oversees it (their "My schools" filter, {@link Oversight}).
 */
@Component
class TaskNamesPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<AcademicCalendar> calendar;

  TaskNamesPlugin(ObjectProvider<AcademicCalendar> calendar) {
    this.calendar = calendar;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    UserTaskDecorator.onEveryUserTask(configuration,
        (processKey, task, properties) -> task.addTaskListener(TaskListener.EVENTNAME_CREATE, this::describe));
  }

  void describe(DelegateTask task) {
    Object school = task.getVariable("schoolName");
    if (school != null && task.getName() != null && !task.getName().contains(school.toString())) {
      task.setName(task.getName() + ": " + school);
    }
    if (task.getDescription() != null && task.getDueDate() != null) {
      task.setDescription(task.getDescription() + " Due by " + calendar.getObject().describe(task.getDueDate())
          + ". The form says what each answer needs.");
    }
    Object step = task.getVariable("stepName");
    if (step != null) {
      task.setVariableLocal("stepName", step);
    }
    // Camunda deletes a task's links and the grants they brought with the task. A task the director holds is
    // linked too: "My schools" lists every task they are linked to.
    Object director = task.getVariable("directorOfEducation");
    if (director != null) {
      Oversight.link(task, director.toString());
    }
  }
}
