package org.schoolimprovement.cycle;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Step 6's record: outcome per priority (head), sustain / scale / stop (director), CEO sign-off. */
@Entity
@Table(name = "impact_review")
public class ImpactReview {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long cycleId;
  private String lessons;
  private boolean shareLessons;
  private String reviewedBy;
  private Instant reviewedAt;
  private String decidedBy;
  private Instant decidedAt;
  private String directorComment;
  private String signedOffBy;
  private Instant signedOffAt;
  private String ceoComment;

  @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
  @JoinColumn(name = "review_id", nullable = false)
  @OrderBy("priorityNumber")
  private List<ImpactOutcome> outcomes = new ArrayList<>();

  protected ImpactReview() {
  }

  ImpactReview(Long cycleId, List<ImpactOutcome> outcomes, String lessons, boolean shareLessons, String reviewedBy,
      Instant reviewedAt) {
    this.cycleId = cycleId;
    this.outcomes.addAll(outcomes);
    this.lessons = lessons;
    this.shareLessons = shareLessons;
    this.reviewedBy = reviewedBy;
    this.reviewedAt = reviewedAt;
  }

  public List<ImpactOutcome> outcomes() {
    return List.copyOf(outcomes);
  }

  public String lessons() {
    return lessons;
  }

  public String signedOffBy() {
    return signedOffBy;
  }

  Long cycleId() {
    return cycleId;
  }

  ImpactOutcome outcome(int priority) {
    return outcomes.stream().filter(outcome -> outcome.priorityNumber() == priority).findFirst().orElseThrow();
  }

  void decided(String by, String comment, Instant at) {
    decidedBy = by;
    directorComment = comment;
    decidedAt = at;
  }

  void signedOff(String by, String comment, Instant at) {
    signedOffBy = by;
    ceoComment = comment;
    signedOffAt = at;
  }
}
