package org.schoolimprovement.school;

/** The evaluation areas of Ofsted's report card (from November 2025); the self-audit uses the same areas. */
public enum OfstedArea {
  INCLUSION("Inclusion"),
  CURRICULUM_AND_TEACHING("Curriculum and teaching"),
  ACHIEVEMENT("Achievement"),
  ATTENDANCE_AND_BEHAVIOUR("Attendance and behaviour"),
  PERSONAL_DEVELOPMENT_AND_WELLBEING("Personal development and well-being"),
  LEADERSHIP_AND_GOVERNANCE("Leadership and governance"),
  EARLY_YEARS("Early years"),
  SIXTH_FORM("Sixth form");

  private final String label;

  OfstedArea(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
