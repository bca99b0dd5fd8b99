package org.schoolimprovement.intervention;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.schoolimprovement.system.AsProcess;
import org.springframework.stereotype.Component;

/**
 * Starts a school's intervention from wherever the need shows (category 4, a priority red twice running, a
 * safeguarding concern at a QA visit): the school's cycle receives {@value #NEEDED} and runs
 * {@code schoolIntervention} in its event sub-process, so Cockpit shows it under the cycle. Whichever comes
 * first starts it; while it runs, the others start nothing.
 */
@Component("interventions")
public class Interventions {

  static final String NEEDED = "interventionNeeded";

  private final InterventionService service;
  private final RuntimeService runtimeService;

  Interventions(InterventionService service, RuntimeService runtimeService) {
    this.service = service;
    this.runtimeService = runtimeService;
  }

  /** From the BPMN: {@code camunda:expression="${interventions.needed(execution, 'CATEGORY_4')}"}. */
  public void needed(DelegateExecution execution, String reason) {
    Intervention.Reason why = Intervention.Reason.valueOf(reason);
    request((String) execution.getVariable("urn"), execution.getProcessBusinessKey(), why, why.label());
  }

  /**
   * Starts the school's intervention under its cycle (business key {@code <URN>-<year>}), unless one is
   * already running; returns whether it started one.
   */
  public boolean request(String urn, String cycleBusinessKey, Intervention.Reason reason, String detail) {
    // The intervention's record is opened in the same transaction that starts it: an active record is a running one.
    if (urn == null || cycleBusinessKey == null || service.active(urn).isPresent()) {
      return false;
    }
    return AsProcess.call(() -> !runtimeService.createMessageCorrelation(NEEDED).processInstanceBusinessKey(cycleBusinessKey)
        .setVariable("interventionReason", reason.name())
        .setVariable("interventionDetail", detail)
        .correlateAllWithResult().isEmpty());
  }
}
