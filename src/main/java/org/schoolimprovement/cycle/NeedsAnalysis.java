package org.schoolimprovement.cycle;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Step 2's record: the school's priorities for the year. */
@Entity
@Table(name = "needs_analysis")
public class NeedsAnalysis {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long cycleId;
  private int version;
  private String analysedBy;
  private Instant analysedAt;

  @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
  @JoinColumn(name = "needs_analysis_id", nullable = false)
  @OrderBy("number")
  private List<Priority> priorities = new ArrayList<>();

  protected NeedsAnalysis() {
  }

  NeedsAnalysis(Long cycleId, int version, List<Priority> priorities, String analysedBy, Instant analysedAt) {
    this.cycleId = cycleId;
    this.version = version;
    this.priorities.addAll(priorities);
    this.analysedBy = analysedBy;
    this.analysedAt = analysedAt;
  }

  public Long id() {
    return id;
  }

  public int version() {
    return version;
  }

  public List<Priority> priorities() {
    return List.copyOf(priorities);
  }
}
