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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Step 3's record. Its content is locked once submitted: a revision after the director returns it is a new
 * version; only the director's decision is written onto a submitted version.
 */
@Entity
@Table(name = "improvement_plan")
public class ImprovementPlan {

  public enum Status {
    SUBMITTED, APPROVED, RETURNED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long cycleId;
  private int version;
  @Enumerated(EnumType.STRING)
  private Status status;
  private String writtenBy;
  private Instant submittedAt;
  private String decidedBy;
  private Instant decidedAt;
  private String decisionComments;

  @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
  @JoinColumn(name = "plan_id", nullable = false)
  @OrderBy("priorityNumber, number")
  private List<PlanAction> actions = new ArrayList<>();

  @OneToMany(cascade = CascadeType.ALL)
  @JoinColumn(name = "plan_id", nullable = false)
  @OrderBy("priorityNumber, number")
  private List<SuccessCriterion> criteria = new ArrayList<>();

  protected ImprovementPlan() {
  }

  ImprovementPlan(Long cycleId, int version, List<PlanAction> actions, List<SuccessCriterion> criteria, String writtenBy,
      Instant submittedAt) {
    this.cycleId = cycleId;
    this.version = version;
    this.actions.addAll(actions);
    this.criteria.addAll(criteria);
    this.writtenBy = writtenBy;
    this.submittedAt = submittedAt;
    this.status = Status.SUBMITTED;
  }

  public Long id() {
    return id;
  }

  public int version() {
    return version;
  }

  public Status status() {
    return status;
  }

  public List<PlanAction> actions() {
    return List.copyOf(actions);
  }

  public List<SuccessCriterion> criteria() {
    return List.copyOf(criteria);
  }

  void decide(boolean approved, String comments, String by, Instant at) {
    if (status != Status.SUBMITTED) {
      throw new IllegalStateException("plan version " + version + " was already " + status.name().toLowerCase());
    }
    status = approved ? Status.APPROVED : Status.RETURNED;
    decisionComments = comments;
    decidedBy = by;
    decidedAt = at;
  }
}
