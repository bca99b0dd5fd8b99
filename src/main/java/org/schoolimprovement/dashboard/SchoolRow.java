package org.schoolimprovement.dashboard;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/** One school on the trust dashboard. */
public record SchoolRow(String urn, String name, String phase, String directorOfEducation, String directorName,
    Integer category, String categoryLabel, Integer previousCategory, String step, RagSummary rag,
    List<PriorityRag> priorities, int overdueTasks, int escalationLevel, NextVisit nextVisit, String cockpitUrl,
    InIntervention intervention) {

  /** The school's active intervention: why, since when, the CEO's package, how many boards have met. */
  public record InIntervention(String reason, LocalDate since, String interventionPackage, int boards) {
  }

  /** How many priorities are red, amber and green in the latest validated term. */
  public record RagSummary(String term, int red, int amber, int green) {
  }

  public record PriorityRag(int number, String area, String areaLabel, String title, String rag) {
  }

  public record NextVisit(int number, String type, String focus, LocalDate date, String status) {
  }

  /** "up", "down", "same", or "new" when the school had no category last year. */
  @JsonProperty
  public String categoryChange() {
    if (category == null) {
      return null;
    }
    if (previousCategory == null) {
      return "new";
    }
    // A higher category number means more support: the school's position went down.
    return category.equals(previousCategory) ? "same" : category < previousCategory ? "up" : "down";
  }

  @JsonProperty
  public String escalation() {
    return switch (escalationLevel) {
      case 1 -> "Director";
      case 2 -> "CEO";
      default -> null;
    };
  }
}
