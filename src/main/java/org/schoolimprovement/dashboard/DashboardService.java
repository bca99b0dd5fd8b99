package org.schoolimprovement.dashboard;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.schoolimprovement.intervention.Intervention;
import org.schoolimprovement.qa.QaFocus;
import org.schoolimprovement.qa.QaVisitType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.schoolimprovement.system.SystemAccess;
import org.schoolimprovement.calendar.AcademicYear;
import org.schoolimprovement.calendar.Term;
import org.schoolimprovement.cycle.Category;
import org.schoolimprovement.cycle.CycleSteps;
import org.schoolimprovement.school.OfstedArea;
import org.schoolimprovement.school.School;
import org.schoolimprovement.school.SchoolService;
import org.schoolimprovement.school.TrustRole;
import org.schoolimprovement.school.Viewer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's rows for one academic year. A fixed handful of set queries whatever the number of schools
 * (schools, cycles, priorities, ratings, escalations, visits, interventions, directors): never one query per school.
 */
@Service
public class DashboardService {

  private static final List<String> STEPS = CycleSteps.NAMES;

  private final SchoolService schools;
  private final JdbcTemplate jdbc;
  private final IdentityService identityService;
  private final SystemAccess systemAccess;
  private final String cockpitUrl;

  DashboardService(SchoolService schools, JdbcTemplate jdbc, IdentityService identityService, SystemAccess systemAccess,
      @Value("${trust.escalation.tasklist-url}") String appUrl) {
    this.schools = schools;
    this.jdbc = jdbc;
    this.identityService = identityService;
    this.systemAccess = systemAccess;
    this.cockpitUrl = appUrl + "/camunda/app/cockpit/default/#/process-instance/";
  }

  private record Cycle(long id, int step, Integer category, String processInstanceId, boolean completed) {
  }

  @Transactional(readOnly = true)
  public List<SchoolRow> rows(Viewer viewer, AcademicYear year) {
    List<School> visible = schools.visibleTo(viewer);
    String thisYear = year.toString();
    String lastYear = new AcademicYear(year.startYear() - 1).toString();

    Map<String, Cycle> cycles = new HashMap<>();
    Map<String, Integer> previousCategories = new HashMap<>();
    jdbc.query("select urn, academic_year, id, step, category, process_instance_id, completed_at from improvement_cycle "
        + "where academic_year in (?, ?)", rs -> {
          Integer category = (Integer) rs.getObject("category");
          if (thisYear.equals(rs.getString("academic_year"))) {
            cycles.put(rs.getString("urn"), new Cycle(rs.getLong("id"), rs.getInt("step"), category,
                rs.getString("process_instance_id"), rs.getTimestamp("completed_at") != null));
          } else if (category != null) {
            previousCategories.put(rs.getString("urn"), category);
          }
        }, thisYear, lastYear);

    Map<Long, List<SchoolRow.PriorityRag>> priorities = new HashMap<>();
    jdbc.query("select na.cycle_id, p.number, p.area, p.title from priority p "
        + "join needs_analysis na on na.id = p.needs_analysis_id join improvement_cycle c on c.id = na.cycle_id "
        + "where c.academic_year = ? and na.version = (select max(n2.version) from needs_analysis n2 where n2.cycle_id = na.cycle_id) "
        + "order by na.cycle_id, p.number", rs -> {
          OfstedArea area = OfstedArea.valueOf(rs.getString("area"));
          priorities.computeIfAbsent(rs.getLong("cycle_id"), id -> new ArrayList<>()).add(new SchoolRow.PriorityRag(
              rs.getInt("number"), area.name(), area.label(), rs.getString("title"), null));
        }, thisYear);

    // The latest validated term's rating of each priority.
    Map<Long, Term> latestTerm = new HashMap<>();
    Map<Long, Map<Integer, String>> ratings = new HashMap<>();
    jdbc.query("select pr.cycle_id, pr.term, r.priority_number, r.validated_rag from progress_rating r "
        + "join progress_review pr on pr.id = r.review_id join improvement_cycle c on c.id = pr.cycle_id "
        + "where c.academic_year = ? and pr.validated_at is not null and r.criterion_number is null", rs -> {
          long cycleId = rs.getLong("cycle_id");
          Term term = Term.valueOf(rs.getString("term"));
          Term latest = latestTerm.get(cycleId);
          if (latest == null || term.compareTo(latest) > 0) {
            latestTerm.put(cycleId, term);
            ratings.put(cycleId, new HashMap<>());
          }
          if (term == latestTerm.get(cycleId)) {
            ratings.get(cycleId).put(rs.getInt("priority_number"), rs.getString("validated_rag"));
          }
        }, thisYear);

    Map<String, int[]> escalations = new HashMap<>();
    jdbc.query("select urn, count(distinct task_id) as overdue, max(level) as top from escalation "
        + "where resolved_at is null and urn is not null group by urn",
        rs -> { escalations.put(rs.getString("urn"), new int[] {rs.getInt("overdue"), rs.getInt("top")}); });

    Map<String, SchoolRow.NextVisit> nextVisits = new HashMap<>();
    jdbc.query("select urn, number, visit_type, focus, window_opens, proposed_date, confirmed_date, status from qa_visit "
        + "where academic_year = ? and status not in ('LOCKED', 'CANCELLED') order by urn, window_opens, number", rs -> {
          String urn = rs.getString("urn");
          if (!nextVisits.containsKey(urn)) {
            nextVisits.put(urn, new SchoolRow.NextVisit(rs.getInt("number"),
                QaVisitType.valueOf(rs.getString("visit_type")).label(), focusLabel(rs.getString("focus")),
                visitDay(rs), rs.getString("status")));
          }
        }, thisYear);

    Map<String, SchoolRow.InIntervention> interventions = new HashMap<>();
    jdbc.query("select i.urn, i.reason, i.started_at, i.package, (select count(*) from intervention_board b "
        + "where b.intervention_id = i.id) as boards from intervention i where i.status = 'ACTIVE'", rs -> {
          interventions.put(rs.getString("urn"), new SchoolRow.InIntervention(
              Intervention.Reason.valueOf(rs.getString("reason")).label(), rs.getTimestamp("started_at").toLocalDateTime().toLocalDate(),
              rs.getString("package"), rs.getInt("boards")));
        });

    Map<String, String> directorNames = directorNames();

    List<SchoolRow> rows = new ArrayList<>();
    for (School school : visible) {
      Cycle cycle = cycles.get(school.urn());
      List<SchoolRow.PriorityRag> rated = new ArrayList<>();
      SchoolRow.RagSummary summary = null;
      if (cycle != null) {
        Map<Integer, String> rags = ratings.getOrDefault(cycle.id(), Map.of());
        for (SchoolRow.PriorityRag priority : priorities.getOrDefault(cycle.id(), List.of())) {
          rated.add(new SchoolRow.PriorityRag(priority.number(), priority.area(), priority.areaLabel(), priority.title(),
              rags.get(priority.number())));
        }
        Term term = latestTerm.get(cycle.id());
        if (term != null) {
          summary = new SchoolRow.RagSummary(term.label(), count(rags, "RED"), count(rags, "AMBER"), count(rags, "GREEN"));
        }
      }
      int[] escalation = escalations.getOrDefault(school.urn(), new int[] {0, 0});
      rows.add(new SchoolRow(school.urn(), school.name(), school.phase().label(), school.directorOfEducation(),
          directorNames.getOrDefault(school.directorOfEducation(), school.directorOfEducation()),
          cycle == null ? null : cycle.category(), cycle == null || cycle.category() == null ? null : Category.labelOf(cycle.category()),
          previousCategories.get(school.urn()), stepOf(cycle), summary, rated, escalation[0], escalation[1],
          nextVisits.get(school.urn()), cycle == null ? null : cockpitUrl + cycle.processInstanceId(),
          interventions.get(school.urn())));
    }
    return rows;
  }

  /** Every viewer may read who the directors are, whatever Camunda lets them read of its users. */
  private Map<String, String> directorNames() {
    Map<String, String> names = new HashMap<>();
    systemAccess.run(() -> identityService.createUserQuery().memberOfGroup(TrustRole.DIRECTOR_OF_EDUCATION.groupId()).list()
        .forEach((User user) -> names.put(user.getId(), user.getFirstName() + " " + user.getLastName())));
    return names;
  }

  /** A qa_visit row's day, as {@code QaVisit.expectedDate()}: agreed, else proposed, else its window's first day. */
  static LocalDate visitDay(ResultSet row) throws SQLException {
    Date day = row.getDate("confirmed_date") != null ? row.getDate("confirmed_date")
        : row.getDate("proposed_date") != null ? row.getDate("proposed_date") : row.getDate("window_opens");
    return day.toLocalDate();
  }

  /** "SAFEGUARDING,SEND" as staff read it: "Safeguarding, SEND". */
  static String focusLabel(String focus) {
    return Arrays.stream(focus.split(",")).map(name -> QaFocus.valueOf(name).label()).collect(Collectors.joining(", "));
  }

  private static String stepOf(Cycle cycle) {
    if (cycle == null) {
      return "Not started";
    }
    return cycle.completed() ? "Completed" : STEPS.get(cycle.step() - 1);
  }

  private static int count(Map<Integer, String> rags, String rag) {
    return (int) rags.values().stream().filter(rag::equals).count();
  }
}
