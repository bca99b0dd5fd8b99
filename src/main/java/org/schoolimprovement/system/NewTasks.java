package org.schoolimprovement.system;

import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/** Whether a task was created in the running command: it is in the command's cache and not yet in the database. */
final class NewTasks {

  private NewTasks() {
  }

  static boolean isNew(DbEntityManager entities, String taskId) {
    CachedDbEntity task = entities.getDbEntityCache().getCachedEntity(TaskEntity.class, taskId);
    return task != null && task.getEntityState() == DbEntityState.TRANSIENT;
  }
}
