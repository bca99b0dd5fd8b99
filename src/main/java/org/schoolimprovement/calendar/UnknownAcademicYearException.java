package org.schoolimprovement.calendar;

public class UnknownAcademicYearException extends RuntimeException {

  public UnknownAcademicYearException(AcademicYear year) {
    super("No term dates are configured for " + year + ": add them under trust.calendar.years");
  }
}
