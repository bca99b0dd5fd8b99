package org.schoolimprovement.school;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** A report-card grade for one area, from best to worst. */
public enum ReportCardGrade {
  EXCEPTIONAL("exceptional"),
  STRONG_STANDARD("strong standard"),
  EXPECTED_STANDARD("expected standard"),
  NEEDS_ATTENTION("needs attention"),
  URGENT_IMPROVEMENT("urgent improvement");

  private final String label;

  ReportCardGrade(String label) {
    this.label = label;
  }

  /** The wording used by Ofsted, and by the categorisation decision table. */
  public String label() {
    return label;
  }

  public static Optional<ReportCardGrade> worstOf(Collection<ReportCardGrade> grades) {
    return grades.stream().max(Comparator.naturalOrder());
  }
}
