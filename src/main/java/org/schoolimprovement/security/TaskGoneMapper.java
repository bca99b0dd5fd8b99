package org.schoolimprovement.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.schoolimprovement.system.DatabaseOutage;

/**
 * Completing or submitting a task someone else has just completed: depending on the moment, Camunda's REST
 * API answers 500 (task not found), 403 (the task's permissions went with it) or 500 (optimistic locking).
 * We answer 409 and say who completed it and when; 404 when there never was such a task. Anything else is
 * answered as Camunda would. These mappers take precedence over Camunda's own.
 */
final class TaskGoneMapper {

  private TaskGoneMapper() {
  }

  @Provider
  @Priority(1)
  public static class WhenNotFound implements ExceptionMapper<RestException> {

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(RestException exception) {
      if (DatabaseOutage.isCause(exception)) {
        return DatabaseOutage.unavailable(exception);
      }
      String taskId = taskIdOf(uri);
      if (taskId != null && exception.getCause() instanceof OptimisticLockingException) {
        return ConcurrentChangeMapper.conflict();
      }
      if (taskId != null && exception.getCause() instanceof NullValueException) {
        return gone(taskId);
      }
      return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }
  }

  @Provider
  @Priority(1)
  public static class WhenUnauthorized implements ExceptionMapper<AuthorizationException> {

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(AuthorizationException exception) {
      String taskId = taskIdOf(uri);
      HistoricTaskInstance done = taskId == null ? null : completed(taskId);
      if (done != null && ProcessEngines.getDefaultProcessEngine().getTaskService().createTaskQuery().taskId(taskId).count() == 0) {
        return alreadyCompleted(done);
      }
      return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }
  }

  /** The task id of {@code task/{id}/complete} or {@code task/{id}/submit-form}. */
  static String taskIdOf(UriInfo uri) {
    List<String> segments = uri == null ? List.of() : uri.getPathSegments().stream().map(Object::toString).toList();
    int task = segments.indexOf("task");
    if (task < 0 || task + 2 >= segments.size()) {
      return null;
    }
    String action = segments.get(task + 2);
    return action.equals("complete") || action.equals("submit-form") ? segments.get(task + 1) : null;
  }

  private static HistoricTaskInstance completed(String taskId) {
    HistoricTaskInstance task = ProcessEngines.getDefaultProcessEngine().getHistoryService().createHistoricTaskInstanceQuery()
        .taskId(taskId).singleResult();
    return task == null || task.getEndTime() == null ? null : task;
  }

  private static Response gone(String taskId) {
    HistoricTaskInstance done = completed(taskId);
    return done == null ? json(Response.Status.NOT_FOUND, "TaskNotFound", "taskId: there is no task " + taskId)
        : alreadyCompleted(done);
  }

  private static Response alreadyCompleted(HistoricTaskInstance done) {
    String by = done.getAssignee() == null ? "" : " by " + done.getAssignee();
    return json(Response.Status.CONFLICT, "TaskAlreadyCompleted", "taskId: the task '" + done.getName()
        + "' was already completed" + by + " at " + done.getEndTime().toInstant() + "; nothing was changed");
  }

  private static Response json(Response.Status status, String type, String message) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("type", type, "message", message)).build();
  }
}
