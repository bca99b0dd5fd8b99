package org.schoolimprovement.school;

import org.schoolimprovement.system.ApiException;
import org.springframework.http.HttpStatus;

public class SchoolAccessDeniedException extends ApiException {

  public SchoolAccessDeniedException(String urn) {
    super(HttpStatus.FORBIDDEN, "urn", "you may not see school " + urn);
  }
}
