package org.schoolimprovement.school;

import org.schoolimprovement.system.ApiException;
import org.springframework.http.HttpStatus;

public class SchoolNotFoundException extends ApiException {

  public SchoolNotFoundException(String urn) {
    super(HttpStatus.NOT_FOUND, "urn", "no school with URN " + urn);
  }
}
