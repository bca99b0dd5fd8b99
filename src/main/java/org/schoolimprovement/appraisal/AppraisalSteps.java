package org.schoolimprovement.appraisal;


import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.Month;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.Spin;
import org.schoolimprovement.calendar.AcademicCalendar;
import org.schoolimprovement.calendar.AcademicYear;
import org.schoolimprovement.calendar.Term;
import org.schoolimprovement.cycle.Deadlines;
import org.schoolimprovement.cycle.NeedsService;
import org.schoolimprovement.cycle.PrioritiesAnalysed;
import org.schoolimprovement.school.School;
import org.schoolimprovement.school.SchoolService;
import org.schoolimprovement.system.Actors;
import org.schoolimprovement.system.AsProcess;
import org.schoolimprovement.system.Clock;
import org.schoolimprovement.system.FormInput;
import org.schoolimprovement.system.Grants;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The glue of {@code headteacherAppraisal}: objectives by 31 December, a spring mid-year review, a summer final review. */
final class AppraisalSteps {

  static final String PROCESS = "headteacherAppraisal";
  static final int MAX_OBJECTIVES = 3;

  private AppraisalSteps() {
  }

  /** The appraisal's dates from the academic calendar: {@code ${appraisalDates.objectivesDue(academicYear)}}. */
  @Component("appraisalDates")
  public static class AppraisalDates {

    private final AcademicCalendar calendar;
    private final Deadlines deadlines;

    AppraisalDates(AcademicCalendar calendar, Deadlines deadlines) {
      this.calendar = calendar;
      this.deadlines = deadlines;
    }

    public Date objectivesDue(String academicYear) {
      return deadlines.dueOn(LocalDate.of(AcademicYear.parse(academicYear).startYear(), Month.DECEMBER, 31));
    }

    public Date termOpens(String academicYear, String term) {
      return deadlines.startOf(calendar.datesOf(AcademicYear.parse(academicYear)).term(Term.valueOf(term)).starts());
    }

    public Date termEnds(String academicYear, String term) {
      return deadlines.dueOn(calendar.endOfTerm(AcademicYear.parse(academicYear), Term.valueOf(term)));
    }
  }

  @Component("openAppraisal")
  static class OpenAppraisal implements JavaDelegate {

    private final AppraisalRepository appraisals;
    private final SchoolService schools;
    private final Grants grants;

    OpenAppraisal(AppraisalRepository appraisals, SchoolService schools, Grants grants) {
      this.appraisals = appraisals;
      this.schools = schools;
      this.grants = grants;
    }

    @Override
    public void execute(DelegateExecution execution) {
      String urn = (String) execution.getVariable("urn");
      String year = (String) execution.getVariable("academicYear");
      School school = schools.get(urn);
      appraisals.save(new HeadteacherAppraisal(urn, year, school.headteacherName(), execution.getProcessInstanceId()));
      execution.setVariable("schoolName", school.name());
      execution.setVariable("headName", school.headteacherName());
      execution.setVariable("directorOfEducation", school.directorOfEducation());
      execution.setVariable("stepName", "Headteacher appraisal");
      // The head's appraisal is for the director and the governors, not for the school's staff group.
      grants.startingInstanceToUser(school.directorOfEducation(), execution.getProcessInstanceId());
    }
  }

  /**
   * Offers the school's priorities to link objectives to: when the objectives task is created (the year's start,
   * before most schools' needs analyses), and again whenever the school's needs analysis is recorded while the task
   * is open, so the director setting objectives in the autumn links them to the priorities the school has then.
   */
  @Component("appraisalPrioritiesShown")
  static class PrioritiesShown implements TaskListener {

    static final String TASK = "Task_SetObjectives";

    private final NeedsService needs;
    private final TaskService taskService;
    private final ObjectMapper json;

    PrioritiesShown(NeedsService needs, TaskService taskService, ObjectMapper json) {
      this.needs = needs;
      this.taskService = taskService;
      this.json = json;
    }

    @Override
    public void notify(DelegateTask task) {
      List<Map<String, String>> options = needs.priorityOptions((String) task.getVariable("urn"),
          (String) task.getVariable("academicYear"));
      // Without priorities the form's selects have nothing to offer: no options are stored (a JSON value would be
      // three byte-array rows for every school at the year's start).
      task.setVariablesLocal(options.isEmpty() ? Map.of("priorityCount", 0) : variables(options));
    }

    /** The school's needs analysis, recorded in this transaction: offered on its appraisal's open objectives task. */
    @EventListener
    void on(PrioritiesAnalysed analysed) {
      Map<String, Object> variables = variables(analysed.options());
      // The objectives task is the director's, the analysis the improvement partner's: the process offers it.
      AsProcess.run(() -> taskService.createTaskQuery().processDefinitionKey(PROCESS)
          .processInstanceBusinessKey(analysed.urn() + "-" + analysed.academicYear()).taskDefinitionKey(TASK).list()
          .forEach(task -> taskService.setVariablesLocal(task.getId(), variables)));
    }

    private Map<String, Object> variables(List<Map<String, String>> options) {
      try {
        return Map.of("priorityOptions", Spin.JSON(json.writeValueAsString(options)), "priorityCount", options.size());
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  @Component("appraisalObjectivesSet")
  static class ObjectivesSet implements TaskListener {

    private final AppraisalRepository appraisals;
    private final Actors actors;

    ObjectivesSet(AppraisalRepository appraisals, Actors actors) {
      this.appraisals = appraisals;
      this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = new FormInput(task);
      String panel = input.text("appraisalPanel", 1000);
      String adviser = input.text("externalAdviser", FormInput.SHORT_TEXT);
      HeadteacherAppraisal.RecordedAs as = input.choice("recordedAs", HeadteacherAppraisal.RecordedAs.class);
      int priorities = ((Number) task.getVariable("priorityCount")).intValue();
      Map<Integer, HeadteacherAppraisal.Objective> objectives = new TreeMap<>();
      for (int number = 1; number <= MAX_OBJECTIVES; number++) {
        String text = number == 1 ? input.text("objective1", 1000) : input.optionalText("objective" + number, 1000);
        if (text == null) {
          continue;
        }
        if (objectives.size() < number - 1) {
          throw FormInput.invalid("objective" + number, "fill in objective " + (number - 1) + " first");
        }
        Integer priority = input.isBlank("objective" + number + "Priority") ? null
            : priorities == 0 ? failNoPriorities("objective" + number + "Priority")
            : input.integer("objective" + number + "Priority", 1, priorities);
        objectives.put(number, new HeadteacherAppraisal.Objective(text, priority));
      }
      appraisal(appraisals, task).setObjectives(panel, adviser, as, objectives, actors.of(task), Clock.now());
      task.setVariable("objectiveCount", objectives.size());
    }

    private static Integer failNoPriorities(String field) {
      throw FormInput.invalid(field, "the school has no priorities yet to link to");
    }
  }

  @Component("appraisalMidYearReviewed")
  static class MidYearReviewed implements TaskListener {

    private final AppraisalRepository appraisals;
    private final Actors actors;

    MidYearReviewed(AppraisalRepository appraisals, Actors actors) {
      this.appraisals = appraisals;
      this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = new FormInput(task);
      Map<Integer, HeadteacherAppraisal.Progress> progress = new LinkedHashMap<>();
      for (int number = 1; number <= ((Number) task.getVariable("objectiveCount")).intValue(); number++) {
        progress.put(number, input.choice("objective" + number + "Progress", HeadteacherAppraisal.Progress.class));
      }
      appraisal(appraisals, task).midYear(progress, input.text("midYearComment", FormInput.LONG_TEXT), actors.of(task), Clock.now());
    }
  }

  @Component("appraisalFinalReviewed")
  static class FinalReviewed implements TaskListener {

    private final AppraisalRepository appraisals;
    private final Actors actors;

    FinalReviewed(AppraisalRepository appraisals, Actors actors) {
      this.appraisals = appraisals;
      this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = new FormInput(task);
      Map<Integer, HeadteacherAppraisal.Outcome> outcomes = new LinkedHashMap<>();
      for (int number = 1; number <= ((Number) task.getVariable("objectiveCount")).intValue(); number++) {
        outcomes.put(number, input.choice("objective" + number + "Outcome", HeadteacherAppraisal.Outcome.class));
      }
      appraisal(appraisals, task).finalReview(outcomes, input.choice("appraisalOutcome", HeadteacherAppraisal.Outcome.class),
          input.text("finalComment", FormInput.LONG_TEXT), actors.of(task), Clock.now());
    }
  }

  private static HeadteacherAppraisal appraisal(AppraisalRepository appraisals, DelegateTask task) {
    return appraisals.findByUrnAndAcademicYear((String) task.getVariable("urn"), (String) task.getVariable("academicYear"))
        .orElseThrow();
  }
}
