package org.schoolimprovement.cycle;

import org.schoolimprovement.system.Actors;
import org.schoolimprovement.system.FormInput;
import static org.schoolimprovement.cycle.FormFields.criterion;
import static org.schoolimprovement.cycle.FormFields.priority;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.schoolimprovement.calendar.Term;
import org.springframework.stereotype.Component;

/** Step 5, monitor: termly progress ratings, their validation, and the six-month category re-review. */
final class MonitorStep {

  enum ReReview { KEEP, CHANGE }

  enum ChangeDecision { APPROVE, REFUSE }

  private MonitorStep() {
  }

  /** The field a rating is entered in: priority1Rag, or priority1Criterion2Rag. */
  static String ragField(ProgressRating rating) {
    return rating.criterionNumber() == null
        ? priority(rating.priorityNumber(), "Rag")
        : criterion(rating.priorityNumber(), rating.criterionNumber(), "Rag");
  }

  @Component("progressUpdated")
  static class ProgressUpdated implements TaskListener {

    private final ProgressService progress;
    private final PlanService plans;
    private final Actors actors;

    ProgressUpdated(ProgressService progress, PlanService plans, Actors actors) {
      this.progress = progress;
      this.plans = plans;
      this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = new FormInput(task);
      Long cycleId = (Long) task.getVariable("cycleId");
      int priorities = ((Number) task.getVariable("priorityCount")).intValue();
      List<ProgressRating> ratings = new ArrayList<>();
      for (int priority = 1; priority <= priorities; priority++) {
        ratings.add(new ProgressRating(priority, null, input.choice(priority(priority, "Rag"), Rag.class),
            input.optionalText(priority(priority, "Commentary"), FormInput.LONG_TEXT)));
      }
      for (SuccessCriterion criterion : plans.criteria(cycleId)) {
        String field = criterion(criterion.priorityNumber(), criterion.number(), "Rag");
        ratings.add(new ProgressRating(criterion.priorityNumber(), criterion.number(), input.choice(field, Rag.class), null));
      }
      progress.update(cycleId, Term.valueOf((String) task.getVariable("term")), ratings, actors.of(task));
    }
  }

  /** The partner's ratings arrive in the same fields as the head's; a changed rating needs a comment. */
  @Component("progressValidated")
  static class ProgressValidated implements TaskListener {

    private final ProgressService progress;
    private final Actors actors;

    ProgressValidated(ProgressService progress, Actors actors) {
      this.progress = progress;
      this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = new FormInput(task);
      Long cycleId = (Long) task.getVariable("cycleId");
      Term term = Term.valueOf((String) task.getVariable("term"));
      Map<ProgressRating, Rag> validated = new LinkedHashMap<>();
      boolean changed = false;
      for (ProgressRating rating : progress.review(cycleId, term).ratings()) {
        Rag rag = input.choice(ragField(rating), Rag.class);
        validated.put(rating, rag);
        changed |= rag != rating.headRag();
      }
      String comment = changed
          ? input.text("validationComment", FormInput.LONG_TEXT)
          : input.optionalText("validationComment", FormInput.LONG_TEXT);
      progress.validate(cycleId, term, validated, comment, actors.of(task));
      // The comment belongs to this term: next term's form starts without it.
      task.getExecution().removeVariable("validationComment");
    }
  }

  @Component("categoryReReviewed")
  static class CategoryReReviewed implements TaskListener {

    private final CycleService cycles;
    private final Actors actors;

    CategoryReReviewed(CycleService cycles, Actors actors) {
      this.cycles = cycles;
      this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = new FormInput(task);
      int current = ((Number) task.getVariable("category")).intValue();
      boolean change = input.choice("reReviewDecision", ReReview.class) == ReReview.CHANGE;
      Integer proposed = null;
      String rationale;
      if (change) {
        proposed = input.integer("reReviewCategory", 1, 4);
        if (proposed == current) {
          throw FormInput.invalid("reReviewCategory", "is the school's current category " + current + ": choose Keep instead");
        }
        rationale = input.text("reReviewRationale", EvaluateStep.MIN_RATIONALE, FormInput.LONG_TEXT);
      } else {
        rationale = input.optionalText("reReviewRationale", FormInput.LONG_TEXT);
      }
      cycles.reReview((Long) task.getVariable("cycleId"), proposed, rationale, actors.of(task));
      task.setVariable("categoryChangeProposed", change);
      task.setVariable("proposedCategory", proposed);
    }
  }

  @Component("categoryChangeDecided")
  static class CategoryChangeDecided implements TaskListener {

    private final CycleService cycles;
    private final Actors actors;

    CategoryChangeDecided(CycleService cycles, Actors actors) {
      this.cycles = cycles;
      this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = new FormInput(task);
      boolean approved = input.choice("changeDecision", ChangeDecision.class) == ChangeDecision.APPROVE;
      String comments = approved
          ? input.optionalText("changeComments", FormInput.LONG_TEXT)
          : input.text("changeComments", FormInput.LONG_TEXT);
      int proposed = ((Number) task.getVariable("proposedCategory")).intValue();
      cycles.decideChange((Long) task.getVariable("cycleId"), proposed, approved, comments, actors.of(task));
      task.setVariable("categoryChangeApproved", approved);
      if (approved) {
        task.setVariable("category", proposed);
        task.setVariable("categoryLabel", Category.labelOf(proposed));
      }
    }
  }
}
