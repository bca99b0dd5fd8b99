package org.schoolimprovement.cycle;

import org.schoolimprovement.system.Actors;
import org.schoolimprovement.system.FormInput;
import static org.schoolimprovement.cycle.FormFields.priority;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Step 6, evaluate impact and sustain. */
final class ImpactStep {

  private ImpactStep() {
  }

  @Component("impactReviewed")
  static class ImpactReviewed implements TaskListener {

    private final ImpactService impact;
    private final Actors actors;

    ImpactReviewed(ImpactService impact, Actors actors) {
      this.impact = impact;
      this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = new FormInput(task);
      int priorities = ((Number) task.getVariable("priorityCount")).intValue();
      List<ImpactOutcome> outcomes = new ArrayList<>();
      for (int number = 1; number <= priorities; number++) {
        outcomes.add(new ImpactOutcome(number, input.choice(priority(number, "Outcome"), ImpactOutcome.Outcome.class),
            input.text(priority(number, "OutcomeEvidence"), FormInput.LONG_TEXT)));
      }
      impact.review((Long) task.getVariable("cycleId"), outcomes, input.text("lessons", FormInput.LONG_TEXT),
          input.checked("shareLessons"), actors.of(task));
    }
  }

  @Component("impactDecided")
  static class ImpactDecided implements TaskListener {

    private final ImpactService impact;
    private final Actors actors;

    ImpactDecided(ImpactService impact, Actors actors) {
      this.impact = impact;
      this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = new FormInput(task);
      int priorities = ((Number) task.getVariable("priorityCount")).intValue();
      Map<Integer, ImpactOutcome.Decision> decisions = new LinkedHashMap<>();
      for (int number = 1; number <= priorities; number++) {
        decisions.put(number, input.choice(priority(number, "Decision"), ImpactOutcome.Decision.class));
      }
      impact.decide((Long) task.getVariable("cycleId"), decisions,
          input.optionalText("directorComment", FormInput.LONG_TEXT), actors.of(task));
    }
  }

  @Component("trusteeReportSignedOff")
  static class TrusteeReportSignedOff implements TaskListener {

    private final ImpactService impact;
    private final Actors actors;

    TrusteeReportSignedOff(ImpactService impact, Actors actors) {
      this.impact = impact;
      this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = new FormInput(task);
      if (!input.checked("trusteeReportConfirmed")) {
        throw FormInput.invalid("trusteeReportConfirmed", "tick to confirm the school's entry is ready for trustees");
      }
      impact.signOff((Long) task.getVariable("cycleId"), input.optionalText("ceoComment", FormInput.LONG_TEXT),
          actors.of(task));
    }
  }
}
