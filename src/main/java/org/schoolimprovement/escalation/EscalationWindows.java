package org.schoolimprovement.escalation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.schoolimprovement.calendar.AcademicCalendar;
import org.springframework.stereotype.Component;

/**
 * When an overdue task reaches each level: {@code ${escalationWindows.at(execution, 1)}} is the director's
 * turn, {@code 2} the CEO's, counted in working days (skipping weekends and holidays) from the due date.
 */
@Component("escalationWindows")
public class EscalationWindows {

  private final AcademicCalendar calendar;
  private final EscalationProperties properties;
  private final OverdueTasks overdue;
  private final ZoneId zone;

  public EscalationWindows(AcademicCalendar calendar, EscalationProperties properties, OverdueTasks overdue) {
    this.calendar = calendar;
    this.properties = properties;
    this.overdue = overdue;
    this.zone = calendar.zone();
  }

  public Date at(VariableScope watch, int level) {
    OverdueTask task = overdue.of(watch);
    EscalationProperties.Windows windows = properties.windowsFor(task.taskDefinitionKey());
    int after = level == 1 ? windows.directorAfter() : windows.ceoAfter();
    Instant due = task.dueDate().toInstant();
    if (properties.unit() == EscalationProperties.Unit.MINUTES) {
      return Date.from(due.plusSeconds(60L * after));
    }
    ZonedDateTime dueAt = due.atZone(zone);
    LocalDate day = calendar.addWorkingDays(dueAt.toLocalDate(), after);
    return Date.from(day.atTime(dueAt.toLocalTime()).atZone(zone).toInstant());
  }
}
