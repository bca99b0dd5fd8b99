package org.schoolimprovement.cycle;

import org.schoolimprovement.system.Actors;
import org.schoolimprovement.system.FormInput;
import static org.schoolimprovement.cycle.FormFields.MAX_PRIORITIES;
import static org.schoolimprovement.cycle.FormFields.REQUIRED_PRIORITIES;
import static org.schoolimprovement.cycle.FormFields.priority;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.schoolimprovement.school.OfstedArea;
import org.springframework.stereotype.Component;

/** Step 2, diagnose needs: the data pack and the 3 to 5 priorities. */
final class DiagnoseStep {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private DiagnoseStep() {
  }

  @Component("dataPackProvided")
  static class DataPackProvided implements TaskListener {

    private final NeedsService needs;
    private final Actors actors;

    DataPackProvided(NeedsService needs, Actors actors) {
      this.needs = needs;
      this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = new FormInput(task);
      String attainment = input.text("attainmentSummary", FormInput.LONG_TEXT);
      BigDecimal attendance = input.number("attendancePercent", BigDecimal.ZERO, HUNDRED);
      BigDecimal persistentAbsence = input.number("persistentAbsencePercent", BigDecimal.ZERO, HUNDRED);
      String gap = input.optionalText("disadvantagedGap", FormInput.LONG_TEXT);
      String link = input.optionalText("dataPackLink", 500);
      if (link != null && !link.matches("https?://\\S+")) {
        throw FormInput.invalid("dataPackLink", "must be a web address starting with https://");
      }
      Long id = needs.provideDataPack((Long) task.getVariable("cycleId"), attainment, attendance, persistentAbsence, gap,
          link, actors.of(task));
      task.setVariable("dataPackId", id);
    }
  }

  @Component("needsAnalysed")
  static class NeedsAnalysed implements TaskListener {

    private final NeedsService needs;
    private final Actors actors;

    NeedsAnalysed(NeedsService needs, Actors actors) {
      this.needs = needs;
      this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = new FormInput(task);
      List<Priority> priorities = new ArrayList<>();
      for (int number = 1; number <= MAX_PRIORITIES; number++) {
        boolean given = !input.isBlank(priority(number, "Title")) || !input.isBlank(priority(number, "RootCause"))
            || !input.isBlank(priority(number, "Evidence"));
        if (number > REQUIRED_PRIORITIES && !given) {
          continue;
        }
        if (number > priorities.size() + 1) {
          throw FormInput.invalid(priority(number, "Title"), "fill in priority " + (number - 1) + " first");
        }
        priorities.add(new Priority(number,
            input.choice(priority(number, "Area"), OfstedArea.class),
            input.text(priority(number, "Title"), FormInput.SHORT_TEXT),
            input.text(priority(number, "RootCause"), FormInput.LONG_TEXT),
            input.text(priority(number, "Evidence"), FormInput.LONG_TEXT)));
      }
      NeedsAnalysis analysis = needs.analyse((Long) task.getVariable("cycleId"), priorities, actors.of(task));
      task.setVariable("needsAnalysisId", analysis.id());
      task.setVariable("priorityCount", priorities.size());
    }
  }
}
