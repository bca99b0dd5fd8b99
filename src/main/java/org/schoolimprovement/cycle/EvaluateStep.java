package org.schoolimprovement.cycle;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.schoolimprovement.school.OfstedArea;
import org.schoolimprovement.school.ReportCardGrade;
import org.schoolimprovement.system.Actors;
import org.schoolimprovement.system.DecisionResults;
import org.schoolimprovement.system.FormInput;
import org.springframework.stereotype.Component;

/** Step 1, evaluate and categorise: what each of its tasks and decisions records. */
final class EvaluateStep {

  /** Areas a school may not have; the head answers NOT_APPLICABLE. */
  static final Set<OfstedArea> OPTIONAL_AREAS = EnumSet.of(OfstedArea.EARLY_YEARS, OfstedArea.SIXTH_FORM);
  static final String NOT_APPLICABLE = "NOT_APPLICABLE";
  static final int MIN_RATIONALE = 20;

  enum Moderation { CONFIRM, OVERRIDE }

  enum Approval { APPROVE, RETURN }

  private EvaluateStep() {
  }

  @Component("selfAuditSubmitted")
  static class SelfAuditSubmitted implements TaskListener {

    private final SelfAuditService audits;
    private final Actors actors;

    SelfAuditSubmitted(SelfAuditService audits, Actors actors) {
      this.audits = audits;
      this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = new FormInput(task);
      Map<OfstedArea, ReportCardGrade> judgements = new EnumMap<>(OfstedArea.class);
      for (OfstedArea area : OfstedArea.values()) {
        String field = FormFields.judgement(area);
        boolean notApplicable = OPTIONAL_AREAS.contains(area)
            && (input.isBlank(field) || NOT_APPLICABLE.equals(task.getVariable(field)));
        if (!notApplicable) {
          judgements.put(area, input.choice(field, ReportCardGrade.class));
        }
      }
      boolean safeguardingEffective = input.yesNo("safeguardingEffective");
      String strengths = input.text("strengths", FormInput.LONG_TEXT);
      String concerns = input.text("concerns", FormInput.LONG_TEXT);

      SelfAudit audit = audits.submit((Long) task.getVariable("cycleId"), judgements, safeguardingEffective, strengths,
          concerns, actors.of(task));
      // The categorisation table's inputs; the audit itself is found by the cycle's id.
      task.setVariable("selfAuditWorst", audit.worstJudgement().label());
      task.setVariable("selfAuditSafeguardingEffective", safeguardingEffective);
    }
  }

  /** Keeps the categorisation table's answer as small variables and records it. */
  @Component("categoryComputed")
  static class CategoryComputed implements ExecutionListener {

    private final CycleService cycles;

    CategoryComputed(CycleService cycles) {
      this.cycles = cycles;
    }

    @Override
    public void notify(DelegateExecution execution) {
      Map<String, Object> result = DecisionResults.singleResultOf(execution);
      int category = ((Number) result.get("category")).intValue();
      execution.setVariable("computedCategory", category);
      execution.setVariable("computedCategoryLabel", result.get("label"));
      cycles.recordComputed((Long) execution.getVariable("cycleId"), category);
    }
  }

  @Component("categoryModerated")
  static class CategoryModerated implements TaskListener {

    private final CycleService cycles;
    private final Actors actors;

    CategoryModerated(CycleService cycles, Actors actors) {
      this.cycles = cycles;
      this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = new FormInput(task);
      int computed = ((Number) task.getVariable("computedCategory")).intValue();
      Integer override = null;
      String rationale = null;
      if (input.choice("moderationDecision", Moderation.class) == Moderation.OVERRIDE) {
        override = input.integer("overrideCategory", 1, 4);
        if (override == computed) {
          throw FormInput.invalid("overrideCategory", "is the computed category " + computed + ": choose Confirm instead");
        }
        rationale = input.text("moderationRationale", MIN_RATIONALE, FormInput.LONG_TEXT);
      } else {
        rationale = input.optionalText("moderationRationale", FormInput.LONG_TEXT);
      }
      int category = override == null ? computed : override;
      boolean needsApproval = cycles.moderate((Long) task.getVariable("cycleId"), computed, override, rationale,
          actors.of(task));
      task.setVariable("category", category);
      task.setVariable("categoryLabel", Category.labelOf(category));
      task.setVariable("categoryNeedsApproval", needsApproval);
      // The CEO's comments were on the previous proposal; the decision on this one starts afresh.
      task.getExecution().removeVariable("categoryApprovalComments");
    }
  }

  @Component("categoryApprovalDecided")
  static class CategoryApprovalDecided implements TaskListener {

    private final CycleService cycles;
    private final Actors actors;

    CategoryApprovalDecided(CycleService cycles, Actors actors) {
      this.cycles = cycles;
      this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = new FormInput(task);
      boolean approved = input.choice("categoryApprovalDecision", Approval.class) == Approval.APPROVE;
      String comments = approved
          ? input.optionalText("categoryApprovalComments", FormInput.LONG_TEXT)
          : input.text("categoryApprovalComments", FormInput.LONG_TEXT);
      cycles.decideApproval((Long) task.getVariable("cycleId"), ((Number) task.getVariable("category")).intValue(),
          approved, comments, actors.of(task));
      task.setVariable("categoryApproved", approved);
    }
  }
}
