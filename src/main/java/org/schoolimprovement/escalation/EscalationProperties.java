package org.schoolimprovement.escalation;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code trust.escalation}: how long overdue work waits before it goes to the school's director and then to
 * the CEO, and where the emails point.
 */
@Validated
@ConfigurationProperties("trust.escalation")
public record EscalationProperties(
    @NotNull Unit unit,
    @Min(1) int directorAfter,
    @Min(1) int ceoAfter,
    Map<String, Windows> perTask,
    @NotBlank String tasklistUrl,
    @NotBlank String mailFrom) {

  /** Working days in real use; minutes only for demonstrations. */
  public enum Unit { WORKING_DAYS, MINUTES }

  /** Windows for one kind of task, by its BPMN id, e.g. Task_CompleteSelfAudit. */
  public record Windows(@Min(1) int directorAfter, @Min(1) int ceoAfter) {
    public Windows {
      if (ceoAfter <= directorAfter) {
        throw new IllegalArgumentException("ceo-after (" + ceoAfter + ") must be later than director-after (" + directorAfter + ")");
      }
    }
  }

  public EscalationProperties {
    perTask = perTask == null ? Map.of() : Map.copyOf(perTask);
    if (ceoAfter <= directorAfter) {
      throw new IllegalArgumentException("trust.escalation.ceo-after (" + ceoAfter
          + ") must be later than trust.escalation.director-after (" + directorAfter + ")");
    }
  }

  Windows windowsFor(String taskDefinitionKey) {
    return perTask.getOrDefault(taskDefinitionKey, new Windows(directorAfter, ceoAfter));
  }
}
