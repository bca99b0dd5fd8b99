package org.schoolimprovement.cycle;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Keeps the cycle record's current step, from each step's start: {@code ${cycleSteps.enter(execution, 3)}}. */
@Component("cycleSteps")
public class CycleSteps {

  private final CycleService cycles;

  CycleSteps(CycleService cycles) {
    this.cycles = cycles;
  }

  /** The steps' names as staff know them, shown beside each task in Tasklist. */
  public static final List<String> NAMES = List.of("1 Evaluate and categorise", "2 Diagnose needs", "3 Plan",
      "4 Deploy support", "5 Monitor and QA", "6 Evaluate impact and sustain");

  public void enter(DelegateExecution execution, int step) {
    cycles.enterStep((Long) execution.getVariable("cycleId"), step);
    // Steps 4 and 5 run side by side: the step is kept where each task can see its own.
    execution.setVariableLocal("stepName", NAMES.get(step - 1));
  }
}
