package org.schoolimprovement.cycle;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The trust's year: one row per academic year, so a year can be opened only once. */
@Entity
@Table(name = "improvement_year")
class ImprovementYear {

  @Id
  private String academicYear;
  private String processInstanceId;
  private String startedBy;
  private Instant startedAt;
  private Instant completedAt;

  protected ImprovementYear() {
  }

  ImprovementYear(String academicYear, String processInstanceId, String startedBy, Instant startedAt) {
    this.academicYear = academicYear;
    this.processInstanceId = processInstanceId;
    this.startedBy = startedBy;
    this.startedAt = startedAt;
  }

  String startedBy() {
    return startedBy;
  }

  Instant startedAt() {
    return startedAt;
  }

  void complete(Instant at) {
    completedAt = at;
  }
}
