package org.schoolimprovement.school;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/** A school as our REST API shows it. */
public record SchoolView(
    String urn,
    String name,
    String phase,
    String localAuthority,
    String postcode,
    String headteacherName,
    String directorOfEducation,
    boolean active,
    LocalDate inspectionDate,
    String legacyGrade,
    String safeguarding,
    Map<String, String> reportCard,
    boolean attainmentBelowNational,
    boolean attendanceBelowNational) {

  static SchoolView of(School school) {
    OfstedOutcome ofsted = school.ofsted();
    Map<String, String> reportCard = new TreeMap<>();
    ofsted.reportCard().forEach((area, grade) -> reportCard.put(area.label(), grade.label()));
    return new SchoolView(school.urn(), school.name(), school.phase().label(), school.localAuthority(), school.postcode(),
        school.headteacherName(), school.directorOfEducation(), school.isActive(), ofsted.inspectionDate(),
        ofsted.legacyGrade().map(LegacyGrade::label).orElse(null),
        ofsted.safeguarding().map(Safeguarding::label).orElse(null), reportCard,
        school.attainmentBelowNational(), school.attendanceBelowNational());
  }
}
