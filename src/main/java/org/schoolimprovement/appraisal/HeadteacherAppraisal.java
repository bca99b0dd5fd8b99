package org.schoolimprovement.appraisal;

import jakarta.persistence.CollectionTable;
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
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** One head's appraisal for one academic year. */
@Entity
@Table(name = "headteacher_appraisal")
public class HeadteacherAppraisal {

  public enum RecordedAs { CHAIR_OF_GOVERNORS, DIRECTOR }

  public enum Progress { ON_TRACK, SOME_CONCERNS, OFF_TRACK }

  public enum Outcome { MET, PARTLY_MET, NOT_MET }

  /** One objective, its mid-year progress and final outcome. */
  @Embeddable
  public static class Objective {
    private String description;
    private Integer priorityNumber;
    @Enumerated(EnumType.STRING)
    private Progress midYearStatus;
    @Enumerated(EnumType.STRING)
    private Outcome finalOutcome;

    protected Objective() {
    }

    Objective(String description, Integer priorityNumber) {
      this.description = description;
      this.priorityNumber = priorityNumber;
    }

    public String description() {
      return description;
    }

    public Integer priorityNumber() {
      return priorityNumber;
    }

    public Progress midYearStatus() {
      return midYearStatus;
    }

    public Outcome finalOutcome() {
      return finalOutcome;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String urn;
  private String academicYear;
  private String headName;
  private String processInstanceId;
  private String panel;
  private String externalAdviser;
  @Enumerated(EnumType.STRING)
  private RecordedAs recordedAs;
  private String objectivesSetBy;
  private Instant objectivesSetAt;
  private String midYearComment;
  private String midYearBy;
  private Instant midYearAt;
  @Enumerated(EnumType.STRING)
  private Outcome outcome;
  private String finalComment;
  private String finalBy;
  private Instant finalAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "appraisal_objective", joinColumns = @JoinColumn(name = "appraisal_id"))
  @MapKeyColumn(name = "number")
  private Map<Integer, Objective> objectives = new TreeMap<>();

  protected HeadteacherAppraisal() {
  }

  HeadteacherAppraisal(String urn, String academicYear, String headName, String processInstanceId) {
    this.urn = urn;
    this.academicYear = academicYear;
    this.headName = headName;
    this.processInstanceId = processInstanceId;
  }

  public Long id() {
    return id;
  }

  public Map<Integer, Objective> objectives() {
    return Map.copyOf(objectives);
  }

  public Outcome outcome() {
    return outcome;
  }

  public String externalAdviser() {
    return externalAdviser;
  }

  void setObjectives(String panel, String adviser, RecordedAs as, Map<Integer, Objective> set, String by, Instant at) {
    this.panel = panel;
    this.externalAdviser = adviser;
    this.recordedAs = as;
    this.objectives.clear();
    this.objectives.putAll(set);
    this.objectivesSetBy = by;
    this.objectivesSetAt = at;
  }

  void midYear(Map<Integer, Progress> progress, String comment, String by, Instant at) {
    progress.forEach((number, status) -> objectives.get(number).midYearStatus = status);
    this.midYearComment = comment;
    this.midYearBy = by;
    this.midYearAt = at;
  }

  void finalReview(Map<Integer, Outcome> outcomes, Outcome overall, String comment, String by, Instant at) {
    outcomes.forEach((number, result) -> objectives.get(number).finalOutcome = result);
    this.outcome = overall;
    this.finalComment = comment;
    this.finalBy = by;
    this.finalAt = at;
  }
}
