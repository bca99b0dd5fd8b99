package org.schoolimprovement.system;

import org.camunda.bpm.engine.authorization.Resources;

import org.camunda.bpm.engine.authorization.Permissions;

import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/**
 * Grants Camunda authorizations idempotently: an existing grant for the same group or user and resource is
 * widened instead of duplicated.
 */
@Component
public class Grants {

  private final AuthorizationService authorizations;

  public Grants(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  public void toGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
    AuthorizationQuery query = authorizations.createAuthorizationQuery().groupIdIn(groupId);
    grant(query, resource, resourceId, permissions, authorization -> authorization.setGroupId(groupId));
  }

  public void toUser(String userId, Resource resource, String resourceId, Permission... permissions) {
    AuthorizationQuery query = authorizations.createAuthorizationQuery().userIdIn(userId);
    grant(query, resource, resourceId, permissions, authorization -> authorization.setUserId(userId));
  }

  private void grant(AuthorizationQuery query, Resource resource, String resourceId, Permission[] permissions,
      java.util.function.Consumer<Authorization> owner) {
    // Inside a process the grant is the process's doing: the signed-in user needs no permission for it.
    AsProcess.run(() -> save(query, resource, resourceId, permissions, owner));
  }

  private void save(AuthorizationQuery query, Resource resource, String resourceId, Permission[] permissions,
      java.util.function.Consumer<Authorization> owner) {
    Authorization authorization = query.resourceType(resource).resourceId(resourceId)
        .authorizationType(Authorization.AUTH_TYPE_GRANT).singleResult();
    if (authorization == null) {
      authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      owner.accept(authorization);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizations.saveAuthorization(authorization);
  }

  /** Removes a user's grant on one resource, if there is one. */
  public void revokeFromUser(String userId, Resource resource, String resourceId) {
    AsProcess.run(() -> authorizations.createAuthorizationQuery().userIdIn(userId).resourceType(resource).resourceId(resourceId)
        .authorizationType(Authorization.AUTH_TYPE_GRANT).list()
        .forEach(authorization -> authorizations.deleteAuthorization(authorization.getId())));
  }

  /** A group may read a process instance, running and in history: a school's staff their school's work. */
  public void instanceToGroup(String groupId, String processInstanceId) {
    toGroup(groupId, Resources.PROCESS_INSTANCE, processInstanceId, Permissions.READ);
    toGroup(groupId, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId, HistoricProcessInstancePermissions.READ);
  }

  /** A user may read a process instance, running and in history: a director their school's work. */
  public void instanceToUser(String userId, String processInstanceId) {
    toUser(userId, Resources.PROCESS_INSTANCE, processInstanceId, Permissions.READ);
    toUser(userId, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId, HistoricProcessInstancePermissions.READ);
  }

  /** Takes back {@link #instanceToUser}. */
  public void instanceFromUser(String userId, String processInstanceId) {
    revokeFromUser(userId, Resources.PROCESS_INSTANCE, processInstanceId);
    revokeFromUser(userId, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId);
  }
}
