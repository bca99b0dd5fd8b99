package org.schoolimprovement.cycle;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A specialist leader deployed to one of a school's priorities. */
@Entity
@Table(name = "support_deployment")
public class SupportDeployment {

  public enum Status {
    BROKERED, ACCEPTED, DECLINED, COMPLETED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long cycleId;
  private String sle;
  private int priorityNumber;
  private String focus;
  private BigDecimal daysPlanned;
  private BigDecimal daysDelivered;
  @Enumerated(EnumType.STRING)
  private Status status;
  private String declineReason;
  private String impactNote;
  private String brokeredBy;
  private Instant brokeredAt;
  private Instant acceptedAt;
  private Instant completedAt;

  protected SupportDeployment() {
  }

  SupportDeployment(Long cycleId, String sle, int priorityNumber, String focus, BigDecimal daysPlanned, String brokeredBy,
      Instant brokeredAt) {
    this.cycleId = cycleId;
    this.sle = sle;
    this.priorityNumber = priorityNumber;
    this.focus = focus;
    this.daysPlanned = daysPlanned;
    this.brokeredBy = brokeredBy;
    this.brokeredAt = brokeredAt;
    this.status = Status.BROKERED;
  }

  public Long id() {
    return id;
  }

  public String sle() {
    return sle;
  }

  public int priorityNumber() {
    return priorityNumber;
  }

  public String focus() {
    return focus;
  }

  public String brokeredBy() {
    return brokeredBy;
  }

  public Status status() {
    return status;
  }

  public BigDecimal daysPlanned() {
    return daysPlanned;
  }

  public BigDecimal daysDelivered() {
    return daysDelivered;
  }

  void accept(Instant at) {
    requireStatus(Status.BROKERED);
    status = Status.ACCEPTED;
    acceptedAt = at;
  }

  void decline(String reason, Instant at) {
    requireStatus(Status.BROKERED);
    status = Status.DECLINED;
    declineReason = reason;
    acceptedAt = at;
  }

  void complete(BigDecimal daysDelivered, String impactNote, Instant at) {
    requireStatus(Status.ACCEPTED);
    status = Status.COMPLETED;
    this.daysDelivered = daysDelivered;
    this.impactNote = impactNote;
    completedAt = at;
  }

  private void requireStatus(Status expected) {
    if (status != expected) {
      throw new IllegalStateException("deployment " + id + " is " + status.name().toLowerCase());
    }
  }
}
