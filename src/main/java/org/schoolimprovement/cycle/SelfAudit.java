package org.schoolimprovement.cycle;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import org.schoolimprovement.school.OfstedArea;
import org.schoolimprovement.school.ReportCardGrade;

/** The head's self-audit: a judgement per Ofsted area, safeguarding, strengths and concerns. Never updated. */
@Entity
@Table(name = "self_audit")
public class SelfAudit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long cycleId;
  private int version;
  private boolean safeguardingEffective;
  private String strengths;
  private String concerns;
  private String submittedBy;
  private Instant submittedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "self_audit_judgement", joinColumns = @JoinColumn(name = "self_audit_id"))
  @MapKeyEnumerated(EnumType.STRING)
  @MapKeyColumn(name = "area")
  @Enumerated(EnumType.STRING)
  @Column(name = "grade")
  private Map<OfstedArea, ReportCardGrade> judgements = new EnumMap<>(OfstedArea.class);

  protected SelfAudit() {
  }

  SelfAudit(Long cycleId, int version, Map<OfstedArea, ReportCardGrade> judgements, boolean safeguardingEffective,
      String strengths, String concerns, String submittedBy, Instant submittedAt) {
    this.cycleId = cycleId;
    this.version = version;
    this.judgements.putAll(judgements);
    this.safeguardingEffective = safeguardingEffective;
    this.strengths = strengths;
    this.concerns = concerns;
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt;
  }

  public Long id() {
    return id;
  }

  public int version() {
    return version;
  }

  public Map<OfstedArea, ReportCardGrade> judgements() {
    return Map.copyOf(judgements);
  }

  public boolean safeguardingEffective() {
    return safeguardingEffective;
  }

  public ReportCardGrade worstJudgement() {
    return ReportCardGrade.worstOf(judgements.values()).orElseThrow();
  }

  public String submittedBy() {
    return submittedBy;
  }
}
