package org.schoolimprovement.system;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A school's director oversees every task at the school: each task names the director as a candidate user, a
 * link that here lets them read it, never work on it. Work is given only through candidate groups and assignees
 * (no model names a candidate user), so every candidate user is an overseer; Camunda's default would let them
 * claim and complete the task.
 *
 * <p>Their "My schools" filter lists the tasks they are a candidate for, which the database finds by the link's
 * index on the user. Camunda's "involved user" criterion, used before, is an {@code OR} across the task and its
 * links that made PostgreSQL merge every open task in the trust with every link at each list view.
 */
@Component
public class Oversight extends AbstractProcessEnginePlugin {

  public static final String TYPE = IdentityLinkType.CANDIDATE;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new ReadOnlyForOverseers());
  }

  static class ReadOnlyForOverseers extends DefaultAuthorizationProvider {
    @Override
    public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
      if (!TYPE.equals(type)) {
        return super.newTaskUserIdentityLink(task, userId, type);
      }
      return new AuthorizationEntity[] {
          createOrUpdateAuthorization(task, userId, null, Resources.TASK, false, Permissions.READ)};
    }
  }
}
