package org.schoolimprovement.system;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceManager;

/**
 * Camunda's variable manager, reading less: a task created in the running command has no variables in the
 * database, so the first read of its variables does not ask for them.
 *
 * <p>Camunda starts a new execution with an empty set of variables, but not a new task: the first listener to read
 * a variable through the task ({@code task.getVariable}, which looks at the task's own variables before its
 * execution's) sent {@code select ... from ACT_RU_VARIABLE where TASK_ID_ = ?} for a task id the database had never
 * seen. Our listeners do that on every task they name and describe, so it was one statement per task created, three
 * per school at the year's start. A task read from the database still has its variables read from it; a variable set
 * on a new task in the command is kept, as before, in the task's own set.
 */
public class VariableReads extends VariableInstanceManager {

  @Override
  public List<VariableInstanceEntity> findVariableInstancesByTaskId(String taskId) {
    if (NewTasks.isNew(getDbEntityManager(), taskId)) {
      return new ArrayList<>();
    }
    return super.findVariableInstancesByTaskId(taskId);
  }
}
