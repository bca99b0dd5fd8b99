package org.schoolimprovement.demo;

import static java.util.Map.entry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.schoolimprovement.school.LegacyGrade;
import org.schoolimprovement.school.OfstedArea;
import org.schoolimprovement.school.OfstedOutcome;
import org.schoolimprovement.school.Phase;
import org.schoolimprovement.school.ReportCardGrade;
import org.schoolimprovement.school.Safeguarding;
import org.schoolimprovement.school.SchoolDetails;
import org.schoolimprovement.school.TrustRole;
import org.schoolimprovement.security.StaffMember;

/**
 * The demo trust: six schools whose inspections and outcomes give every category of the default rules, and
 * one user per role. Every demo password is {@value #PASSWORD}.
 */
final class DemoTrust {

  static final String PASSWORD = "demo";
  private static final String MAIL = "@oakfield-trust.example";

  record Person(StaffMember member, List<String> groups) {
    static Person of(String userId, String first, String last, TrustRole... roles) {
      return new Person(new StaffMember(userId, first, last, userId + MAIL),
          java.util.Arrays.stream(roles).map(TrustRole::groupId).toList());
    }
  }

  private DemoTrust() {
  }

  static List<Person> centralTeam() {
    return List.of(
        Person.of("admin", "Alex", "Morgan", TrustRole.ADMIN),
        Person.of("ceo", "Helen", "Carter", TrustRole.CEO),
        Person.of("director1", "David", "Okafor", TrustRole.DIRECTOR_OF_EDUCATION),
        Person.of("director2", "Priya", "Shah", TrustRole.DIRECTOR_OF_EDUCATION),
        Person.of("partner1", "Mark", "Ellis", TrustRole.IMPROVEMENT_PARTNER),
        Person.of("sle1", "Grace", "Lin", TrustRole.SLE),
        Person.of("sle2", "Tom", "Price", TrustRole.SLE),
        Person.of("trustee1", "Margaret", "Hughes", TrustRole.TRUSTEE),
        Person.of("datalead1", "Sam", "Patel", TrustRole.DATA_LEAD));
  }

  /** The head of each school, a member of the headteachers group and of the school's own group. */
  static Person headOf(SchoolDetails school) {
    String[] name = school.headteacherName().split(" ", 2);
    Person person = Person.of("head" + school.urn(), name[0], name[1], TrustRole.HEADTEACHER);
    List<String> groups = new ArrayList<>(person.groups());
    groups.add(TrustRole.schoolGroupId(school.urn()));
    return new Person(person.member(), groups);
  }

  static List<SchoolDetails> schools() {
    return List.of(
        // Category 1 Sustain: legacy outstanding, no outcome flags.
        new SchoolDetails("100001", "Oakfield Primary School", Phase.PRIMARY, "Kent", "CT1 2AB", "Sarah Bennett",
            "director1", OfstedOutcome.legacy(LocalDate.of(2019, 3, 14), LegacyGrade.OUTSTANDING), false, false),
        // Category 2 Secure: report card at expected standard or better everywhere.
        new SchoolDetails("100002", "Riverside Academy", Phase.SECONDARY, "Kent", "ME14 3CD", "James Whitfield",
            "director1", OfstedOutcome.reportCard(LocalDate.of(2025, 12, 4), Safeguarding.MET, Map.ofEntries(
                entry(OfstedArea.INCLUSION, ReportCardGrade.EXPECTED_STANDARD),
                entry(OfstedArea.CURRICULUM_AND_TEACHING, ReportCardGrade.STRONG_STANDARD),
                entry(OfstedArea.ACHIEVEMENT, ReportCardGrade.EXPECTED_STANDARD),
                entry(OfstedArea.ATTENDANCE_AND_BEHAVIOUR, ReportCardGrade.EXPECTED_STANDARD),
                entry(OfstedArea.PERSONAL_DEVELOPMENT_AND_WELLBEING, ReportCardGrade.STRONG_STANDARD),
                entry(OfstedArea.LEADERSHIP_AND_GOVERNANCE, ReportCardGrade.EXPECTED_STANDARD),
                entry(OfstedArea.SIXTH_FORM, ReportCardGrade.EXPECTED_STANDARD))), false, false),
        // Category 3 Improve: legacy good, but attainment and attendance both below national.
        new SchoolDetails("100003", "St Anne's CE Primary School", Phase.PRIMARY, "Medway", "ME4 5EF", "Ruth Adeyemi",
            "director1", OfstedOutcome.legacy(LocalDate.of(2022, 6, 9), LegacyGrade.GOOD), true, true),
        // Category 3 Improve: one area needs attention.
        new SchoolDetails("100004", "Hillcrest Academy", Phase.SECONDARY, "Medway", "ME7 1GH", "Owen Fletcher",
            "director2", OfstedOutcome.reportCard(LocalDate.of(2026, 2, 11), Safeguarding.MET, Map.ofEntries(
                entry(OfstedArea.INCLUSION, ReportCardGrade.EXPECTED_STANDARD),
                entry(OfstedArea.CURRICULUM_AND_TEACHING, ReportCardGrade.EXPECTED_STANDARD),
                entry(OfstedArea.ACHIEVEMENT, ReportCardGrade.NEEDS_ATTENTION),
                entry(OfstedArea.ATTENDANCE_AND_BEHAVIOUR, ReportCardGrade.EXPECTED_STANDARD),
                entry(OfstedArea.PERSONAL_DEVELOPMENT_AND_WELLBEING, ReportCardGrade.EXPECTED_STANDARD),
                entry(OfstedArea.LEADERSHIP_AND_GOVERNANCE, ReportCardGrade.EXPECTED_STANDARD))), true, false),
        // Category 4 Stabilise: legacy inadequate.
        new SchoolDetails("100005", "Meadow View Primary School", Phase.PRIMARY, "Kent", "DA1 4JK", "Lucy Grant",
            "director2", OfstedOutcome.legacy(LocalDate.of(2024, 11, 20), LegacyGrade.INADEQUATE), true, true),
        // Category 4 Stabilise: safeguarding not met on the report card.
        new SchoolDetails("100006", "Northgate All-Through Academy", Phase.ALL_THROUGH, "Kent", "CT9 6LM", "Daniel Osei",
            "director2", OfstedOutcome.reportCard(LocalDate.of(2026, 5, 13), Safeguarding.NOT_MET, Map.ofEntries(
                entry(OfstedArea.INCLUSION, ReportCardGrade.NEEDS_ATTENTION),
                entry(OfstedArea.CURRICULUM_AND_TEACHING, ReportCardGrade.EXPECTED_STANDARD),
                entry(OfstedArea.ACHIEVEMENT, ReportCardGrade.EXPECTED_STANDARD),
                entry(OfstedArea.ATTENDANCE_AND_BEHAVIOUR, ReportCardGrade.NEEDS_ATTENTION),
                entry(OfstedArea.PERSONAL_DEVELOPMENT_AND_WELLBEING, ReportCardGrade.EXPECTED_STANDARD),
                entry(OfstedArea.LEADERSHIP_AND_GOVERNANCE, ReportCardGrade.NEEDS_ATTENTION),
                entry(OfstedArea.EARLY_YEARS, ReportCardGrade.EXPECTED_STANDARD),
                entry(OfstedArea.SIXTH_FORM, ReportCardGrade.EXPECTED_STANDARD))), false, true));
  }
}
