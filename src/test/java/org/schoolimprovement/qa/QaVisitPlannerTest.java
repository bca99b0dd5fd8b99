package org.schoolimprovement.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schoolimprovement.qa.QaFocus.CURRICULUM;
import static org.schoolimprovement.qa.QaFocus.PRIORITIES;
import static org.schoolimprovement.qa.QaFocus.SAFEGUARDING;
import static org.schoolimprovement.qa.QaFocus.SEND;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.schoolimprovement.calendar.AcademicYearDates;
import org.schoolimprovement.calendar.Term;
import org.schoolimprovement.calendar.TermDates;

class QaVisitPlannerTest {

  static final AcademicYearDates YEAR = new AcademicYearDates("2026/27",
      new TermDates(LocalDate.parse("2026-09-02"), LocalDate.parse("2026-10-26"), LocalDate.parse("2026-10-30"), LocalDate.parse("2026-12-18")),
      new TermDates(LocalDate.parse("2027-01-04"), LocalDate.parse("2027-02-15"), LocalDate.parse("2027-02-19"), LocalDate.parse("2027-03-25")),
      new TermDates(LocalDate.parse("2027-04-12"), LocalDate.parse("2027-05-31"), LocalDate.parse("2027-06-04"), LocalDate.parse("2027-07-21")),
      List.of());
  static final LocalDate PLAN_APPROVED = LocalDate.parse("2026-11-02");

  /** Category 4: 4 partner visits, 3: 3, 2: 2, 1: 1; every school adds the external and the peer review. */
  @ParameterizedTest(name = "{0} partner visits")
  @CsvSource({"4", "3", "2", "1"})
  void everySchoolGetsItsCoreReviewsTheExternalAndAPeerReview(int partnerVisits) {
    List<QaVisitPlanner.PlannedVisit> visits = QaVisitPlanner.year(partnerVisits, YEAR, PLAN_APPROVED);

    assertThat(visits).hasSize(partnerVisits + 2);
    assertThat(visits).filteredOn(visit -> visit.type() == QaVisitType.PARTNER).hasSize(partnerVisits);
    assertThat(visits).filteredOn(visit -> visit.type() == QaVisitType.EXTERNAL).singleElement()
        .extracting(QaVisitPlanner.PlannedVisit::term).isEqualTo(Term.SPRING);
    assertThat(visits).filteredOn(visit -> visit.type() == QaVisitType.PEER).singleElement()
        .extracting(QaVisitPlanner.PlannedVisit::term).isEqualTo(Term.SUMMER);
    Set<QaFocus> partnerFocus = visits.stream().filter(visit -> visit.type() == QaVisitType.PARTNER)
        .flatMap(visit -> visit.focus().stream()).collect(Collectors.toSet());
    assertThat(partnerFocus).contains(SAFEGUARDING, CURRICULUM, SEND);
    assertThat(visits).extracting(QaVisitPlanner.PlannedVisit::windowOpens).isSorted()
        .allSatisfy(day -> assertThat(day).isAfterOrEqualTo(PLAN_APPROVED));
  }

  @Test
  void fourVisitsSpreadOverEveryTermAndFollowUpThePriorities() {
    List<QaVisitPlanner.PlannedVisit> partner = partnerVisits(QaVisitPlanner.year(4, YEAR, PLAN_APPROVED));

    assertThat(partner).extracting(QaVisitPlanner.PlannedVisit::term)
        .containsExactly(Term.AUTUMN, Term.AUTUMN, Term.SPRING, Term.SUMMER);
    assertThat(partner).extracting(QaVisitPlanner.PlannedVisit::focus)
        .containsExactly(EnumSet.of(SAFEGUARDING), EnumSet.of(CURRICULUM), EnumSet.of(SEND), EnumSet.of(PRIORITIES));
    assertThat(partner.get(2).windowOpens()).isEqualTo("2027-01-04");
    assertThat(partner.get(3).windowOpens()).isEqualTo("2027-04-12");
  }

  @Test
  void fewerVisitsThanReviewsCombineTheirFocus() {
    assertThat(partnerVisits(QaVisitPlanner.year(2, YEAR, PLAN_APPROVED))).extracting(QaVisitPlanner.PlannedVisit::focus)
        .containsExactly(EnumSet.of(SAFEGUARDING, SEND), EnumSet.of(CURRICULUM));
    assertThat(partnerVisits(QaVisitPlanner.year(1, YEAR, PLAN_APPROVED))).singleElement()
        .satisfies(visit -> {
          assertThat(visit.focus()).containsExactlyInAnyOrder(SAFEGUARDING, CURRICULUM, SEND);
          assertThat(visit.term()).isEqualTo(Term.AUTUMN);
        });
  }

  @Test
  void twoVisitsInOneTermOpenEitherSideOfItsHalfTerm() {
    List<QaVisitPlanner.PlannedVisit> partner = partnerVisits(QaVisitPlanner.year(4, YEAR, LocalDate.parse("2026-09-07")));
    assertThat(partner.get(0).windowOpens()).isEqualTo("2026-09-07");
    assertThat(partner.get(1).windowOpens()).isEqualTo("2026-10-31");
  }

  @Test
  void aLateStartPutsTheReviewsInTheTermsLeft() {
    List<QaVisitPlanner.PlannedVisit> visits = QaVisitPlanner.year(3, YEAR, LocalDate.parse("2027-04-20"));
    assertThat(visits).extracting(QaVisitPlanner.PlannedVisit::term).containsOnly(Term.SUMMER);
    assertThat(visits).hasSize(5);
    assertThat(QaVisitPlanner.year(3, YEAR, LocalDate.parse("2027-07-22"))).isEmpty();
  }

  @Test
  void aRaisedCategoryAddsVisitsForWhatIsNotYetCovered() {
    // Category 2 to 4 in February: the autumn visit (safeguarding and SEND) is done.
    List<QaVisitPlanner.PlannedVisit> added = QaVisitPlanner.partnerVisitsLeft(4, List.of(EnumSet.of(SAFEGUARDING, SEND)),
        YEAR, LocalDate.parse("2027-02-26"));
    assertThat(added).hasSize(3);
    assertThat(added).extracting(QaVisitPlanner.PlannedVisit::focus)
        .containsExactly(EnumSet.of(CURRICULUM), EnumSet.of(PRIORITIES), EnumSet.of(PRIORITIES));
    assertThat(added).extracting(QaVisitPlanner.PlannedVisit::term).containsExactly(Term.SPRING, Term.SPRING, Term.SUMMER);
    assertThat(added).allSatisfy(visit -> assertThat(visit.windowOpens()).isAfterOrEqualTo("2027-02-26"));
  }

  @Test
  void aLoweredCategoryPlansNoMoreThanItBrings() {
    List<Set<QaFocus>> done = List.of(EnumSet.of(SAFEGUARDING), EnumSet.of(CURRICULUM));
    assertThat(QaVisitPlanner.partnerVisitsLeft(2, done, YEAR, LocalDate.parse("2027-02-26"))).isEmpty();
    assertThat(QaVisitPlanner.partnerVisitsLeft(3, done, YEAR, LocalDate.parse("2027-02-26"))).singleElement()
        .extracting(QaVisitPlanner.PlannedVisit::focus).isEqualTo(EnumSet.of(SEND));
  }

  private static List<QaVisitPlanner.PlannedVisit> partnerVisits(List<QaVisitPlanner.PlannedVisit> visits) {
    return visits.stream().filter(visit -> visit.type() == QaVisitType.PARTNER).toList();
  }
}
