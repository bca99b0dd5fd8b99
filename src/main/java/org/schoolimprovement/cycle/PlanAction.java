package org.schoolimprovement.cycle;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An action of the plan for one priority: what, who, by when. */
@Entity
@Table(name = "plan_action")
public class PlanAction {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private int priorityNumber;
  private int number;
  private String description;
  private String owner;
  private LocalDate milestone;

  protected PlanAction() {
  }

  PlanAction(int priorityNumber, int number, String description, String owner, LocalDate milestone) {
    this.priorityNumber = priorityNumber;
    this.number = number;
    this.description = description;
    this.owner = owner;
    this.milestone = milestone;
  }

  public int priorityNumber() {
    return priorityNumber;
  }

  public String description() {
    return description;
  }

  public String owner() {
    return owner;
  }

  public LocalDate milestone() {
    return milestone;
  }
}
