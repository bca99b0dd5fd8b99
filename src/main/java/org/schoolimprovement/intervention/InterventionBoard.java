package org.schoolimprovement.intervention;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One half-termly progress board of an intervention: minutes, decisions, and its review of the exit criteria. */
@Entity
@Table(name = "intervention_board")
public class InterventionBoard {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long interventionId;
  private int number;
  private LocalDate heldOn;
  private String minutes;
  private String decisions;
  private int criteriaMet;
  private boolean exitRecommended;
  private String recordedBy;
  private Instant recordedAt;

  protected InterventionBoard() {
  }

  InterventionBoard(Long interventionId, int number, LocalDate heldOn, String minutes, String decisions, int criteriaMet,
      boolean exitRecommended, String recordedBy, Instant recordedAt) {
    this.interventionId = interventionId;
    this.number = number;
    this.heldOn = heldOn;
    this.minutes = minutes;
    this.decisions = decisions;
    this.criteriaMet = criteriaMet;
    this.exitRecommended = exitRecommended;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public int number() {
    return number;
  }

  public int criteriaMet() {
    return criteriaMet;
  }

  public boolean exitRecommended() {
    return exitRecommended;
  }
}
