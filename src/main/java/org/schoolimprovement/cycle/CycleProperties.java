package org.schoolimprovement.cycle;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code trust.cycle}: when the year starts and how each step's deadline is computed. {@code demo-due-in}, for
 * demonstrations only, makes every task fall due that long after it is created.
 */
@Validated
@ConfigurationProperties("trust.cycle")
public record CycleProperties(
    @NotBlank String yearStartCron,
    @NotNull LocalTime dueTime,
    @NotNull LocalTime dayStarts,
    @NotNull Map<String, DeadlineRule> deadlines,
    Duration demoDueIn) {

  /** The deadline rules the BPMN models name; each must be configured. */
  static final Set<String> REQUIRED_RULES = Set.of("self-audit", "approval", "data-pack", "needs-analysis", "plan",
      "plan-approval", "deployment-acceptance", "deployment-outcome", "progress-update", "progress-validation",
      "re-review-starts", "re-review", "impact-review", "impact-decision", "trustee-sign-off",
      "qa-date-proposal", "qa-date-confirmation", "qa-findings", "qa-reply");

  public CycleProperties {
    deadlines = deadlines == null ? Map.of() : Map.copyOf(deadlines);
    Set<String> missing = new TreeSet<>(REQUIRED_RULES);
    missing.removeAll(deadlines.keySet());
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("trust.cycle.deadlines is missing the rules " + missing);
    }
  }
}
