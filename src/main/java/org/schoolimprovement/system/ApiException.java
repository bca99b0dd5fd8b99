package org.schoolimprovement.system;

import org.springframework.http.HttpStatus;

/** A refusal our REST API answers with a status and a message naming the field and the rule. */
public class ApiException extends RuntimeException {

  private final HttpStatus status;
  private final String field;

  public ApiException(HttpStatus status, String field, String message) {
    super(message);
    this.status = status;
    this.field = field;
  }

  public HttpStatus status() {
    return status;
  }

  public String field() {
    return field;
  }
}
