package org.schoolimprovement.onboarding;

/** The areas of due diligence on a school joining the trust. */
public enum DueDiligenceArea {
  SAFEGUARDING("Safeguarding"),
  FINANCE("Finance"),
  HR("HR"),
  ESTATES("Estates"),
  OUTCOMES("Outcomes"),
  GOVERNANCE("Governance");

  private final String label;

  DueDiligenceArea(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The form's fields for this area, e.g. {@code diligenceSafeguardingRag}. */
  String field(String part) {
    return "diligence" + name().charAt(0) + name().substring(1).toLowerCase() + part;
  }
}
