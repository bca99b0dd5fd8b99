package org.schoolimprovement.dashboard;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.schoolimprovement.calendar.AcademicCalendar;
import org.schoolimprovement.calendar.AcademicYear;
import org.schoolimprovement.calendar.Term;
import org.schoolimprovement.school.TrustRole;
import org.schoolimprovement.school.Viewer;
import org.schoolimprovement.system.ApiException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The trust dashboard's data, its CSV, and the trustees' report, for whoever is signed in: each sees their schools. */
@RestController
class DashboardController {

  record Dashboard(String academicYear, String viewer, List<SchoolRow> schools) {
  }

  record Filed(long id, String academicYear, String period, String title, java.time.Instant generatedAt, String pdf) {
  }

  /** Filed reports cover every school: for the roles that see the whole trust. */
  private static final java.util.Set<TrustRole> READ_FILED =
      java.util.EnumSet.of(TrustRole.CEO, TrustRole.TRUSTEE, TrustRole.ADMIN);

  private final DashboardService dashboard;
  private final TrusteeReportService reports;
  private final FiledReportRepository filed;
  private final IdentityService identityService;
  private final AcademicCalendar calendar;

  DashboardController(DashboardService dashboard, TrusteeReportService reports, FiledReportRepository filed,
      IdentityService identityService, AcademicCalendar calendar) {
    this.dashboard = dashboard;
    this.reports = reports;
    this.filed = filed;
    this.identityService = identityService;
    this.calendar = calendar;
  }

  @GetMapping("/api/dashboard")
  Dashboard schools(@RequestParam(required = false) String year) {
    Viewer viewer = Viewer.current(identityService);
    AcademicYear academicYear = yearOf(year);
    return new Dashboard(academicYear.toString(), viewer.userId(), dashboard.rows(viewer, academicYear));
  }

  @GetMapping("/api/dashboard/schools.csv")
  ResponseEntity<byte[]> csv(@RequestParam(required = false) String year) {
    AcademicYear academicYear = yearOf(year);
    String csv = reports.csv(dashboard.rows(Viewer.current(identityService), academicYear));
    return download(csv.getBytes(StandardCharsets.UTF_8), new MediaType("text", "csv", StandardCharsets.UTF_8),
        "schools-" + academicYear.toString().replace('/', '-') + ".csv");
  }

  /** {@code term}: AUTUMN, SPRING or SUMMER; without it, the whole year. */
  @GetMapping("/api/reports/trustees.pdf")
  ResponseEntity<byte[]> trusteeReport(@RequestParam(required = false) String year, @RequestParam(required = false) String term) {
    AcademicYear academicYear = yearOf(year);
    Term period = termOf(term);
    if (!calendar.isConfigured(academicYear)) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "year", "no term dates are configured for " + academicYear);
    }
    TrusteeReport report = reports.build(Viewer.current(identityService), academicYear, period);
    return download(reports.pdf(report), MediaType.APPLICATION_PDF, "trustees-report-" + academicYear.toString().replace('/', '-')
        + "-" + (period == null ? "year" : period.name().toLowerCase(Locale.UK)) + ".pdf");
  }

  /** The reports the year process filed at the end of each term, newest first. */
  @GetMapping("/api/reports/trustees/filed")
  List<Filed> filedReports() {
    requireTrustWide();
    return filed.findAllByOrderByGeneratedAtDesc().stream().map(report -> new Filed(report.id(), report.academicYear(),
        report.period(), report.title(), report.generatedAt(), "/api/reports/trustees/filed/" + report.id() + ".pdf")).toList();
  }

  @GetMapping("/api/reports/trustees/filed/{id}.pdf")
  ResponseEntity<byte[]> filedReport(@org.springframework.web.bind.annotation.PathVariable long id) {
    requireTrustWide();
    FiledReport report = filed.findById(id)
        .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "id", "no filed report " + id));
    return download(report.pdf(), MediaType.APPLICATION_PDF, "trustees-report-" + report.academicYear().replace('/', '-')
        + "-" + report.period().toLowerCase(Locale.UK) + ".pdf");
  }

  private void requireTrustWide() {
    Viewer viewer = Viewer.current(identityService);
    if (READ_FILED.stream().noneMatch(viewer::isIn)) {
      throw new ApiException(HttpStatus.FORBIDDEN, null, "the filed trustees' reports cover every school: you may not read them");
    }
  }

  private AcademicYear yearOf(String year) {
    try {
      return year == null || year.isBlank() ? AcademicYear.containing(calendar.today()) : AcademicYear.parse(year);
    } catch (IllegalArgumentException e) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "year", e.getMessage());
    }
  }

  private static Term termOf(String term) {
    if (term == null || term.isBlank()) {
      return null;
    }
    try {
      return Term.valueOf(term.strip().toUpperCase(Locale.UK));
    } catch (IllegalArgumentException e) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "term", "'" + term + "' is not one of AUTUMN, SPRING, SUMMER");
    }
  }

  private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
        .body(body);
  }
}
