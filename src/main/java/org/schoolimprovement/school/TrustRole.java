package org.schoolimprovement.school;

/** The trust's roles, each a Camunda group. A head is also a member of their school's group. */
public enum TrustRole {
  CEO("ceo", "Chief executive"),
  DIRECTOR_OF_EDUCATION("directors-of-education", "Directors of education"),
  IMPROVEMENT_PARTNER("improvement-partners", "Trust improvement partners"),
  SLE("sles", "Specialist and national leaders of education"),
  HEADTEACHER("headteachers", "Headteachers"),
  TRUSTEE("trustees", "Trustees (standards committee)"),
  DATA_LEAD("data-lead", "Trust data lead"),
  // Camunda's own administrators group: a member must exist, or Admin offers anyone its first-user setup page.
  ADMIN("camunda-admin", "Administrators");

  private final String groupId;
  private final String groupName;

  TrustRole(String groupId, String groupName) {
    this.groupId = groupId;
    this.groupName = groupName;
  }

  public String groupId() {
    return groupId;
  }

  public String groupName() {
    return groupName;
  }

  /** The group of one school's staff: its candidate group for the head's tasks. */
  public static String schoolGroupId(String urn) {
    return "school-" + urn;
  }
}
