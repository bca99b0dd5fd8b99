package org.schoolimprovement.system;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * Camunda's authorization manager, reading less.
 *
 * <p>One query fewer per engine command: before any permission check Camunda reads every group id that holds a
 * grant ({@code select distinct GROUP_ID_ from ACT_RU_AUTHORIZATION}, the whole table's group index) to drop the
 * signed-in user's groups that hold none, which keeps the check's {@code GROUP_ID_ IN (...)} short for users in
 * hundreds of directory groups. Our users belong to two or three groups, and a Tasklist list view runs six
 * commands: at 100 schools that read was 4.4 ms each, most of a head's list view, and it grows with the trust.
 * Below {@link #FILTER_FROM} groups the user's groups go into the check as they are; a group without grants
 * matches nothing there, so what anyone may see or do is unchanged. (The same option exists in Camunda 7's
 * community forks as {@code authGroupFilterThreshold}, CIB seven and Operaton #3141; Camunda 7.24 has none:
 * camunda-bpm-platform #5485.)
 *
 * <p>One query fewer per candidate, assignee and overseer of a new task: Camunda grants each of them the task
 * (and its history), and looks for the grant first to widen it rather than add another. A task created in this
 * command is not in the database yet, so neither is any grant on it: that look-up is answered without asking.
 * A grant made earlier in the same command is still found, by Camunda's own look in the command's cache. At the
 * year's start that is five statements fewer per school.
 *
 * <p>A task list of the signed-in user's own candidacies is not checked task by task against their grants (see
 * {@link #configureTaskQuery}).
 */
public class AuthorizationReads extends AuthorizationManager {

  /** From this many groups on, Camunda's own filter applies again. */
  static final int FILTER_FROM = 50;

  @Override
  public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
    if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
      return EMPTY_LIST;
    }
    if (authenticatedGroupIds.size() >= FILTER_FROM) {
      return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
    }
    return new ArrayList<>(authenticatedGroupIds);
  }

  /**
   * A task query that asks only for tasks the signed-in user is a candidate for, by name or through groups they
   * are in, lists them without checking each against the user's grants: every such task carries a grant to read
   * it. Camunda grants a candidate, user or group, READ on the task as it links them (an overseer READ alone,
   * {@link Oversight}), and the app takes a grant away only together with its link ({@code PortfolioChange}). A
   * director's "My schools" and a head's "My school" are such queries. Checked, a director's list view compared
   * each of their 1,300 tasks with their grants, twice (25-35 ms a count on PostgreSQL alone, 80 under load);
   * found by the links alone, a count takes 4 ms. Every other task query is checked as before, among them one for
   * someone else's candidacies, an {@code OR} query and a group pattern; a single task is always checked when it
   * is opened, claimed or completed. (Camunda finds a candidate user's groups in the directory as it runs the
   * query, so a user added to a group since signing in to the webapps lists that group's tasks at once.)
   */
  @Override
  public void configureTaskQuery(TaskQueryImpl query) {
    super.configureTaskQuery(query);
    AuthorizationCheck check = query.getAuthCheck();
    if (check.isAuthorizationCheckEnabled() && onlyTheirCandidacies(query, getCurrentAuthentication())) {
      check.setAuthorizationCheckEnabled(false);
    }
  }

  private static boolean onlyTheirCandidacies(TaskQueryImpl query, Authentication user) {
    if (user == null || query.getQueries().size() != 1 || query.getCandidateGroupLike() != null) {
      return false;
    }
    if (query.getCandidateUser() != null) {
      return query.getCandidateUser().equals(user.getUserId());
    }
    List<String> groups = new ArrayList<>(query.getCandidateGroupsInternal() == null ? List.of()
        : query.getCandidateGroupsInternal());
    if (query.getCandidateGroup() != null) {
      groups.add(query.getCandidateGroup());
    }
    List<String> theirs = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    return !groups.isEmpty() && theirs.containsAll(groups);
  }

  @Override
  public AuthorizationEntity findAuthorization(int type, String userId, String groupId, Resource resource,
      String resourceId) {
    if (isTaskResource(resource) && NewTasks.isNew(getDbEntityManager(), resourceId)) {
      return null;
    }
    return super.findAuthorization(type, userId, groupId, resource, resourceId);
  }

  private static boolean isTaskResource(Resource resource) {
    return resource.resourceType() == Resources.TASK.resourceType()
        || resource.resourceType() == Resources.HISTORIC_TASK.resourceType();
  }
}
