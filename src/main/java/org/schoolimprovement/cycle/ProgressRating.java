package org.schoolimprovement.cycle;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A RAG for one priority (no criterion number) or one of its success criteria, as rated and as validated. */
@Entity
@Table(name = "progress_rating")
public class ProgressRating {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private int priorityNumber;
  private Integer criterionNumber;
  @Enumerated(EnumType.STRING)
  private Rag headRag;
  @Enumerated(EnumType.STRING)
  private Rag validatedRag;
  private String commentary;

  protected ProgressRating() {
  }

  ProgressRating(int priorityNumber, Integer criterionNumber, Rag headRag, String commentary) {
    this.priorityNumber = priorityNumber;
    this.criterionNumber = criterionNumber;
    this.headRag = headRag;
    this.commentary = commentary;
  }

  public int priorityNumber() {
    return priorityNumber;
  }

  public Integer criterionNumber() {
    return criterionNumber;
  }

  public Rag headRag() {
    return headRag;
  }

  public Rag validatedRag() {
    return validatedRag;
  }

  boolean isFor(int priority, Integer criterion) {
    return priorityNumber == priority && java.util.Objects.equals(criterionNumber, criterion);
  }

  void validate(Rag rag) {
    validatedRag = rag;
  }
}
