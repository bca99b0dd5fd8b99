package org.schoolimprovement.cycle;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.schoolimprovement.calendar.AcademicCalendar;
import org.schoolimprovement.calendar.AcademicYear;
import org.schoolimprovement.calendar.Term;
import org.springframework.stereotype.Component;

/**
 * Due dates of the cycle's tasks, from the academic calendar and the configured rules. The BPMN names the rule:
 * {@code camunda:dueDate="${deadlines.due(execution, 'plan')}"}.
 */
@Component("deadlines")
public class Deadlines {

  private final AcademicCalendar calendar;
  private final CycleProperties properties;

  public Deadlines(AcademicCalendar calendar, CycleProperties properties) {
    this.calendar = calendar;
    this.properties = properties;
  }

  /** The due date for a task of the cycle, at the configured due time. */
  public Date due(VariableScope execution, String rule) {
    if (properties.demoDueIn() != null) {
      return Date.from(ClockUtil.getCurrentTime().toInstant().plus(properties.demoDueIn()));
    }
    return at(dueDate(execution, rule), properties.dueTime());
  }

  /** When the six-month category re-review opens. */
  public Date reReviewStarts(VariableScope execution) {
    return at(dueDate(execution, "re-review-starts"), properties.dayStarts());
  }

  /** The configured due time on a day: when work due that day falls due. */
  public Date dueOn(LocalDate day) {
    return at(day, properties.dueTime());
  }

  /** The start of a school day: when a timer waiting for that day fires. */
  public Date startOf(LocalDate day) {
    return at(day, properties.dayStarts());
  }

  LocalDate dueDate(VariableScope execution, String ruleName) {
    DeadlineRule rule = properties.deadlines().get(ruleName);
    if (rule == null) {
      throw new IllegalArgumentException("no deadline rule '" + ruleName + "' under trust.cycle.deadlines");
    }
    LocalDate today = today();
    AcademicYear year = AcademicYear.parse((String) execution.getVariable("academicYear"));
    // "By half term" means by the last day before it.
    LocalDate anchor = switch (rule.anchor()) {
      case NOW -> today;
      case VISIT_DATE -> LocalDate.parse((String) execution.getVariable("visitDate"));
      case OCTOBER_HALF_TERM -> calendar.octoberHalfTerm(year).minusDays(1);
      case TERM_END -> calendar.endOfTerm(year, Term.valueOf((String) execution.getVariable("term")));
      case SPRING_HALF_TERM -> calendar.halfTermStart(year, Term.SPRING).minusDays(1);
      case SPRING_TERM_END -> calendar.endOfTerm(year, Term.SPRING);
      case SUMMER_HALF_TERM -> calendar.halfTermStart(year, Term.SUMMER).minusDays(1);
      case SUMMER_TERM_END -> calendar.endOfTerm(year, Term.SUMMER);
    };
    // A deadline never slips into a holiday: from a non-working day, count from the working day before it.
    LocalDate start = calendar.lastWorkingDayOnOrBefore(anchor.minusDays(rule.daysBefore()));
    LocalDate due = calendar.addWorkingDays(start, rule.workingDays());
    LocalDate earliest = calendar.addWorkingDays(today, rule.atLeastWorkingDays());
    return due.isBefore(earliest) ? earliest : due;
  }

  LocalDate today() {
    return calendar.today();
  }

  private Date at(LocalDate date, LocalTime time) {
    return Date.from(date.atTime(time).atZone(calendar.zone()).toInstant());
  }
}
