package org.schoolimprovement.cycle;

/** The four categories' names. Which school is in which comes from the schoolCategory decision table. */
public final class Category {

  private static final String[] LABELS = {"Sustain", "Secure", "Improve", "Stabilise"};

  private Category() {
  }

  public static String labelOf(int category) {
    if (category < 1 || category > 4) {
      throw new IllegalArgumentException("category must be 1 to 4, got " + category);
    }
    return LABELS[category - 1];
  }
}
