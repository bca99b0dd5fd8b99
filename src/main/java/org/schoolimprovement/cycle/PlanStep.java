package org.schoolimprovement.cycle;

import org.schoolimprovement.system.Actors;
import org.schoolimprovement.system.FormInput;
import static org.schoolimprovement.cycle.FormFields.ACTIONS_PER_PRIORITY;
import static org.schoolimprovement.cycle.FormFields.CRITERIA_PER_PRIORITY;
import static org.schoolimprovement.cycle.FormFields.action;
import static org.schoolimprovement.cycle.FormFields.criterion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.schoolimprovement.calendar.AcademicYear;
import org.springframework.stereotype.Component;

/** Step 3, plan: the head's plan and the director's approval or return. */
final class PlanStep {

  enum PlanDecision { APPROVE, RETURN }

  private PlanStep() {
  }

  @Component("planSubmitted")
  static class PlanSubmitted implements TaskListener {

    private final PlanService plans;
    private final Deadlines deadlines;
    private final Actors actors;

    PlanSubmitted(PlanService plans, Deadlines deadlines, Actors actors) {
      this.plans = plans;
      this.deadlines = deadlines;
      this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = new FormInput(task);
      int priorities = ((Number) task.getVariable("priorityCount")).intValue();
      AcademicYear year = AcademicYear.parse((String) task.getVariable("academicYear"));
      LocalDate today = deadlines.today();
      List<PlanAction> actions = new ArrayList<>();
      List<SuccessCriterion> criteria = new ArrayList<>();
      for (int priority = 1; priority <= priorities; priority++) {
        for (int number = 1; number <= ACTIONS_PER_PRIORITY; number++) {
          if (number > 1 && input.isBlank(action(priority, number, ""))) {
            continue;
          }
          String milestoneField = action(priority, number, "Milestone");
          LocalDate milestone = input.date(milestoneField);
          if (!year.contains(milestone)) {
            throw FormInput.invalid(milestoneField, "must fall in the academic year " + year + " (" + year.firstDay()
                + " to " + year.lastDay() + ")");
          }
          if (milestone.isBefore(today)) {
            throw FormInput.invalid(milestoneField, "must not be in the past");
          }
          actions.add(new PlanAction(priority, number, input.text(action(priority, number, ""), 1000),
              input.text(action(priority, number, "Owner"), FormInput.SHORT_TEXT), milestone));
        }
        for (int number = 1; number <= CRITERIA_PER_PRIORITY; number++) {
          String field = criterion(priority, number, "");
          if (number == 1 || !input.isBlank(field)) {
            criteria.add(new SuccessCriterion(priority, number, input.text(field, 1000)));
          }
        }
      }
      ImprovementPlan plan = plans.submit((Long) task.getVariable("cycleId"), actions, criteria, actors.of(task));
      task.setVariable("planId", plan.id());
      // The director's comments were on the previous version; the decision on this one starts afresh.
      task.getExecution().removeVariable("planComments");
      task.setVariable("planVersion", plan.version());
    }
  }

  @Component("planReviewed")
  static class PlanReviewed implements TaskListener {

    private final PlanService plans;
    private final Actors actors;

    PlanReviewed(PlanService plans, Actors actors) {
      this.plans = plans;
      this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = new FormInput(task);
      boolean approved = input.choice("planDecision", PlanDecision.class) == PlanDecision.APPROVE;
      String comments = approved
          ? input.optionalText("planComments", FormInput.LONG_TEXT)
          : input.text("planComments", FormInput.LONG_TEXT);
      plans.decide((Long) task.getVariable("planId"), approved, comments, actors.of(task));
      task.setVariable("planApproved", approved);
    }
  }
}
