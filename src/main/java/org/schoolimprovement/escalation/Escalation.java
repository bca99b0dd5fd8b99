package org.schoolimprovement.escalation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One level that overdue work reached: 0 the reminder, 1 the director, 2 the CEO. */
@Entity
@Table(name = "escalation")
public class Escalation {

  public enum Resolution { CHASED, EXTENDED, REASSIGNED, ACCEPTED, TASK_COMPLETED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String urn;
  private String processInstanceId;
  private String taskId;
  private String taskName;
  private int level;
  private Instant dueAt;
  private Instant raisedAt;
  private Instant resolvedAt;
  @Enumerated(EnumType.STRING)
  private Resolution resolution;
  private String resolvedBy;
  private String note;

  protected Escalation() {
  }

  public Long id() {
    return id;
  }

  public String urn() {
    return urn;
  }

  public String taskId() {
    return taskId;
  }

  public int level() {
    return level;
  }

  /** When the watched task fell due. */
  public Instant dueAt() {
    return dueAt;
  }

  /** When this level was reached. */
  public Instant raisedAt() {
    return raisedAt;
  }

  public Instant resolvedAt() {
    return resolvedAt;
  }

  public Resolution resolution() {
    return resolution;
  }

  public String resolvedBy() {
    return resolvedBy;
  }
}
