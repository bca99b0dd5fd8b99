package org.schoolimprovement.qa;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.schoolimprovement.calendar.AcademicCalendar;
import org.schoolimprovement.calendar.AcademicYear;
import org.schoolimprovement.cycle.PlanAction;
import org.schoolimprovement.cycle.PlanService;
import org.schoolimprovement.cycle.Rag;
import org.schoolimprovement.system.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A school's QA visits for a year: the plan, each visit's progress, its report and the actions it adds to the plan. */
@Service
public class QaVisitService {

  /** What the visit lead recorded. */
  record Findings(Map<QaFocus, Rag> rags, String strengths, String areasForDevelopment, List<QaAgreedAction> actions,
      boolean safeguardingConcern, String safeguardingDetail, String reviewerName, String reviewerOrganisation) {
  }

  /** What a re-plan changed: visits cancelled and added. */
  record Replan(int cancelled, int added) {
  }

  private final QaVisitRepository visits;
  private final QaReportRepository reports;
  private final PlanService plans;
  private final AcademicCalendar calendar;

  QaVisitService(QaVisitRepository visits, QaReportRepository reports, PlanService plans, AcademicCalendar calendar) {
    this.visits = visits;
    this.reports = reports;
    this.plans = plans;
    this.calendar = calendar;
  }

  /** Plans the year's visits; planning again for the same cycle returns the visits already planned. */
  @Transactional
  public List<QaVisit> planYear(Long cycleId, String urn, String academicYear, int partnerVisits) {
    List<QaVisit> existing = visits.findByCycleIdOrderByNumber(cycleId);
    if (!existing.isEmpty()) {
      return existing;
    }
    var dates = calendar.datesOf(AcademicYear.parse(academicYear));
    List<QaVisitPlanner.PlannedVisit> planned = QaVisitPlanner.year(partnerVisits, dates, calendar.today());
    List<QaVisit> created = new ArrayList<>();
    for (int number = 1; number <= planned.size(); number++) {
      created.add(visits.save(new QaVisit(cycleId, urn, academicYear, number, planned.get(number - 1), Clock.now())));
    }
    return created;
  }

  /**
   * After a change of category: the improvement partner's visits not yet started are replaced by as many as
   * the new category brings, less those under way or done. Started visits, and the external and peer
   * reviews, stay as they are.
   */
  @Transactional
  public Replan replan(Long cycleId, int partnerVisits) {
    List<QaVisit> all = visits.findByCycleIdOrderByNumber(cycleId);
    if (all.isEmpty()) {
      throw new IllegalStateException("cycle " + cycleId + " has no QA visits to re-plan");
    }
    List<QaVisit> partner = all.stream().filter(visit -> visit.type() == QaVisitType.PARTNER).toList();
    List<Set<QaFocus>> started = partner.stream().filter(visit -> visit.status().isStarted()).map(QaVisit::focus).toList();
    List<QaVisit> toCancel = partner.stream().filter(visit -> visit.status() == QaVisit.Status.PLANNED).toList();
    toCancel.forEach(visit -> visit.cancel(Clock.now()));
    QaVisit first = all.get(0);
    var dates = calendar.datesOf(AcademicYear.parse(first.academicYear()));
    List<QaVisitPlanner.PlannedVisit> added = QaVisitPlanner.partnerVisitsLeft(partnerVisits, started, dates, calendar.today());
    int number = all.get(all.size() - 1).number();
    for (QaVisitPlanner.PlannedVisit planned : added) {
      visits.save(new QaVisit(cycleId, first.urn(), first.academicYear(), ++number, planned, Clock.now()));
    }
    return new Replan(toCancel.size(), added.size());
  }

  /** The next visit waiting to start: the earliest window first. */
  @Transactional(readOnly = true)
  public Optional<QaVisit> next(Long cycleId) {
    return visits.findFirstByCycleIdAndStatusOrderByWindowOpensAscNumberAsc(cycleId, QaVisit.Status.PLANNED);
  }

  @Transactional(readOnly = true)
  public QaVisit get(Long visitId) {
    return visits.findById(visitId).orElseThrow(() -> new IllegalArgumentException("no QA visit " + visitId));
  }

  /** Whether the visit is still planned: a re-plan may have cancelled it while it waited for its window. */
  @Transactional(readOnly = true)
  public boolean isPlanned(Long visitId) {
    return get(visitId).status() == QaVisit.Status.PLANNED;
  }

  /** A school's visits for a year in the order they happen (by window), without those a re-plan cancelled. */
  @Transactional(readOnly = true)
  public List<QaVisit> visitsOf(String urn, String academicYear) {
    return visits.findByUrnAndAcademicYearAndStatusNot(urn, academicYear, QaVisit.Status.CANCELLED).stream()
        .sorted(Comparator.comparing(QaVisit::windowOpens).thenComparing(QaVisit::number)).toList();
  }

  @Transactional(readOnly = true)
  public Optional<QaReport> report(Long visitId) {
    return reports.findFirstByVisitIdOrderByVersionDesc(visitId);
  }

  /** The latest report of each of these visits that has one, in one query. */
  @Transactional(readOnly = true)
  public Map<Long, QaReport> latestReports(List<Long> visitIds) {
    return visitIds.isEmpty() ? Map.of() : reports.findByVisitIdIn(visitIds).stream().collect(java.util.stream.Collectors.toMap(
        QaReport::visitId, report -> report, (one, other) -> one.version() >= other.version() ? one : other));
  }

  @Transactional
  public void begin(Long visitId, String processInstanceId) {
    get(visitId).begin(processInstanceId);
  }

  @Transactional
  public void propose(Long visitId, LocalDate date, String partner) {
    get(visitId).propose(date, partner);
  }

  @Transactional
  public void confirm(Long visitId) {
    get(visitId).confirm();
  }

  @Transactional
  public QaReport recordFindings(Long visitId, Findings findings, String recordedBy) {
    QaVisit visit = get(visitId);
    visit.reported(findings.reviewerName(), findings.reviewerOrganisation());
    int version = report(visitId).map(report -> report.version() + 1).orElse(1);
    return reports.save(new QaReport(visitId, version, findings.rags(), findings.strengths(), findings.areasForDevelopment(),
        findings.actions(), findings.safeguardingConcern(), findings.safeguardingDetail(), recordedBy, Clock.now()));
  }

  @Transactional
  public void reply(Long visitId, QaReport.Reply reply, String comment, String head) {
    currentReport(visitId).reply(reply, comment, head, Clock.now());
  }

  /** Locks the report (with no reply if the head did not answer in time) and adds its agreed actions to the plan. */
  @Transactional
  public QaReport lock(Long visitId) {
    QaVisit visit = get(visitId);
    QaReport report = currentReport(visitId);
    report.lock(Clock.now());
    visit.lock();
    if (!report.actions().isEmpty()) {
      String source = "QA visit " + visit.number() + ": " + visit.focusLabel();
      List<PlanAction> actions = report.actions().stream().map(action -> PlanAction.fromQaVisit(action.priorityNumber(),
          action.description(), action.owner(), action.dueBy(), visitId, source)).toList();
      plans.addActions(visit.cycleId(), actions, report.recordedBy(), "Added the actions agreed at " + source);
    }
    return report;
  }

  private QaReport currentReport(Long visitId) {
    return report(visitId).orElseThrow(() -> new IllegalStateException("visit " + visitId + " has no report yet"));
  }
}
