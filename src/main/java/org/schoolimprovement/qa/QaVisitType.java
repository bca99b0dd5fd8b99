package org.schoolimprovement.qa;

import java.util.EnumSet;
import java.util.Set;

/** Who carries out a visit. External and peer reviewers have no login: the improvement partner records for them. */
public enum QaVisitType {
  PARTNER("Improvement partner visit", EnumSet.noneOf(QaFocus.class)),
  EXTERNAL("External one-day review", EnumSet.of(QaFocus.CURRICULUM, QaFocus.SAFEGUARDING, QaFocus.LEADERSHIP)),
  PEER("Peer review", EnumSet.of(QaFocus.CURRICULUM, QaFocus.LEADERSHIP));

  private final String label;
  private final EnumSet<QaFocus> fixedFocus;

  QaVisitType(String label, EnumSet<QaFocus> fixedFocus) {
    this.label = label;
    this.fixedFocus = fixedFocus;
  }

  public String label() {
    return label;
  }

  /** The focus of a visit of this type, when it does not depend on the year's plan. */
  Set<QaFocus> fixedFocus() {
    return EnumSet.copyOf(fixedFocus);
  }

  /** Whether someone without a login carries it out, so the report names them. */
  boolean namesReviewer() {
    return this != PARTNER;
  }
}
