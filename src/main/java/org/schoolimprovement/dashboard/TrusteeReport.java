package org.schoolimprovement.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The trustees' termly or yearly report: what the standards committee reads. */
public record TrusteeReport(String trustName, String academicYear, String period, LocalDate from, LocalDate to,
    LocalDate generatedOn, List<SchoolRow> schools, Map<String, Long> categoryCounts, List<VisitLine> visitsDone,
    List<VisitLine> visitsDue, Map<String, Long> escalationsRaised, Map<String, Long> escalationsResolved) {

  public record VisitLine(String school, int number, String type, String focus, LocalDate date, String status) {
  }

  public long categoryChanges() {
    return schools.stream().filter(row -> "up".equals(row.categoryChange()) || "down".equals(row.categoryChange())).count();
  }
}
