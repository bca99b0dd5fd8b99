package org.schoolimprovement.cycle;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The support a school's category brings, and for category 4 the CEO's intensive package. */
@Entity
@Table(name = "support_package")
class SupportPackage {

  /** The forms of intensive support the CEO chooses from. */
  enum IntensivePackage {
    LEADERSHIP_CAPACITY, NLE, SLE, EXECUTIVE_HEAD, BESPOKE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long cycleId;
  private String supportLevel;
  private int sleDaysOffered;
  @Enumerated(EnumType.STRING)
  private IntensivePackage intensivePackage;
  private String ceoRationale;
  private String approvedBy;
  private Instant decidedAt;

  protected SupportPackage() {
  }

  SupportPackage(Long cycleId, String supportLevel, int sleDaysOffered, Instant decidedAt) {
    this.cycleId = cycleId;
    this.supportLevel = supportLevel;
    this.sleDaysOffered = sleDaysOffered;
    this.decidedAt = decidedAt;
  }

  void approveIntensive(IntensivePackage intensivePackage, String rationale, String by, Instant at) {
    this.intensivePackage = intensivePackage;
    this.ceoRationale = rationale;
    this.approvedBy = by;
    this.decidedAt = at;
  }

  int sleDaysOffered() {
    return sleDaysOffered;
  }

  IntensivePackage intensivePackage() {
    return intensivePackage;
  }
}
