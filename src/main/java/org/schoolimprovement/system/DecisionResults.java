package org.schoolimprovement.system;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * What a business rule task's decision table answered, read by the task's end listener. The engine hands every
 * business rule task its result as the transient local variable {@code decisionResult}; reading it there, rather
 * than through a {@code camunda:resultVariable}, keeps the answer out of the database: a result variable is a
 * serialized map written, copied to history twice and deleted again once the listener has kept what it needs.
 */
public final class DecisionResults {

  /** The variable name Camunda gives the result (DecisionEvaluationUtil.DECISION_RESULT_VARIABLE). */
  static final String DECISION_RESULT = "decisionResult";

  private DecisionResults() {
  }

  /** The outputs of the one rule that matched; fails if none did. */
  public static Map<String, Object> singleResultOf(DelegateExecution execution) {
    if (!(execution.getVariableLocal(DECISION_RESULT) instanceof DmnDecisionResult result)) {
      throw new IllegalStateException("No decision was evaluated at " + execution.getCurrentActivityId());
    }
    DmnDecisionResultEntries entries = result.getSingleResult();
    if (entries == null) {
      throw new IllegalStateException("No rule matched in the decision at " + execution.getCurrentActivityId());
    }
    return entries.getEntryMap();
  }
}
