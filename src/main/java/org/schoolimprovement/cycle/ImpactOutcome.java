package org.schoolimprovement.cycle;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Whether one priority was met, and what the director decided to do with the work. */
@Entity
@Table(name = "impact_outcome")
public class ImpactOutcome {

  public enum Outcome {
    MET, PARTIALLY_MET, NOT_MET
  }

  public enum Decision {
    SUSTAIN, SCALE, STOP
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private int priorityNumber;
  @Enumerated(EnumType.STRING)
  private Outcome outcome;
  private String evidence;
  @Enumerated(EnumType.STRING)
  private Decision decision;

  protected ImpactOutcome() {
  }

  ImpactOutcome(int priorityNumber, Outcome outcome, String evidence) {
    this.priorityNumber = priorityNumber;
    this.outcome = outcome;
    this.evidence = evidence;
  }

  public int priorityNumber() {
    return priorityNumber;
  }

  public Outcome outcome() {
    return outcome;
  }

  public Decision decision() {
    return decision;
  }

  void decide(Decision decision) {
    this.decision = decision;
  }
}
