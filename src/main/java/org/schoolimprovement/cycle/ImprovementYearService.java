package org.schoolimprovement.cycle;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.schoolimprovement.calendar.AcademicCalendar;
import org.schoolimprovement.calendar.AcademicYear;
import org.schoolimprovement.school.SchoolService;
import org.schoolimprovement.system.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens the trust's academic year, once, and names the schools whose cycles it runs. */
@Service
public class ImprovementYearService {

  private final ImprovementYearRepository years;
  private final SchoolService schools;
  private final AcademicCalendar calendar;

  ImprovementYearService(ImprovementYearRepository years, SchoolService schools, AcademicCalendar calendar) {
    this.years = years;
    this.schools = schools;
    this.calendar = calendar;
  }

  /** Why a year cannot be opened: already open, or no term dates for it. */
  public static class YearNotOpenable extends RuntimeException {
    YearNotOpenable(String message) {
      super(message);
    }
  }

  /**
   * Records the year as open. Refuses a year that is already open (the primary key makes this hold even for
   * two starts at once) or that has no term dates configured.
   */
  @Transactional
  public void open(AcademicYear year, String startedBy, String processInstanceId) {
    if (!calendar.isConfigured(year)) {
      throw new YearNotOpenable("No term dates are configured for " + year + ": add them under trust.calendar.years first");
    }
    Optional<ImprovementYear> existing = years.findById(year.toString());
    if (existing.isPresent()) {
      ImprovementYear open = existing.get();
      throw new YearNotOpenable("The improvement year " + year + " was already started on "
          + DateTimeFormatter.ISO_LOCAL_DATE.format(open.startedAt().atZone(java.time.ZoneOffset.UTC))
          + (open.startedBy() == null ? " by its timer" : " by " + open.startedBy()));
    }
    years.saveAndFlush(new ImprovementYear(year.toString(), processInstanceId, startedBy, Clock.now()));
  }

  @Transactional(readOnly = true)
  public boolean isOpen(AcademicYear year) {
    return years.existsById(year.toString());
  }

  @Transactional
  public void complete(String academicYear) {
    years.findById(academicYear).ifPresent(year -> year.complete(Clock.now()));
  }

  /** The active schools, whose cycles the year starts. */
  public List<String> schoolUrns() {
    return schools.activeUrns();
  }
}
