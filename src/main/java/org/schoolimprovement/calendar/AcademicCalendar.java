package org.schoolimprovement.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;

/**
 * Answers calendar questions from the configured term dates: when a term or half term starts and ends,
 * and which days are working days.
 *
 * <p>A working day is a weekday in term time, outside half terms and closure days. Dates after the last
 * configured year (the trust has not entered its dates yet) count every weekday, so a deadline far in the
 * future still has a date rather than failing.
 */
@Service
public class AcademicCalendar {

  private static final int MAX_WORKING_DAYS = 1_000;
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);

  private final NavigableMap<AcademicYear, AcademicYearDates> years = new TreeMap<>();
  private final ZoneId zone;

  public AcademicCalendar(CalendarProperties properties) {
    this.zone = properties.zone();
    properties.years().forEach(dates -> years.put(dates.academicYear(), dates));
  }

  /** The trust's time zone: deadlines fall due at its local time. */
  public ZoneId zone() {
    return zone;
  }

  /** Today in the trust's zone, by the engine's clock (which tests move). */
  public LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(zone).toLocalDate();
  }

  /** A moment as staff read it in tasks and emails: "Monday 6 October 2025, 17:00". */
  public String describe(Date moment) {
    return MOMENT.format(moment.toInstant().atZone(zone));
  }

  public boolean isConfigured(AcademicYear year) {
    return years.containsKey(year);
  }

  public AcademicYearDates datesOf(AcademicYear year) {
    AcademicYearDates dates = years.get(year);
    if (dates == null) {
      throw new UnknownAcademicYearException(year);
    }
    return dates;
  }

  public LocalDate endOfTerm(AcademicYear year, Term term) {
    return datesOf(year).term(term).ends();
  }

  public LocalDate halfTermStart(AcademicYear year, Term term) {
    return datesOf(year).term(term).halfTermStarts();
  }

  /** The first day of the October half-term holiday: the "by October half term" deadline. */
  public LocalDate octoberHalfTerm(AcademicYear year) {
    return halfTermStart(year, Term.AUTUMN);
  }

  /** The term a date falls in, counting each holiday with the term before it. */
  public Term termOf(LocalDate date) {
    AcademicYearDates dates = datesOf(AcademicYear.containing(date));
    if (date.isBefore(dates.spring().starts())) {
      return Term.AUTUMN;
    }
    return date.isBefore(dates.summer().starts()) ? Term.SPRING : Term.SUMMER;
  }

  public boolean isWorkingDay(LocalDate date) {
    if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
      return false;
    }
    if (years.isEmpty() || date.isAfter(years.lastEntry().getValue().summer().ends())
        || date.isBefore(years.firstEntry().getValue().autumn().starts())) {
      return true;
    }
    Map.Entry<AcademicYear, AcademicYearDates> year = years.floorEntry(AcademicYear.containing(date));
    return year != null && year.getKey().contains(date) && year.getValue().isTeachingDay(date);
  }

  public LocalDate lastWorkingDayOnOrBefore(LocalDate date) {
    LocalDate day = date;
    for (int step = 0; !isWorkingDay(day); step++) {
      if (step > MAX_WORKING_DAYS) {
        throw new IllegalStateException("no working day in the " + MAX_WORKING_DAYS + " days before " + date);
      }
      day = day.minusDays(1);
    }
    return day;
  }

  /**
   * The date {@code workingDays} working days after {@code date}; with 0, the date itself if it is a
   * working day, otherwise the next working day.
   */
  public LocalDate addWorkingDays(LocalDate date, int workingDays) {
    if (workingDays < 0 || workingDays > MAX_WORKING_DAYS) {
      throw new IllegalArgumentException("working days must be between 0 and " + MAX_WORKING_DAYS + ", got " + workingDays);
    }
    LocalDate day = date;
    if (workingDays == 0) {
      while (!isWorkingDay(day)) {
        day = day.plusDays(1);
      }
      return day;
    }
    for (int counted = 0; counted < workingDays; ) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /**
   * The last teaching day of the half term that is on or after {@code date}: the day before each half-term
   * holiday and each term's last day, across every configured year; empty after the last configured one.
   */
  public java.util.Optional<LocalDate> halfTermEndOnOrAfter(LocalDate date) {
    return years.values().stream()
        .flatMap(year -> java.util.stream.Stream.of(Term.values()).map(year::term)
            .flatMap(term -> java.util.stream.Stream.of(term.halfTermStarts().minusDays(1), term.ends())))
        .map(this::lastWorkingDayOnOrBefore)
        .filter(end -> !end.isBefore(date)).sorted().findFirst();
  }
}
