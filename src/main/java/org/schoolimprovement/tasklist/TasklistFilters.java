package org.schoolimprovement.tasklist;

import static org.camunda.bpm.engine.authorization.Resources.FILTER;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.schoolimprovement.school.TrustRole;
import org.schoolimprovement.system.Grants;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Tasklist filters staff start with, created or updated at every start and readable by the roles each
 * is for. A filter runs as the signed-in user, so it lists only tasks they may see; each shows the school
 * and the step, earliest due first.
 */
@Component
@Order(5)
class TasklistFilters implements ApplicationRunner {

  private static final Set<TrustRole> EVERYONE = EnumSet.allOf(TrustRole.class);

  private record Definition(String name, int priority, String description, Set<TrustRole> roles,
      Function<TaskQuery, TaskQuery> query) {
  }

  private static final List<Definition> FILTERS = List.of(
      new Definition("My tasks", 1, "Tasks assigned to you", EVERYONE,
          query -> query.taskAssigneeExpression("${currentUser()}")),
      new Definition("My school", 2, "Your school's tasks, for you or anyone else in the school's leadership",
          EnumSet.of(TrustRole.HEADTEACHER),
          query -> query.taskCandidateGroupInExpression("${currentUserGroups()}")),
      new Definition("My schools", 2, "Every open task at the schools in your portfolio, whoever holds it",
          EnumSet.of(TrustRole.DIRECTOR_OF_EDUCATION),
          query -> query.taskCandidateUserExpression("${currentUser()}").includeAssignedTasks()),
      new Definition("My group tasks", 2, "Tasks for your role that anyone in the group may do",
          EnumSet.complementOf(EnumSet.of(TrustRole.HEADTEACHER, TrustRole.DIRECTOR_OF_EDUCATION)),
          query -> query.taskCandidateGroupInExpression("${currentUserGroups()}")),
      new Definition("Due this week", 3, "Tasks you may see that fall due in the next seven days", EVERYONE,
          query -> query.dueAfterExpression("${now()}").dueBeforeExpression("${dateTime().plusDays(7).toDate()}")),
      new Definition("Overdue", 4, "Tasks you may see whose due date has passed", EVERYONE,
          query -> query.dueBeforeExpression("${now()}")),
      new Definition("Escalations", 5, "Overdue work escalated to you: record what you did about it",
          EnumSet.of(TrustRole.DIRECTOR_OF_EDUCATION, TrustRole.CEO, TrustRole.ADMIN),
          query -> query.taskDefinitionKeyIn("Task_ResolveOverdueDirector", "Task_ResolveOverdueCeo")),
      new Definition("Deployments", 6, "Your deployments to schools: accept them, then log the outcome",
          EnumSet.of(TrustRole.SLE, TrustRole.ADMIN),
          query -> query.taskAssigneeExpression("${currentUser()}")
              .taskDefinitionKeyIn("Task_AcceptDeployment", "Task_LogDeploymentOutcome")));

  private final FilterService filters;
  private final TaskService tasks;
  private final Grants grants;

  TasklistFilters(FilterService filters, TaskService tasks, Grants grants) {
    this.filters = filters;
    this.tasks = tasks;
    this.grants = grants;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    for (Definition definition : FILTERS) {
      Filter filter = ensure(definition);
      definition.roles().forEach(role -> grants.toGroup(role.groupId(), FILTER, filter.getId(), Permissions.READ));
    }
  }

  private Filter ensure(Definition definition) {
    Filter filter = filters.createFilterQuery().filterName(definition.name()).singleResult();
    if (filter == null) {
      filter = filters.newTaskFilter(definition.name());
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", definition.description());
    properties.put("priority", definition.priority());
    properties.put("refresh", true);
    properties.put("showUndefinedVariable", false);
    properties.put("variables", List.of(Map.of("name", "schoolName", "label", "School"),
        Map.of("name", "stepName", "label", "Step")));
    filter.setProperties(properties);
    filter.setQuery(definition.query().apply(tasks.createTaskQuery()).orderByDueDate().asc());
    return filters.saveFilter(filter);
  }
}
