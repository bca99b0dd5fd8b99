package org.schoolimprovement.cycle;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One decision about a school's category; the history of all of them is kept. */
@Entity
@Table(name = "category_decision")
public class CategoryDecision {

  public enum Kind {
    COMPUTED, CONFIRMED, OVERRIDDEN, APPROVED, RETURNED, RE_REVIEW_KEPT, RE_REVIEW_PROPOSED, CHANGE_APPROVED, CHANGE_REFUSED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long cycleId;
  @Enumerated(EnumType.STRING)
  private Kind kind;
  private int category;
  private String label;
  private String rationale;
  private String decidedBy;
  private Instant decidedAt;

  protected CategoryDecision() {
  }

  CategoryDecision(Long cycleId, Kind kind, int category, String rationale, String decidedBy, Instant decidedAt) {
    this.cycleId = cycleId;
    this.kind = kind;
    this.category = category;
    this.label = Category.labelOf(category);
    this.rationale = rationale;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
  }

  public Kind kind() {
    return kind;
  }

  public int category() {
    return category;
  }

  public String rationale() {
    return rationale;
  }

  public String decidedBy() {
    return decidedBy;
  }
}
