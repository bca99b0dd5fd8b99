package org.schoolimprovement.system;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
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
      Consumer<Authorization> owner) {
    // Inside a process the grant is the process's doing: the signed-in user needs no permission for it.
    AsProcess.run(() -> save(query, resource, resourceId, permissions, owner));
  }

  private void save(AuthorizationQuery query, Resource resource, String resourceId, Permission[] permissions,
      Consumer<Authorization> owner) {
    Authorization authorization = query.resourceType(resource).resourceId(resourceId)
        .authorizationType(Authorization.AUTH_TYPE_GRANT).singleResult();
    if (authorization == null) {
      authorization = newGrant(owner, resource, resourceId);
    } else if (Arrays.stream(permissions).allMatch(authorization::isPermissionGranted)) {
      // Unchanged (the role grants at every start): rewriting it would leave a dead row behind each time, which
      // every permission check on '*' then reads past until PostgreSQL vacuums the table.
      return;
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

  /** A user may read a process instance, running and in history: a director their school's work. */
  public void instanceToUser(String userId, String processInstanceId) {
    toUser(userId, Resources.PROCESS_INSTANCE, processInstanceId, Permissions.READ);
    toUser(userId, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId, HistoricProcessInstancePermissions.READ);
  }

  /**
   * A group may read a process instance that starts in this transaction, running and in history: a school's staff
   * their school's work. The instance has no grants yet, so none is looked for first.
   */
  public void startingInstanceToGroup(String groupId, String processInstanceId) {
    startingInstanceTo(authorization -> authorization.setGroupId(groupId), processInstanceId);
  }

  /** As {@link #instanceToUser}, for an instance that starts in this transaction (see {@link #startingInstanceToGroup}). */
  public void startingInstanceToUser(String userId, String processInstanceId) {
    startingInstanceTo(authorization -> authorization.setUserId(userId), processInstanceId);
  }

  /**
   * Inserts both grants in the engine command that starts the instance, as Camunda's {@code saveAuthorization}
   * would after checking them, less its look for the instance's history to copy the root instance and removal time
   * from: that history is not yet written in this transaction, so the look always found nothing (one query a
   * grant on history, two a school at the year's start) and left both empty, as they are here. No operation log
   * entry names the signed-in user as the grant's author: the process grants it.
   */
  private void startingInstanceTo(Consumer<Authorization> owner, String processInstanceId) {
    CommandContext command = Context.getCommandContext();
    if (command == null) {
      throw new IllegalStateException("Grants on process instance " + processInstanceId
          + " are made by the step that starts it, inside the engine");
    }
    AuthorizationManager manager = command.getAuthorizationManager();
    for (Authorization grant : List.of(newGrant(owner, Resources.PROCESS_INSTANCE, processInstanceId, Permissions.READ),
        newGrant(owner, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId, HistoricProcessInstancePermissions.READ))) {
      manager.validateResourceCompatibility((AuthorizationEntity) grant);
      manager.insert((AuthorizationEntity) grant);
    }
  }

  private Authorization newGrant(Consumer<Authorization> owner, Resource resource, String resourceId,
      Permission... permissions) {
    Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    owner.accept(authorization);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    return authorization;
  }

  /** Takes back {@link #instanceToUser}. */
  public void instanceFromUser(String userId, String processInstanceId) {
    revokeFromUser(userId, Resources.PROCESS_INSTANCE, processInstanceId);
    revokeFromUser(userId, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId);
  }
}
