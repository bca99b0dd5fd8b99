package org.schoolimprovement.system;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A school's director oversees every task at the school: each task carries a link of the type {@value #TYPE} to
 * the director, which lets them read it, never work on it (Camunda gives any other user link the right to
 * complete the task). Their "My schools" filter lists the tasks they are linked to, so the database finds a
 * director's tasks by the link's index instead of checking every open task in the trust against their grants.
 */
@Component
public class Oversight extends AbstractProcessEnginePlugin {

  public static final String TYPE = "overseer";

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
