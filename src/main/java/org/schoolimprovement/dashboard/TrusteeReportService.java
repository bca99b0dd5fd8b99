package org.schoolimprovement.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.schoolimprovement.calendar.AcademicCalendar;
import org.schoolimprovement.calendar.AcademicYear;
import org.schoolimprovement.calendar.AcademicYearDates;
import org.schoolimprovement.calendar.Term;
import org.schoolimprovement.qa.QaVisitType;
import org.schoolimprovement.school.Viewer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Builds the trustees' report for a term or a year, as PDF and as CSV, from the same data as the dashboard. */
@Service
public class TrusteeReportService {

  private final DashboardService dashboard;
  private final JdbcTemplate jdbc;
  private final AcademicCalendar calendar;
  private final String trustName;
  private final SpringTemplateEngine templates = new SpringTemplateEngine();

  TrusteeReportService(DashboardService dashboard, JdbcTemplate jdbc, AcademicCalendar calendar,
      @Value("${trust.name}") String trustName) {
    this.dashboard = dashboard;
    this.jdbc = jdbc;
    this.calendar = calendar;
    this.trustName = trustName;
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("reports/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.XML);
    resolver.setCharacterEncoding("UTF-8");
    templates.setTemplateResolver(resolver);
  }

  /** The report for a term ({@code term} AUTUMN, SPRING or SUMMER) or, with {@code term} null, the whole year. */
  @Transactional(readOnly = true)
  public TrusteeReport build(Viewer viewer, AcademicYear year, Term term) {
    AcademicYearDates dates = calendar.datesOf(year);
    LocalDate from = term == null || term == Term.AUTUMN ? year.firstDay() : dates.term(term).starts();
    LocalDate to = term == null || term == Term.SUMMER ? year.lastDay() : dates.term(Term.values()[term.ordinal() + 1]).starts().minusDays(1);
    List<SchoolRow> schools = dashboard.rows(viewer, year);
    Set<String> visible = schools.stream().map(SchoolRow::urn).collect(Collectors.toSet());
    Map<String, String> names = schools.stream().collect(Collectors.toMap(SchoolRow::urn, SchoolRow::name));

    Map<String, Long> categories = new TreeMap<>(schools.stream().filter(row -> row.category() != null)
        .collect(Collectors.groupingBy(row -> row.category() + " " + row.categoryLabel(), Collectors.counting())));

    List<TrusteeReport.VisitLine> done = new ArrayList<>();
    List<TrusteeReport.VisitLine> due = new ArrayList<>();
    jdbc.query("select urn, number, visit_type, focus, window_opens, proposed_date, confirmed_date, status from qa_visit "
        + "where academic_year = ? and status <> 'CANCELLED' order by urn, window_opens, number", rs -> {
          if (!visible.contains(rs.getString("urn"))) {
            return;
          }
          LocalDate day = DashboardService.visitDay(rs);
          TrusteeReport.VisitLine line = new TrusteeReport.VisitLine(names.get(rs.getString("urn")), rs.getInt("number"),
              QaVisitType.valueOf(rs.getString("visit_type")).label(), DashboardService.focusLabel(rs.getString("focus")),
              day, rs.getString("status").toLowerCase(Locale.UK));
          boolean inPeriod = !day.isBefore(from) && !day.isAfter(to);
          if ("LOCKED".equals(rs.getString("status")) && inPeriod) {
            done.add(line);
          } else if (!"LOCKED".equals(rs.getString("status")) && !day.isAfter(to)) {
            due.add(line);
          }
        }, year.toString());

    Map<String, Long> raised = new TreeMap<>();
    Map<String, Long> resolved = new TreeMap<>();
    jdbc.query("select urn, level, raised_at, resolved_at, resolution from escalation where raised_at < ? and "
        + "(resolved_at is null or resolved_at >= ?)", rs -> {
          if (!visible.contains(rs.getString("urn"))) {
            return;
          }
          String level = switch (rs.getInt("level")) {
            case 0 -> "Overdue (reminder sent)";
            case 1 -> "Escalated to a director";
            default -> "Escalated to the CEO";
          };
          LocalDate raisedOn = rs.getTimestamp("raised_at").toLocalDateTime().toLocalDate();
          if (!raisedOn.isBefore(from)) {
            raised.merge(level, 1L, Long::sum);
          }
          if (rs.getTimestamp("resolved_at") != null
              && !rs.getTimestamp("resolved_at").toLocalDateTime().toLocalDate().isAfter(to)) {
            resolved.merge(rs.getString("resolution").toLowerCase(Locale.UK).replace('_', ' '), 1L, Long::sum);
          }
        }, java.sql.Timestamp.valueOf(to.plusDays(1).atStartOfDay()), java.sql.Timestamp.valueOf(from.atStartOfDay()));

    String period = term == null ? "Academic year " + year : term.label() + " term " + year;
    return new TrusteeReport(trustName, year.toString(), period, from, to, calendar.today(), schools, categories, done, due,
        raised, resolved);
  }

  public byte[] pdf(TrusteeReport report) {
    Context context = new Context(Locale.UK);
    context.setVariable("report", report);
    String html = templates.process("trustee-report", context);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.withHtmlContent(html, null);
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One line per school: the dashboard's columns. */
  public String csv(List<SchoolRow> rows) {
    StringWriter out = new StringWriter();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader("URN", "School", "Phase", "Director of education", "Category",
        "Category last year", "Change", "Step", "RAG term", "Red", "Amber", "Green", "Overdue tasks", "Escalated to",
        "Next QA visit", "Next QA visit date", "In intervention since").get();
    try (CSVPrinter printer = new CSVPrinter(out, format)) {
      for (SchoolRow row : rows) {
        SchoolRow.RagSummary rag = row.rag();
        printer.printRecord(row.urn(), orBlank(row.name()), row.phase(), orBlank(row.directorName()),
            row.category() == null ? "" : row.category() + " " + row.categoryLabel(), orBlank(row.previousCategory()),
            orBlank(row.categoryChange()), row.step(), rag == null ? "" : rag.term(), rag == null ? "" : rag.red(),
            rag == null ? "" : rag.amber(), rag == null ? "" : rag.green(), row.overdueTasks(), orBlank(row.escalation()),
            row.nextVisit() == null ? "" : row.nextVisit().type() + " (" + row.nextVisit().focus() + ")",
            row.nextVisit() == null ? "" : row.nextVisit().date(),
            row.intervention() == null ? "" : row.intervention().since());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** A cell as text, never read as a formula by a spreadsheet (a school name could start with "="). */
  private static Object orBlank(Object value) {
    String text = value == null ? "" : value.toString();
    return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }
}
