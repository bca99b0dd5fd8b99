package org.schoolimprovement.school;

import static org.camunda.bpm.engine.authorization.Resources.TASK;

import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.schoolimprovement.system.ApiException;
import org.schoolimprovement.system.Grants;
import org.schoolimprovement.system.Oversight;
import org.schoolimprovement.system.SystemAccess;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A school moves to another director's portfolio: the school record, every process instance of the school
 * (running or finished: its cycles, QA visits, escalation watches), the director's open tasks and the
 * director's read access all move with it. The old director keeps nothing of the school.
 */
@Service
public class PortfolioChange {

  private static final String WATCH = "overdueEscalation";

  public record Moved(String urn, String from, String to, int processInstances, int tasksReassigned) {
  }

  private final SchoolRepository schools;
  private final IdentityService identityService;
  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final TaskService taskService;
  private final Grants grants;
  private final SystemAccess systemAccess;

  PortfolioChange(SchoolRepository schools, IdentityService identityService, RuntimeService runtimeService,
      HistoryService historyService, TaskService taskService, Grants grants, SystemAccess systemAccess) {
    this.schools = schools;
    this.identityService = identityService;
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.taskService = taskService;
    this.grants = grants;
    this.systemAccess = systemAccess;
  }

  @Transactional
  public Moved move(String urn, String director) {
    School school = schools.findById(urn).orElseThrow(() -> new SchoolNotFoundException(urn));
    String from = school.directorOfEducation();
    return systemAccess.call(() -> {
      if (director == null || identityService.createUserQuery().userId(director)
          .memberOfGroup(TrustRole.DIRECTOR_OF_EDUCATION.groupId()).count() != 1) {
        throw new ApiException(HttpStatus.BAD_REQUEST, "director", "'" + director + "' is not a director of education");
      }
      if (director.equals(from)) {
        throw new ApiException(HttpStatus.BAD_REQUEST, "director", school.name() + " is already in " + director + "'s portfolio");
      }
      school.moveTo(director);
      Set<String> instances = instancesOf(urn);
      int reassigned = 0;
      for (String instance : instances) {
        grants.instanceFromUser(from, instance);
        grants.instanceToUser(director, instance);
        if (runtimeService.createProcessInstanceQuery().processInstanceId(instance).count() == 1) {
          if (runtimeService.getVariable(instance, "directorOfEducation") != null) {
            runtimeService.setVariable(instance, "directorOfEducation", director);
          }
          for (Task task : taskService.createTaskQuery().processInstanceId(instance).list()) {
            Oversight.unlink(taskService, task.getId(), from);
            grants.revokeFromUser(from, TASK, task.getId());
            if (from.equals(task.getAssignee())) {
              taskService.setAssignee(task.getId(), director);
              reassigned++;
            }
            Oversight.link(taskService, task.getId(), director);
          }
        }
      }
      return new Moved(urn, from, director, instances.size(), reassigned);
    });
  }

  /** Every process instance about the school, running or finished. */
  private Set<String> instancesOf(String urn) {
    Set<String> ids = new LinkedHashSet<>();
    historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKeyLike(urn + "-%").list().stream()
        .map(HistoricProcessInstance::getId).forEach(ids::add);
    // Deadline watches with an escalation open: a watch's business key is the id of the task it watches.
    String[] openTasks = ids.isEmpty() ? new String[0] : taskService.createTaskQuery()
        .processInstanceIdIn(ids.toArray(String[]::new)).list().stream().map(Task::getId).toArray(String[]::new);
    if (openTasks.length > 0) {
      taskService.createTaskQuery().processDefinitionKey(WATCH).processInstanceBusinessKeyIn(openTasks).list().stream()
          .map(Task::getProcessInstanceId).forEach(ids::add);
    }
    // Watches started before the watch stopped carrying the school's URN as a variable, running or not.
    historyService.createHistoricProcessInstanceQuery().processDefinitionKey(WATCH)
        .variableValueEquals("urn", urn).list().stream().map(HistoricProcessInstance::getId).forEach(ids::add);
    return ids;
  }
}
