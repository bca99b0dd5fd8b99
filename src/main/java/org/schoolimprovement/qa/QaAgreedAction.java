package org.schoolimprovement.qa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An action the visit lead and the head agreed: it joins the school's plan under a priority when the report locks. */
@Entity
@Table(name = "qa_agreed_action")
public class QaAgreedAction {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private int number;
  private int priorityNumber;
  private String description;
  private String owner;
  @Column(name = "due_by")
  private LocalDate dueBy;

  protected QaAgreedAction() {
  }

  QaAgreedAction(int number, int priorityNumber, String description, String owner, LocalDate dueBy) {
    this.number = number;
    this.priorityNumber = priorityNumber;
    this.description = description;
    this.owner = owner;
    this.dueBy = dueBy;
  }

  public int number() {
    return number;
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

  public LocalDate dueBy() {
    return dueBy;
  }
}
