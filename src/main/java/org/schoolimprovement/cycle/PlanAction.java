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
  /** Where an action came from when not from the head's plan, e.g. "QA visit 2: Safeguarding". */
  private String source;
  private Long qaVisitId;

  protected PlanAction() {
  }

  PlanAction(int priorityNumber, int number, String description, String owner, LocalDate milestone) {
    this.priorityNumber = priorityNumber;
    this.number = number;
    this.description = description;
    this.owner = owner;
    this.milestone = milestone;
  }

  /** An action agreed at a QA visit, added to the plan when the visit's report is locked. */
  public static PlanAction fromQaVisit(int priorityNumber, String description, String owner, LocalDate dueBy, Long visitId,
      String source) {
    PlanAction action = new PlanAction(priorityNumber, 0, description, owner, dueBy);
    action.qaVisitId = visitId;
    action.source = source;
    return action;
  }

  PlanAction copy() {
    PlanAction copy = new PlanAction(priorityNumber, number, description, owner, milestone);
    copy.source = source;
    copy.qaVisitId = qaVisitId;
    return copy;
  }

  PlanAction numbered(int number) {
    this.number = number;
    return this;
  }

  public int number() {
    return number;
  }

  public String source() {
    return source;
  }

  public Long qaVisitId() {
    return qaVisitId;
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
