package org.schoolimprovement.intervention;

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
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One school's intervention: why, the CEO's package and exit criteria, and how it ended. */
@Entity
@Table(name = "intervention")
public class Intervention {

  public enum Reason {
    CATEGORY_4("Category 4"),
    RED_TWICE("A priority red in two validated reviews running"),
    SAFEGUARDING("A safeguarding concern at a QA visit");

    private final String label;

    Reason(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public enum Package {
    LEADERSHIP_CAPACITY, NLE, SLE, EXECUTIVE_HEAD, BESPOKE
  }

  public enum Status {
    ACTIVE, EXITED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long cycleId;
  private String urn;
  @Enumerated(EnumType.STRING)
  private Reason reason;
  private String reasonDetail;
  @Enumerated(EnumType.STRING)
  private Status status;
  private Instant startedAt;
  @Enumerated(EnumType.STRING)
  @Column(name = "package")
  private Package chosenPackage;
  private String rationale;
  private String decidedBy;
  private Instant decidedAt;
  private Instant exitedAt;
  private String exitSignedOffBy;
  private String exitComment;
  private String processInstanceId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "intervention_criterion", joinColumns = @JoinColumn(name = "intervention_id"))
  @MapKeyColumn(name = "number")
  @Column(name = "description")
  private Map<Integer, String> exitCriteria = new TreeMap<>();

  protected Intervention() {
  }

  Intervention(Long cycleId, String urn, Reason reason, String reasonDetail, String processInstanceId, Instant startedAt) {
    this.cycleId = cycleId;
    this.urn = urn;
    this.reason = reason;
    this.reasonDetail = reasonDetail;
    this.processInstanceId = processInstanceId;
    this.startedAt = startedAt;
    this.status = Status.ACTIVE;
  }

  public Long id() {
    return id;
  }

  public String urn() {
    return urn;
  }

  public Reason reason() {
    return reason;
  }

  public String reasonDetail() {
    return reasonDetail;
  }

  public Status status() {
    return status;
  }

  public Package chosenPackage() {
    return chosenPackage;
  }

  public List<String> exitCriteria() {
    return List.copyOf(new TreeMap<>(exitCriteria).values());
  }

  public Instant startedAt() {
    return startedAt;
  }

  void decide(Package chosen, String rationale, List<String> criteria, String ceo, Instant at) {
    this.chosenPackage = chosen;
    this.rationale = rationale;
    this.exitCriteria.clear();
    for (int number = 1; number <= criteria.size(); number++) {
      this.exitCriteria.put(number, criteria.get(number - 1));
    }
    this.decidedBy = ceo;
    this.decidedAt = at;
  }

  void exit(String ceo, String comment, Instant at) {
    if (status != Status.ACTIVE) {
      throw new IllegalStateException("the intervention at " + urn + " has already ended");
    }
    this.status = Status.EXITED;
    this.exitSignedOffBy = ceo;
    this.exitComment = comment;
    this.exitedAt = at;
  }
}
