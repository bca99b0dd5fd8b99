package org.schoolimprovement.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Keeps the cycle record's current step, from each step's start: {@code ${cycleSteps.enter(execution, 3)}}. */
@Component("cycleSteps")
public class CycleSteps {

  private final CycleService cycles;

  CycleSteps(CycleService cycles) {
    this.cycles = cycles;
  }

  public void enter(DelegateExecution execution, int step) {
    cycles.enterStep((Long) execution.getVariable("cycleId"), step);
  }
}
