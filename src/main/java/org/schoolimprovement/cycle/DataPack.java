package org.schoolimprovement.cycle;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** The data lead's performance data pack behind the needs analysis. */
@Entity
@Table(name = "data_pack")
class DataPack {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long cycleId;
  private int version;
  private String attainmentSummary;
  private BigDecimal attendancePercent;
  private BigDecimal persistentAbsencePercent;
  private String disadvantagedGap;
  private String link;
  private String providedBy;
  private Instant providedAt;

  protected DataPack() {
  }

  DataPack(Long cycleId, int version, String attainmentSummary, BigDecimal attendancePercent,
      BigDecimal persistentAbsencePercent, String disadvantagedGap, String link, String providedBy, Instant providedAt) {
    this.cycleId = cycleId;
    this.version = version;
    this.attainmentSummary = attainmentSummary;
    this.attendancePercent = attendancePercent;
    this.persistentAbsencePercent = persistentAbsencePercent;
    this.disadvantagedGap = disadvantagedGap;
    this.link = link;
    this.providedBy = providedBy;
    this.providedAt = providedAt;
  }

  Long id() {
    return id;
  }

  int version() {
    return version;
  }
}
