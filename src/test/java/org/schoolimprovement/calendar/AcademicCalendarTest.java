package org.schoolimprovement.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcademicCalendarTest {

  /** The same dates as application.yaml ships with. */
  static final CalendarProperties DATES = new CalendarProperties(null, List.of(
      new AcademicYearDates("2025/26",
          term("2025-09-03", "2025-10-27", "2025-10-31", "2025-12-19"),
          term("2026-01-05", "2026-02-16", "2026-02-20", "2026-03-27"),
          term("2026-04-13", "2026-05-25", "2026-05-29", "2026-07-22"),
          List.of(LocalDate.parse("2026-05-04"))),
      new AcademicYearDates("2026/27",
          term("2026-09-02", "2026-10-26", "2026-10-30", "2026-12-18"),
          term("2027-01-04", "2027-02-15", "2027-02-19", "2027-03-25"),
          term("2027-04-12", "2027-05-31", "2027-06-04", "2027-07-21"),
          List.of(LocalDate.parse("2027-05-03")))));

  private final AcademicCalendar calendar = new AcademicCalendar(DATES);
  private final AcademicYear year = AcademicYear.parse("2026/27");

  static TermDates term(String starts, String halfTermStarts, String halfTermEnds, String ends) {
    return new TermDates(LocalDate.parse(starts), LocalDate.parse(halfTermStarts), LocalDate.parse(halfTermEnds),
        LocalDate.parse(ends));
  }

  @Test
  void answersTermDeadlines() {
    assertThat(calendar.endOfTerm(year, Term.AUTUMN)).isEqualTo("2026-12-18");
    assertThat(calendar.octoberHalfTerm(year)).isEqualTo("2026-10-26");
    assertThat(calendar.halfTermStart(year, Term.SPRING)).isEqualTo("2027-02-15");
    assertThat(calendar.endOfTerm(year, Term.SUMMER)).isEqualTo("2027-07-21");
    assertThat(calendar.termOf(LocalDate.parse("2026-12-28"))).isEqualTo(Term.AUTUMN);
    assertThat(calendar.termOf(LocalDate.parse("2027-03-01"))).isEqualTo(Term.SPRING);
  }

  @ParameterizedTest(name = "{1} working days after {0} is {2}: {3}")
  @CsvSource({
      "2026-11-02, 5, 2026-11-09, a plain week",
      "2026-10-23, 1, 2026-11-02, the weekend and October half term are skipped",
      "2026-10-28, 0, 2026-11-02, a date inside half term moves to the next working day",
      "2026-10-28, 1, 2026-11-02, one working day after a half-term day is the first day back",
      "2026-10-24, 5, 2026-11-06, counting from a Saturday before half term",
      "2026-12-17, 2, 2027-01-04, the Christmas holiday is skipped",
      "2027-04-30, 1, 2027-05-04, the May bank holiday is a closure day",
      "2026-07-21, 2, 2026-09-02, the summer holiday between two academic years",
      "2027-08-02, 1, 2027-08-03, after the last configured year every weekday counts"})
  void countsWorkingDays(LocalDate from, int days, LocalDate expected, String why) {
    assertThat(calendar.addWorkingDays(from, days)).as(why).isEqualTo(expected);
  }

  @Test
  void refusesNegativeWorkingDays() {
    assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.parse("2026-11-02"), -1))
        .hasMessageContaining("working days must be between 0");
  }

  @Test
  void namesTheSettingWhenAYearIsNotConfigured() {
    assertThatThrownBy(() -> calendar.endOfTerm(AcademicYear.parse("2030/31"), Term.AUTUMN))
        .isInstanceOf(UnknownAcademicYearException.class)
        .hasMessageContaining("2030/31").hasMessageContaining("trust.calendar.years");
  }

  @Test
  void parsesAcademicYears() {
    assertThat(AcademicYear.parse("2026/27").firstDay()).isEqualTo("2026-09-01");
    assertThat(AcademicYear.parse("1999/00").toString()).isEqualTo("1999/00");
    assertThat(AcademicYear.containing(LocalDate.parse("2027-08-31"))).isEqualTo(year);
    assertThat(AcademicYear.containing(LocalDate.parse("2027-09-01"))).isEqualTo(year.next());
    assertThatThrownBy(() -> AcademicYear.parse("2026/28")).hasMessageContaining("two consecutive years");
    assertThatThrownBy(() -> AcademicYear.parse("26/27")).hasMessageContaining("must look like 2026/27");
  }

  @Test
  void refusesATermThatEndsBeforeItStarts() {
    assertThatThrownBy(() -> term("2026-12-18", "2026-10-26", "2026-10-30", "2026-09-02"))
        .hasMessageContaining("ends (2026-09-02) must be after starts (2026-12-18)");
  }
}
