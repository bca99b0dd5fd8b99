package org.schoolimprovement.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.schoolimprovement.calendar.AcademicCalendar;
import org.schoolimprovement.calendar.AcademicYear;
import org.schoolimprovement.calendar.Term;
import org.schoolimprovement.cycle.Deadlines;
import org.schoolimprovement.school.TrustRole;
import org.schoolimprovement.school.Viewer;
import org.schoolimprovement.system.Clock;
import org.schoolimprovement.system.Mailer;
import org.schoolimprovement.system.Recipients;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The year process's termly reports: when each term ends, file the trustees' report, then email the trustees. */
final class TrusteeReportSteps {

  /** Who the filed report is written for: the whole trust. */
  static final Viewer WHOLE_TRUST = new Viewer("trustee-report", Set.of(TrustRole.CEO.groupId()));

  private TrusteeReportSteps() {
  }

  @Component("trusteeReports")
  public static class Schedule {

    private final AcademicCalendar calendar;
    private final Deadlines deadlines;

    Schedule(AcademicCalendar calendar, Deadlines deadlines) {
      this.calendar = calendar;
      this.deadlines = deadlines;
    }

    public List<String> terms() {
      return Arrays.stream(Term.values()).map(Term::name).toList();
    }

    /** The morning after the term's last day. */
    public Date termEnded(String academicYear, String term) {
      return deadlines.startOf(calendar.endOfTerm(AcademicYear.parse(academicYear), Term.valueOf(term)).plusDays(1));
    }
  }

  /** Files the term's report; after the summer term, the whole year's too. Filing again for a period keeps the first. */
  @Component("fileTrusteeReport")
  static class FileTrusteeReport implements JavaDelegate {

    private final TrusteeReportService reports;
    private final FiledReportRepository filed;

    FileTrusteeReport(TrusteeReportService reports, FiledReportRepository filed) {
      this.reports = reports;
      this.filed = filed;
    }

    @Override
    public void execute(DelegateExecution execution) {
      AcademicYear year = AcademicYear.parse((String) execution.getVariable("academicYear"));
      Term term = Term.valueOf((String) execution.getVariable("reportTerm"));
      List<Long> ids = new ArrayList<>();
      ids.add(file(year, term).id());
      if (term == Term.SUMMER) {
        ids.add(file(year, null).id());
      }
      execution.setVariable("trusteeReportIds", ids.toString());
    }

    private FiledReport file(AcademicYear year, Term term) {
      String period = term == null ? "YEAR" : term.name();
      return filed.findByAcademicYearAndPeriod(year.toString(), period).orElseGet(() -> {
        TrusteeReport report = reports.build(WHOLE_TRUST, year, term);
        return filed.save(new FiledReport(year.toString(), period, report.period(), Clock.now(), reports.pdf(report),
            reports.csv(report.schools())));
      });
    }
  }

  /** Tells the trustees (and the CEO) the report is ready, with the link to it. */
  @Component("notifyTrustees")
  static class NotifyTrustees implements JavaDelegate {

    private final Mailer mailer;
    private final FiledReportRepository filed;
    private final String appUrl;

    NotifyTrustees(Mailer mailer, FiledReportRepository filed, @Value("${trust.escalation.tasklist-url}") String appUrl) {
      this.mailer = mailer;
      this.filed = filed;
      this.appUrl = appUrl;
    }

    @Override
    public void execute(DelegateExecution execution) {
      String year = (String) execution.getVariable("academicYear");
      String term = (String) execution.getVariable("reportTerm");
      FiledReport report = filed.findByAcademicYearAndPeriod(year, term).orElseThrow();
      List<String> links = new ArrayList<>(List.of(appUrl + "/api/reports/trustees/filed/" + report.id() + ".pdf"));
      if (Term.SUMMER.name().equals(term)) {
        filed.findByAcademicYearAndPeriod(year, "YEAR").ifPresent(yearly ->
            links.add(appUrl + "/api/reports/trustees/filed/" + yearly.id() + ".pdf"));
      }
      mailer.send("trustee-report", "Trustees' report: " + report.title(),
          Recipients.membersOf(List.of(TrustRole.TRUSTEE.groupId(), TrustRole.CEO.groupId())),
          Map.of("title", report.title(), "links", links, "dashboard", appUrl + "/dashboard/"));
    }
  }
}
