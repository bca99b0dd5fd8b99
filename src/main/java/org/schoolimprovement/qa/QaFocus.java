package org.schoolimprovement.qa;

/** What a QA visit looks at; the visit lead rates each focus of the visit red, amber or green. */
public enum QaFocus {
  SAFEGUARDING("Safeguarding"),
  CURRICULUM("Curriculum and teaching"),
  SEND("SEND"),
  LEADERSHIP("Leadership and governance"),
  PRIORITIES("Progress on the plan's priorities");

  /** The reviews every school gets from its improvement partner's visits each year, most urgent first. */
  static final java.util.List<QaFocus> CORE_REVIEWS = java.util.List.of(SAFEGUARDING, CURRICULUM, SEND);

  private final String label;

  QaFocus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The name of the form field holding this focus's RAG, e.g. {@code ragSafeguarding}. */
  String ragField() {
    return "rag" + name().charAt(0) + name().substring(1).toLowerCase();
  }

  /** The variable that tells the form to show this focus, e.g. {@code focusSafeguarding}. */
  String flagVariable() {
    return "focus" + name().charAt(0) + name().substring(1).toLowerCase();
  }
}
