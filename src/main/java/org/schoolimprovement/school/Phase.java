package org.schoolimprovement.school;

import java.util.Arrays;
import java.util.Optional;

/** Phase of education, with the labels used by Get Information about Schools (GIAS). */
public enum Phase {
  NURSERY("Nursery"),
  PRIMARY("Primary"),
  MIDDLE_DEEMED_PRIMARY("Middle deemed primary"),
  SECONDARY("Secondary"),
  MIDDLE_DEEMED_SECONDARY("Middle deemed secondary"),
  SIXTEEN_PLUS("16 plus"),
  ALL_THROUGH("All-through"),
  NOT_APPLICABLE("Not applicable");

  private final String label;

  Phase(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<Phase> fromLabel(String label) {
    return Arrays.stream(values()).filter(phase -> phase.label.equalsIgnoreCase(label.trim())).findFirst();
  }
}
