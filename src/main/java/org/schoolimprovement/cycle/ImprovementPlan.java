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

  /**
   * The next version of an approved plan with actions added from elsewhere (a QA visit's agreed actions): the
   * approval stands, and each added action is numbered after its priority's last.
   */
  ImprovementPlan amendedWith(List<PlanAction> added, String by, Instant at, String note) {
    if (status != Status.APPROVED) {
      throw new IllegalStateException("plan version " + version + " is " + status.name().toLowerCase() + ", not approved");
    }
    List<PlanAction> copied = new ArrayList<>(actions.stream().map(PlanAction::copy).toList());
    for (PlanAction action : added) {
      int next = copied.stream().filter(existing -> existing.priorityNumber() == action.priorityNumber())
          .mapToInt(PlanAction::number).max().orElse(0) + 1;
      copied.add(action.numbered(next));
    }
    ImprovementPlan amended = new ImprovementPlan(cycleId, version + 1, copied,
        criteria.stream().map(SuccessCriterion::copy).toList(), by, at);
    amended.status = Status.APPROVED;
    amended.decidedBy = decidedBy;
    amended.decidedAt = decidedAt;
    amended.decisionComments = note;
    return amended;
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
