package org.schoolimprovement.cycle;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One school's cycle for one academic year: the record every other record of the year hangs from. */
@Entity
@Table(name = "improvement_cycle")
public class ImprovementCycle {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String urn;
  private String academicYear;
  private String processInstanceId;
  private int step;
  private Integer category;
  private String categoryLabel;
  private Instant startedAt;
  private Instant completedAt;

  protected ImprovementCycle() {
  }

  ImprovementCycle(String urn, String academicYear, String processInstanceId, Instant startedAt) {
    this.urn = urn;
    this.academicYear = academicYear;
    this.processInstanceId = processInstanceId;
    this.startedAt = startedAt;
    this.step = 1;
  }

  public Long id() {
    return id;
  }

  public String urn() {
    return urn;
  }

  public String academicYear() {
    return academicYear;
  }

  public String processInstanceId() {
    return processInstanceId;
  }

  public int step() {
    return step;
  }

  public Integer category() {
    return category;
  }

  public String categoryLabel() {
    return categoryLabel;
  }

  public Instant completedAt() {
    return completedAt;
  }

  void enterStep(int step) {
    this.step = step;
  }

  void categorise(int category, String label) {
    this.category = category;
    this.categoryLabel = label;
  }

  void complete(Instant at) {
    completedAt = at;
  }
}
