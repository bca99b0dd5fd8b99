package org.schoolimprovement.onboarding;


import java.util.EnumMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.schoolimprovement.calendar.AcademicCalendar;
import org.schoolimprovement.calendar.AcademicYear;
import org.schoolimprovement.cycle.Category;
import org.schoolimprovement.cycle.CycleService;
import org.schoolimprovement.cycle.Rag;
import org.schoolimprovement.school.LegacyGrade;
import org.schoolimprovement.school.OfstedOutcome;
import org.schoolimprovement.school.ReportCardGrade;
import org.schoolimprovement.school.Safeguarding;
import org.schoolimprovement.school.School;
import org.schoolimprovement.school.SchoolService;
import org.schoolimprovement.system.Actors;
import org.schoolimprovement.system.AsProcess;
import org.schoolimprovement.system.Clock;
import org.schoolimprovement.system.DecisionResults;
import org.schoolimprovement.system.FormInput;
import org.schoolimprovement.system.Grants;
import org.springframework.stereotype.Component;

/** The glue of {@code schoolOnboarding}: open it, due diligence, the initial category, the first cycle. */
final class OnboardingSteps {

  enum CategoryDecision { CONFIRM, OVERRIDE }

  private OnboardingSteps() {
  }

  /** Checks the school on the start form and opens the onboarding; a bad URN is refused on the form. */
  @Component("openOnboarding")
  static class OpenOnboarding implements JavaDelegate {

    private final SchoolService schools;
    private final OnboardingRepository onboardings;
    private final CycleService cycles;
    private final AcademicCalendar calendar;
    private final Grants grants;

    OpenOnboarding(SchoolService schools, OnboardingRepository onboardings, CycleService cycles, AcademicCalendar calendar,
        Grants grants) {
      this.schools = schools;
      this.onboardings = onboardings;
      this.cycles = cycles;
      this.calendar = calendar;
      this.grants = grants;
    }

    @Override
    public void execute(DelegateExecution execution) {
      String urn = String.valueOf(execution.getVariable("urn")).strip();
      if (!urn.matches("\\d{6}")) {
        throw new FormFieldValidationException("urn", "urn: '" + urn + "' is not a 6-digit URN");
      }
      School school = schools.find(urn).orElseThrow(() -> new FormFieldValidationException("urn",
          "urn: no school with URN " + urn + ": import it from GIAS first"));
      if (onboardings.findByUrn(urn).isPresent()) {
        throw new FormFieldValidationException("urn", "urn: " + school.name() + " has already been onboarded");
      }
      String year = AcademicYear.containing(calendar.today()).toString();
      if (cycles.find(urn, year).isPresent()) {
        throw new FormFieldValidationException("urn", "urn: " + school.name() + " already has its " + year + " cycle");
      }
      onboardings.save(new SchoolOnboarding(urn, year, execution.getProcessInstanceId(),
          (String) execution.getVariable("startedBy"), Clock.now()));
      execution.setProcessBusinessKey(urn + "-onboarding");
      execution.setVariable("urn", urn);
      execution.setVariable("academicYear", year);
      execution.setVariable("schoolName", school.name());
      execution.setVariable("directorOfEducation", school.directorOfEducation());
      execution.setVariable("headGroup", school.groupId());
      execution.setVariable("stepName", "Joining the trust");
      OfstedOutcome ofsted = school.ofsted();
      execution.setVariable("ofstedSafeguarding", ofsted.safeguarding().map(Safeguarding::label).orElse(null));
      execution.setVariable("worstReportCardGrade", ofsted.worstReportCardGrade().map(ReportCardGrade::label).orElse(null));
      execution.setVariable("legacyGrade", ofsted.legacyGrade().map(LegacyGrade::label).orElse(null));
      execution.setVariable("attainmentBelowNational", school.attainmentBelowNational());
      execution.setVariable("attendanceBelowNational", school.attendanceBelowNational());
      String instance = execution.getProcessInstanceId();
      grants.startingInstanceToUser(school.directorOfEducation(), instance);
    }
  }

  /**
   * The director's due diligence: a RAG and findings per area. It feeds the category table as a self-audit
   * would: red as "urgent improvement", amber as "needs attention", green as "expected standard"; red
   * safeguarding as safeguarding not effective.
   */
  @Component("dueDiligenceDone")
  static class DueDiligenceDone implements TaskListener {

    private final OnboardingRepository onboardings;
    private final Actors actors;

    DueDiligenceDone(OnboardingRepository onboardings, Actors actors) {
      this.onboardings = onboardings;
      this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = new FormInput(task);
      Map<DueDiligenceArea, SchoolOnboarding.Finding> found = new EnumMap<>(DueDiligenceArea.class);
      Rag worst = Rag.GREEN;
      for (DueDiligenceArea area : DueDiligenceArea.values()) {
        Rag rag = input.choice(area.field("Rag"), Rag.class);
        found.put(area, new SchoolOnboarding.Finding(rag, input.text(area.field("Findings"), FormInput.LONG_TEXT)));
        worst = rag.ordinal() < worst.ordinal() ? rag : worst;
      }
      onboardings.findByUrn((String) task.getVariable("urn")).orElseThrow().diligenceDone(found, actors.of(task), Clock.now());
      task.setVariable("selfAuditWorst", switch (worst) {
        case RED -> ReportCardGrade.URGENT_IMPROVEMENT.label();
        case AMBER -> ReportCardGrade.NEEDS_ATTENTION.label();
        case GREEN -> ReportCardGrade.EXPECTED_STANDARD.label();
      });
      task.setVariable("selfAuditSafeguardingEffective", found.get(DueDiligenceArea.SAFEGUARDING).rag() != Rag.RED);
    }
  }

  @Component("onboardingCategoryComputed")
  static class CategoryComputed implements ExecutionListener {

    private final OnboardingRepository onboardings;

    CategoryComputed(OnboardingRepository onboardings) {
      this.onboardings = onboardings;
    }

    @Override
    public void notify(DelegateExecution execution) {
      int category = ((Number) DecisionResults.singleResultOf(execution).get("category")).intValue();
      execution.setVariable("computedCategory", category);
      execution.setVariable("computedCategoryLabel", category + " " + Category.labelOf(category));
      onboardings.findByUrn((String) execution.getVariable("urn")).orElseThrow().computed(category);
    }
  }

  @Component("onboardingCategoryDecided")
  static class CategoryDecided implements TaskListener {

    private final OnboardingRepository onboardings;
    private final Actors actors;

    CategoryDecided(OnboardingRepository onboardings, Actors actors) {
      this.onboardings = onboardings;
      this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = new FormInput(task);
      int computed = ((Number) task.getVariable("computedCategory")).intValue();
      boolean override = input.choice("onboardingDecision", CategoryDecision.class) == CategoryDecision.OVERRIDE;
      int category = override ? input.integer("onboardingCategory", 1, 4) : computed;
      String rationale = override ? input.text("onboardingRationale", 20, FormInput.LONG_TEXT)
          : input.optionalText("onboardingRationale", FormInput.LONG_TEXT);
      onboardings.findByUrn((String) task.getVariable("urn")).orElseThrow().decide(category, rationale, actors.of(task), Clock.now());
      task.setVariable("initialCategory", category);
    }
  }

  /** The school's first improvement cycle, for this academic year. */
  @Component("startFirstCycle")
  static class StartFirstCycle implements JavaDelegate {

    private final OnboardingRepository onboardings;
    private final RuntimeService runtimeService;

    StartFirstCycle(OnboardingRepository onboardings, RuntimeService runtimeService) {
      this.onboardings = onboardings;
      this.runtimeService = runtimeService;
    }

    @Override
    public void execute(DelegateExecution execution) {
      String urn = (String) execution.getVariable("urn");
      String year = (String) execution.getVariable("academicYear");
      ProcessInstance cycle = AsProcess.call(() -> runtimeService.startProcessInstanceByKey("improvementCycle", urn + "-" + year,
          Map.of("urn", urn, "academicYear", year)));
      onboardings.findByUrn(urn).orElseThrow().cycleStarted(cycle.getId(), Clock.now());
      execution.setVariable("firstCycleId", cycle.getId());
    }
  }
}
