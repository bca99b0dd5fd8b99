package org.schoolimprovement.qa;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.schoolimprovement.calendar.AcademicCalendar;
import org.schoolimprovement.calendar.AcademicYear;
import org.schoolimprovement.cycle.Rag;
import org.schoolimprovement.school.School;
import org.schoolimprovement.school.SchoolAccess;
import org.schoolimprovement.school.SchoolAccessDeniedException;
import org.schoolimprovement.school.SchoolService;
import org.schoolimprovement.school.Viewer;
import org.schoolimprovement.system.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A school's QA visits for a year, in date order, with the next one marked. */
@RestController
class QaVisitController {

  record ReportView(int version, Map<QaFocus, Rag> findings, String strengths, String areasForDevelopment,
      boolean safeguardingConcern, String recordedBy, String reply, String replyComment, boolean locked,
      List<ActionView> agreedActions) {

    static ReportView of(QaReport report) {
      return new ReportView(report.version(), report.findings(), report.strengths(), report.areasForDevelopment(),
          report.safeguardingConcern(), report.recordedBy(), report.reply() == null ? null : report.reply().name(),
          report.replyComment(), report.isLocked(), report.actions().stream().map(ActionView::of).toList());
    }
  }

  record ActionView(int priority, String description, String owner, LocalDate dueBy) {
    static ActionView of(QaAgreedAction action) {
      return new ActionView(action.priorityNumber(), action.description(), action.owner(), action.dueBy());
    }
  }

  record VisitView(long id, int number, String type, String typeLabel, List<String> focus, String focusLabel, String term,
      LocalDate windowOpens, LocalDate proposedDate, LocalDate confirmedDate, LocalDate expectedDate, String status,
      String lead, String reviewerName, String reviewerOrganisation, boolean next, ReportView report) {
  }

  record SchoolVisits(String urn, String school, String academicYear, List<VisitView> visits) {
  }

  private final QaVisitService visits;
  private final SchoolService schools;
  private final SchoolAccess access;
  private final IdentityService identityService;
  private final AcademicCalendar calendar;

  QaVisitController(QaVisitService visits, SchoolService schools, SchoolAccess access, IdentityService identityService,
      AcademicCalendar calendar) {
    this.visits = visits;
    this.schools = schools;
    this.access = access;
    this.identityService = identityService;
    this.calendar = calendar;
  }

  @GetMapping("/api/schools/{urn}/qa-visits")
  SchoolVisits list(@PathVariable String urn, @RequestParam(required = false) String year) {
    School school = schools.get(urn);
    if (!access.canView(Viewer.current(identityService), school)) {
      throw new SchoolAccessDeniedException(urn);
    }
    AcademicYear academicYear;
    try {
      academicYear = year == null ? AcademicYear.containing(calendar.today()) : AcademicYear.parse(year);
    } catch (IllegalArgumentException e) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "year", e.getMessage());
    }
    List<QaVisit> found = visits.visitsOf(urn, academicYear.toString());
    Long next = found.stream().filter(visit -> visit.status() != QaVisit.Status.LOCKED).map(QaVisit::id).findFirst().orElse(null);
    Map<Long, QaReport> reports = visits.latestReports(found.stream().map(QaVisit::id).toList());
    return new SchoolVisits(urn, school.name(), academicYear.toString(), found.stream().map(visit -> new VisitView(visit.id(),
        visit.number(), visit.type().name(), visit.type().label(), visit.focus().stream().map(Enum::name).toList(),
        visit.focusLabel(), visit.term().label(), visit.windowOpens(), visit.proposedDate(), visit.confirmedDate(),
        visit.expectedDate(), visit.status().name(), visit.lead(), visit.reviewerName(), visit.reviewerOrganisation(),
        visit.id().equals(next), reports.containsKey(visit.id()) ? ReportView.of(reports.get(visit.id())) : null)).toList());
  }
}
