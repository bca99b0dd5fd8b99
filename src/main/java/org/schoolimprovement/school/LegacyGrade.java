package org.schoolimprovement.school;

/** The single overall grade of inspections before November 2025. */
public enum LegacyGrade {
  OUTSTANDING("outstanding"),
  GOOD("good"),
  REQUIRES_IMPROVEMENT("requires improvement"),
  INADEQUATE("inadequate");

  private final String label;

  LegacyGrade(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
