package org.schoolimprovement.onboarding;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.schoolimprovement.cycle.Rag;

/** A school joining the trust: its due diligence, initial category and first cycle. */
@Entity
@Table(name = "school_onboarding")
public class SchoolOnboarding {

  /** What due diligence found in one area. */
  @Embeddable
  public static class Finding {
    @Enumerated(EnumType.STRING)
    private Rag rag;
    private String findings;

    protected Finding() {
    }

    public Finding(Rag rag, String findings) {
      this.rag = rag;
      this.findings = findings;
    }

    public Rag rag() {
      return rag;
    }

    public String findings() {
      return findings;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String urn;
  private String academicYear;
  private String processInstanceId;
  private String startedBy;
  private Instant startedAt;
  private String diligenceBy;
  private Instant diligenceAt;
  private Integer computedCategory;
  private Integer category;
  private String categoryRationale;
  private String decidedBy;
  private Instant decidedAt;
  private String cycleProcessInstanceId;
  private Instant completedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "due_diligence_finding", joinColumns = @JoinColumn(name = "onboarding_id"))
  @MapKeyEnumerated(EnumType.STRING)
  @MapKeyColumn(name = "area")
  private Map<DueDiligenceArea, Finding> findings = new EnumMap<>(DueDiligenceArea.class);

  protected SchoolOnboarding() {
  }

  SchoolOnboarding(String urn, String academicYear, String processInstanceId, String startedBy, Instant startedAt) {
    this.urn = urn;
    this.academicYear = academicYear;
    this.processInstanceId = processInstanceId;
    this.startedBy = startedBy;
    this.startedAt = startedAt;
  }

  public Long id() {
    return id;
  }

  public String urn() {
    return urn;
  }

  public Map<DueDiligenceArea, Finding> findings() {
    return Map.copyOf(findings);
  }

  public Integer computedCategory() {
    return computedCategory;
  }

  public Integer category() {
    return category;
  }

  public String cycleProcessInstanceId() {
    return cycleProcessInstanceId;
  }

  void diligenceDone(Map<DueDiligenceArea, Finding> found, String by, Instant at) {
    findings.clear();
    findings.putAll(found);
    diligenceBy = by;
    diligenceAt = at;
  }

  void computed(int category) {
    computedCategory = category;
  }

  void decide(int category, String rationale, String ceo, Instant at) {
    this.category = category;
    this.categoryRationale = rationale;
    this.decidedBy = ceo;
    this.decidedAt = at;
  }

  void cycleStarted(String processInstanceId, Instant at) {
    this.cycleProcessInstanceId = processInstanceId;
    this.completedAt = at;
  }
}
