package org.schoolimprovement.calendar;

public enum Term {
  AUTUMN("Autumn"),
  SPRING("Spring"),
  SUMMER("Summer");

  private final String label;

  Term(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
