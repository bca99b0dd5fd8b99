package org.schoolimprovement.qa;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.schoolimprovement.cycle.Rag;

/**
 * A visit's report: findings as the visit lead recorded them, the head's reply, and when it was locked. Its
 * findings are never edited; once locked nothing is written to it, and a correction would be a new version.
 */
@Entity
@Table(name = "qa_report")
public class QaReport {

  public enum Reply {
    ACCURATE, INACCURATE, NONE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long visitId;
  private int version;
  private String strengths;
  private String areasForDevelopment;
  private boolean safeguardingConcern;
  private String safeguardingDetail;
  private String recordedBy;
  private Instant recordedAt;
  @Enumerated(EnumType.STRING)
  private Reply reply;
  private String replyComment;
  private String repliedBy;
  private Instant repliedAt;
  private Instant lockedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "qa_finding", joinColumns = @JoinColumn(name = "report_id"))
  @MapKeyEnumerated(EnumType.STRING)
  @MapKeyColumn(name = "focus")
  @Enumerated(EnumType.STRING)
  @Column(name = "rag")
  private Map<QaFocus, Rag> findings = new EnumMap<>(QaFocus.class);

  @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
  @JoinColumn(name = "report_id", nullable = false)
  @OrderBy("number")
  private List<QaAgreedAction> actions = new ArrayList<>();

  protected QaReport() {
  }

  QaReport(Long visitId, int version, Map<QaFocus, Rag> findings, String strengths, String areasForDevelopment,
      List<QaAgreedAction> actions, boolean safeguardingConcern, String safeguardingDetail, String recordedBy,
      Instant recordedAt) {
    this.visitId = visitId;
    this.version = version;
    this.findings.putAll(findings);
    this.strengths = strengths;
    this.areasForDevelopment = areasForDevelopment;
    this.actions.addAll(actions);
    this.safeguardingConcern = safeguardingConcern;
    this.safeguardingDetail = safeguardingDetail;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public Long id() {
    return id;
  }

  public Long visitId() {
    return visitId;
  }

  public int version() {
    return version;
  }

  public Map<QaFocus, Rag> findings() {
    return Map.copyOf(findings);
  }

  public String strengths() {
    return strengths;
  }

  public String areasForDevelopment() {
    return areasForDevelopment;
  }

  public List<QaAgreedAction> actions() {
    return List.copyOf(actions);
  }

  public boolean safeguardingConcern() {
    return safeguardingConcern;
  }

  public String safeguardingDetail() {
    return safeguardingDetail;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public Reply reply() {
    return reply;
  }

  public String replyComment() {
    return replyComment;
  }

  public String repliedBy() {
    return repliedBy;
  }

  public Instant lockedAt() {
    return lockedAt;
  }

  public boolean isLocked() {
    return lockedAt != null;
  }

  void reply(Reply reply, String comment, String by, Instant at) {
    requireOpen();
    if (this.reply != null) {
      throw new IllegalStateException("the head has already replied to this report");
    }
    this.reply = reply;
    this.replyComment = comment;
    this.repliedBy = by;
    this.repliedAt = at;
  }

  void lock(Instant at) {
    requireOpen();
    if (reply == null) {
      reply = Reply.NONE;
    }
    lockedAt = at;
  }

  private void requireOpen() {
    if (isLocked()) {
      throw new IllegalStateException("the report of visit " + visitId + " is locked");
    }
  }
}
