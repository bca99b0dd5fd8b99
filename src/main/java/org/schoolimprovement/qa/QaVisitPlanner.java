package org.schoolimprovement.qa;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schoolimprovement.calendar.AcademicYearDates;
import org.schoolimprovement.calendar.Term;
import org.schoolimprovement.calendar.TermDates;

/**
 * Spreads a school's QA visits over what is left of the year and gives each its focus. The improvement
 * partner's visits (as many as the category brings) cover safeguarding, curriculum and SEND between them,
 * combining focuses when there are fewer visits than reviews and following up the plan's priorities when
 * there are more; every school also has an external one-day review in spring and a peer review in summer.
 */
final class QaVisitPlanner {

  /** A visit to come: who carries it out, what it looks at, and when its window opens. */
  record PlannedVisit(QaVisitType type, Set<QaFocus> focus, Term term, LocalDate windowOpens) {
  }

  private QaVisitPlanner() {
  }

  /** The whole year's visits, planned from {@code from} (the day the plan was approved). */
  static List<PlannedVisit> year(int partnerVisits, AcademicYearDates dates, LocalDate from) {
    Map<Term, TermDates> terms = termsLeft(dates, from);
    if (terms.isEmpty()) {
      return List.of();
    }
    List<PlannedVisit> visits = new ArrayList<>(partnerVisits(partnerVisits, EnumSet.noneOf(QaFocus.class), terms, from));
    visits.add(fixedVisit(QaVisitType.EXTERNAL, Term.SPRING, terms, from));
    visits.add(fixedVisit(QaVisitType.PEER, Term.SUMMER, terms, from));
    visits.sort(Comparator.comparing(PlannedVisit::windowOpens).thenComparing(PlannedVisit::type));
    return visits;
  }

  /**
   * The improvement partner's visits still to plan after a change of category: as many as the new category
   * brings, less those already under way or done, covering the core reviews those have not covered.
   */
  static List<PlannedVisit> partnerVisitsLeft(int partnerVisits, List<Set<QaFocus>> startedOrDone, AcademicYearDates dates,
      LocalDate from) {
    Set<QaFocus> covered = EnumSet.noneOf(QaFocus.class);
    startedOrDone.forEach(covered::addAll);
    int left = Math.max(0, partnerVisits - startedOrDone.size());
    return partnerVisits(left, covered, termsLeft(dates, from), from);
  }

  private static List<PlannedVisit> partnerVisits(int count, Set<QaFocus> covered, Map<Term, TermDates> terms, LocalDate from) {
    if (count == 0 || terms.isEmpty()) {
      return List.of();
    }
    List<QaFocus> uncovered = QaFocus.CORE_REVIEWS.stream().filter(focus -> !covered.contains(focus)).toList();
    List<Term> termList = List.copyOf(terms.keySet());
    List<PlannedVisit> visits = new ArrayList<>();
    Map<Term, Integer> perTerm = new LinkedHashMap<>();
    for (int visit = 0; visit < count; visit++) {
      Set<QaFocus> focus = EnumSet.noneOf(QaFocus.class);
      for (int review = visit; review < uncovered.size(); review += count) {
        focus.add(uncovered.get(review));
      }
      if (focus.isEmpty()) {
        focus.add(QaFocus.PRIORITIES);
      }
      Term term = termList.get(visit * termList.size() / count);
      int inTerm = perTerm.merge(term, 1, Integer::sum);
      visits.add(new PlannedVisit(QaVisitType.PARTNER, focus, term, windowOpens(terms.get(term), inTerm, from)));
    }
    return visits;
  }

  /** An external or peer review in its usual term, or in the last term left if that one has passed. */
  private static PlannedVisit fixedVisit(QaVisitType type, Term usual, Map<Term, TermDates> terms, LocalDate from) {
    Term term = terms.containsKey(usual) ? usual : List.copyOf(terms.keySet()).get(terms.size() - 1);
    return new PlannedVisit(type, type.fixedFocus(), term, windowOpens(terms.get(term), 1, from));
  }

  /** The first visit of a term may happen from its first day; a second from the end of its half term. */
  private static LocalDate windowOpens(TermDates term, int visitInTerm, LocalDate from) {
    LocalDate opens = visitInTerm == 1 ? term.starts() : term.halfTermEnds().plusDays(1);
    return opens.isBefore(from) ? from : opens;
  }

  /** The terms that have teaching days left on or after {@code from}, in order. */
  private static Map<Term, TermDates> termsLeft(AcademicYearDates dates, LocalDate from) {
    Map<Term, TermDates> left = new LinkedHashMap<>();
    for (Term term : Term.values()) {
      TermDates termDates = dates.term(term);
      if (!termDates.ends().isBefore(from)) {
        left.put(term, termDates);
      }
    }
    return left;
  }
}
