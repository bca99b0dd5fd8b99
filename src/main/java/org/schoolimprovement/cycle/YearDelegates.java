package org.schoolimprovement.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.schoolimprovement.calendar.AcademicYear;
import org.schoolimprovement.system.FormInput;
import org.springframework.stereotype.Component;

/** The trust year process's glue. */
final class YearDelegates {

  private YearDelegates() {
  }

  /**
   * Opens the year given on the start form, or for the timer the year of today. A second start by a user is
   * refused with a message on the start form (HTTP 400) and nothing is started; a timer that finds the year
   * already open (the CEO started it early) ends quietly.
   */
  @Component("openImprovementYear")
  static class OpenImprovementYear implements JavaDelegate {

    private final ImprovementYearService years;
    private final Deadlines deadlines;

    OpenImprovementYear(ImprovementYearService years, Deadlines deadlines) {
      this.years = years;
      this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
      String startedBy = (String) execution.getVariable("startedBy");
      boolean byUser = startedBy != null;
      AcademicYear year;
      try {
        Object given = execution.getVariable("academicYear");
        year = given == null ? AcademicYear.containing(deadlines.today()) : AcademicYear.parse(given.toString());
      } catch (IllegalArgumentException e) {
        throw FormInput.invalid("academicYear", e.getMessage());
      }
      execution.setVariable("academicYear", year.toString());
      if (!byUser && years.isOpen(year)) {
        execution.setVariable("yearAlreadyOpen", true);
        return;
      }
      try {
        years.open(year, startedBy, execution.getProcessInstanceId());
      } catch (ImprovementYearService.YearNotOpenable e) {
        throw new FormFieldValidationException("academicYear", e.getMessage());
      }
      execution.setProcessBusinessKey(year.toString());
      execution.setVariable("yearAlreadyOpen", false);
    }
  }

  @Component("improvementYearCompleted")
  static class ImprovementYearCompleted implements ExecutionListener {

    private final ImprovementYearService years;

    ImprovementYearCompleted(ImprovementYearService years) {
      this.years = years;
    }

    @Override
    public void notify(DelegateExecution execution) {
      years.complete((String) execution.getVariable("academicYear"));
    }
  }
}
