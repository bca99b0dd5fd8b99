package org.schoolimprovement.cycle;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.schoolimprovement.calendar.Term;

/** One term's progress review: the head's ratings, then the improvement partner's validation. */
@Entity
@Table(name = "progress_review")
public class ProgressReview {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long cycleId;
  @Enumerated(EnumType.STRING)
  private Term term;
  private String updatedBy;
  private Instant updatedAt;
  private String validatedBy;
  private Instant validatedAt;
  private String validationComment;

  @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
  @JoinColumn(name = "review_id", nullable = false)
  private List<ProgressRating> ratings = new ArrayList<>();

  protected ProgressReview() {
  }

  ProgressReview(Long cycleId, Term term, List<ProgressRating> ratings, String updatedBy, Instant updatedAt) {
    this.cycleId = cycleId;
    this.term = term;
    this.ratings.addAll(ratings);
    this.updatedBy = updatedBy;
    this.updatedAt = updatedAt;
  }

  public Term term() {
    return term;
  }

  public List<ProgressRating> ratings() {
    return List.copyOf(ratings);
  }

  public String validatedBy() {
    return validatedBy;
  }

  ProgressRating rating(int priority, Integer criterion) {
    return ratings.stream().filter(rating -> rating.isFor(priority, criterion)).findFirst().orElseThrow();
  }

  void validated(String by, String comment, Instant at) {
    validatedBy = by;
    validationComment = comment;
    validatedAt = at;
  }
}
