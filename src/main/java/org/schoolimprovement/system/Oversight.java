package org.schoolimprovement.system;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A school's director oversees every task at the school: each task names the director as a candidate user
 * through {@link #link}, and that link lets them read the task, never work on it (Camunda's default lets a
 * candidate user claim and complete it, as it still does for a candidate user added any other way).
 *
 * <p>Their "My schools" filter lists the tasks they are a candidate for, which the database finds by the link's
 * index on the user. Camunda's "involved user" criterion, used before with a link type of our own, is an
 * {@code OR} across the task and its links that made PostgreSQL go through every open task in the trust and every
 * link at each list view (108 ms against 33 for a director at 52,000 open tasks).
 */
@Component
public class Oversight extends AbstractProcessEnginePlugin {

  public static final String TYPE = IdentityLinkType.CANDIDATE;

  private static final ThreadLocal<Boolean> OVERSEEING = ThreadLocal.withInitial(() -> false);

  /** Links the director to a task, from one of its listeners: they may read it, never work on it. */
  public static void link(DelegateTask task, String director) {
    oversee(() -> task.addUserIdentityLink(director, TYPE));
  }

  /** Links the director to an open task: they may read it, never work on it. */
  public static void link(TaskService tasks, String taskId, String director) {
    oversee(() -> tasks.addUserIdentityLink(taskId, director, TYPE));
  }

  /** Takes the director's link off a task; Camunda leaves the grant it brought, which {@link Grants} revokes. */
  public static void unlink(TaskService tasks, String taskId, String director) {
    tasks.deleteUserIdentityLink(taskId, director, TYPE);
  }

  /** Runs {@code addLink}, which adds candidate-user links for overseers: read-only ones. */
  private static void oversee(Runnable addLink) {
    OVERSEEING.set(true);
    try {
      addLink.run();
    } finally {
      OVERSEEING.remove();
    }
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new ReadOnlyForOverseers());
  }

  static class ReadOnlyForOverseers extends DefaultAuthorizationProvider {
    @Override
    public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
      if (!(TYPE.equals(type) && OVERSEEING.get())) {
        return super.newTaskUserIdentityLink(task, userId, type);
      }
      return new AuthorizationEntity[] {
          createOrUpdateAuthorization(task, userId, null, Resources.TASK, false, Permissions.READ)};
    }
  }
}
