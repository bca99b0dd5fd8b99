package org.schoolimprovement.school;

public enum Safeguarding {
  MET("met"),
  NOT_MET("not met");

  private final String label;

  Safeguarding(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
