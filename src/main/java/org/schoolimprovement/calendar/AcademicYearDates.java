package org.schoolimprovement.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One configured academic year: its three terms and any extra closure days (bank holidays, INSET).
 */
public record AcademicYearDates(String year, TermDates autumn, TermDates spring, TermDates summer, List<LocalDate> closures) {

  public AcademicYearDates {
    AcademicYear parsed = AcademicYear.parse(year);
    Objects.requireNonNull(autumn, "autumn must be set");
    Objects.requireNonNull(spring, "spring must be set");
    Objects.requireNonNull(summer, "summer must be set");
    closures = closures == null ? List.of() : List.copyOf(closures);
    if (!spring.starts().isAfter(autumn.ends()) || !summer.starts().isAfter(spring.ends())) {
      throw new IllegalArgumentException("terms of " + year + " must follow each other: autumn, then spring, then summer");
    }
    if (!parsed.contains(autumn.starts()) || !parsed.contains(summer.ends())) {
      throw new IllegalArgumentException("terms of " + year + " must lie between " + parsed.firstDay() + " and " + parsed.lastDay());
    }
  }

  public AcademicYear academicYear() {
    return AcademicYear.parse(year);
  }

  public TermDates term(Term term) {
    return Map.of(Term.AUTUMN, autumn, Term.SPRING, spring, Term.SUMMER, summer).get(term);
  }

  boolean isTeachingDay(LocalDate date) {
    return !closures.contains(date)
        && (autumn.isTeachingDay(date) || spring.isTeachingDay(date) || summer.isTeachingDay(date));
  }
}
