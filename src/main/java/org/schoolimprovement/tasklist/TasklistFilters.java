package org.schoolimprovement.tasklist;

import static org.camunda.bpm.engine.authorization.Resources.FILTER;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * The Tasklist filters every member of staff starts with, created once at start-up and readable by every
 * role: the tasks assigned to them, and the tasks their groups (their school, their role) may claim. Both
 * list the earliest due first and show the school.
 */
@Component
@Order(5)
class TasklistFilters implements ApplicationRunner {

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
    Filter mine = ensure("My tasks", 1, "Tasks assigned to you, earliest due first",
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
    Filter groups = ensure("My group tasks", 2, "Tasks for your school or your role that anyone in the group may do",
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").orderByDueDate().asc());
    for (TrustRole role : TrustRole.values()) {
      grants.toGroup(role.groupId(), FILTER, mine.getId(), Permissions.READ);
      grants.toGroup(role.groupId(), FILTER, groups.getId(), Permissions.READ);
    }
  }

  private Filter ensure(String name, int priority, String description, TaskQuery query) {
    Filter filter = filters.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filters.newTaskFilter(name);
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("refresh", true);
    properties.put("variables", List.of(Map.of("name", "schoolName", "label", "School")));
    filter.setProperties(properties);
    filter.setQuery(query);
    return filters.saveFilter(filter);
  }
}
