package org.schoolimprovement.school;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.hibernate.annotations.BatchSize;

/**
 * The school's latest inspection: a report card (grade per area and safeguarding met / not met) or, for a
 * school not yet inspected under the renewed framework, the legacy overall grade.
 */
@Embeddable
public class OfstedOutcome {

  @Column(name = "ofsted_inspection_date")
  private LocalDate inspectionDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "ofsted_legacy_grade")
  private LegacyGrade legacyGrade;

  @Enumerated(EnumType.STRING)
  @Column(name = "ofsted_safeguarding")
  private Safeguarding safeguarding;

  // A school read by its URN has its grades joined; a list of schools reads theirs a hundred schools at a time,
  // not one query per school.
  @ElementCollection(fetch = FetchType.EAGER)
  @BatchSize(size = 100)
  @CollectionTable(name = "school_ofsted_grade", joinColumns = @JoinColumn(name = "urn"))
  @MapKeyEnumerated(EnumType.STRING)
  @MapKeyColumn(name = "area")
  @Enumerated(EnumType.STRING)
  @Column(name = "grade")
  private Map<OfstedArea, ReportCardGrade> reportCard = new EnumMap<>(OfstedArea.class);

  protected OfstedOutcome() {
  }

  public static OfstedOutcome reportCard(LocalDate inspected, Safeguarding safeguarding, Map<OfstedArea, ReportCardGrade> grades) {
    OfstedOutcome outcome = new OfstedOutcome();
    outcome.inspectionDate = inspected;
    outcome.safeguarding = safeguarding;
    outcome.reportCard.putAll(grades);
    return outcome;
  }

  public static OfstedOutcome legacy(LocalDate inspected, LegacyGrade grade) {
    OfstedOutcome outcome = new OfstedOutcome();
    outcome.inspectionDate = inspected;
    outcome.legacyGrade = grade;
    return outcome;
  }

  public static OfstedOutcome notInspected() {
    return new OfstedOutcome();
  }

  public LocalDate inspectionDate() {
    return inspectionDate;
  }

  public Optional<LegacyGrade> legacyGrade() {
    return Optional.ofNullable(legacyGrade);
  }

  public Optional<Safeguarding> safeguarding() {
    return Optional.ofNullable(safeguarding);
  }

  public Map<OfstedArea, ReportCardGrade> reportCard() {
    return reportCard.isEmpty() ? Map.of() : new EnumMap<>(reportCard);
  }

  public Optional<ReportCardGrade> worstReportCardGrade() {
    return ReportCardGrade.worstOf(reportCard.values());
  }
}
