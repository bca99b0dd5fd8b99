package org.schoolimprovement.system;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
class ApiErrorHandler {

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ApiError> refused(ApiException e) {
    return ResponseEntity.status(e.status()).body(new ApiError(e.getClass().getSimpleName(), e.getMessage(), e.field()));
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ApiError> invalidBody(MethodArgumentNotValidException e) {
    var error = e.getBindingResult().getFieldErrors().get(0);
    return badRequest("ValidationException", error.getField() + ": " + error.getDefaultMessage(), error.getField());
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<ApiError> invalid(ConstraintViolationException e) {
    ConstraintViolation<?> violation = e.getConstraintViolations().iterator().next();
    String path = violation.getPropertyPath().toString();
    String field = path.substring(path.lastIndexOf('.') + 1);
    return badRequest("ValidationException", field + ": " + violation.getMessage(), field);
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<ApiError> illegal(IllegalArgumentException e) {
    return badRequest("InvalidRequestException", e.getMessage(), null);
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<ApiError> forbidden(AuthorizationException e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(new ApiError("AuthorizationException", e.getMessage(), null));
  }

  /** The database is unreachable: 503 and a message saying nothing was changed; anything else is a bug (500). */
  @ExceptionHandler({DataAccessException.class, TransactionException.class, ProcessEngineException.class})
  ResponseEntity<ApiError> databaseUnavailable(RuntimeException e) {
    if (!DatabaseOutage.isCause(e)) {
      throw e;
    }
    DatabaseOutage.logAnswered(e);
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30")
        .body(new ApiError("DatabaseUnavailable", DatabaseOutage.MESSAGE, null));
  }

  private static ResponseEntity<ApiError> badRequest(String type, String message, String field) {
    return ResponseEntity.badRequest().body(new ApiError(type, message, field));
  }
}
