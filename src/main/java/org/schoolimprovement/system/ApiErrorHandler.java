package org.schoolimprovement.system;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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

  private static ResponseEntity<ApiError> badRequest(String type, String message, String field) {
    return ResponseEntity.badRequest().body(new ApiError(type, message, field));
  }
}
