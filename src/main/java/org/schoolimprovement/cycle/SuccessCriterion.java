package org.schoolimprovement.cycle;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A measurable success criterion of one priority, rated each term. */
@Entity
@Table(name = "success_criterion")
public class SuccessCriterion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private int priorityNumber;
  private int number;
  private String description;

  protected SuccessCriterion() {
  }

  SuccessCriterion(int priorityNumber, int number, String description) {
    this.priorityNumber = priorityNumber;
    this.number = number;
    this.description = description;
  }

  SuccessCriterion copy() {
    return new SuccessCriterion(priorityNumber, number, description);
  }

  public int priorityNumber() {
    return priorityNumber;
  }

  public int number() {
    return number;
  }

  public String description() {
    return description;
  }
}
