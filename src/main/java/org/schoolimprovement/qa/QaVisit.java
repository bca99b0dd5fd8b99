package org.schoolimprovement.qa;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.schoolimprovement.calendar.Term;

/** One QA visit of a school's year: planned, its date agreed, carried out, reported on, then locked. */
@Entity
@Table(name = "qa_visit")
public class QaVisit {

  public enum Status {
    PLANNED, PROPOSED, CONFIRMED, REPORTED, LOCKED, CANCELLED;

    /** Under way or done: a re-plan leaves it as it is. */
    boolean isStarted() {
      return this != PLANNED && this != CANCELLED;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long cycleId;
  private String urn;
  private String academicYear;
  private int number;
  @Enumerated(EnumType.STRING)
  private QaVisitType visitType;
  @Convert(converter = FocusConverter.class)
  private Set<QaFocus> focus;
  @Enumerated(EnumType.STRING)
  private Term term;
  private LocalDate windowOpens;
  @Enumerated(EnumType.STRING)
  private Status status;
  private LocalDate proposedDate;
  private LocalDate confirmedDate;
  @Column(name = "lead_user")
  private String lead;
  private String reviewerName;
  private String reviewerOrganisation;
  private String processInstanceId;
  private Instant plannedAt;
  private Instant cancelledAt;

  protected QaVisit() {
  }

  QaVisit(Long cycleId, String urn, String academicYear, int number, QaVisitPlanner.PlannedVisit planned, Instant plannedAt) {
    this.cycleId = cycleId;
    this.urn = urn;
    this.academicYear = academicYear;
    this.number = number;
    this.visitType = planned.type();
    this.focus = EnumSet.copyOf(planned.focus());
    this.term = planned.term();
    this.windowOpens = planned.windowOpens();
    this.status = Status.PLANNED;
    this.plannedAt = plannedAt;
  }

  public Long id() {
    return id;
  }

  public Long cycleId() {
    return cycleId;
  }

  public String urn() {
    return urn;
  }

  public String academicYear() {
    return academicYear;
  }

  public int number() {
    return number;
  }

  public QaVisitType type() {
    return visitType;
  }

  public Set<QaFocus> focus() {
    return EnumSet.copyOf(focus);
  }

  /** "Safeguarding and SEND". */
  public String focusLabel() {
    var labels = focus.stream().map(QaFocus::label).toList();
    return labels.size() == 1 ? labels.get(0)
        : String.join(", ", labels.subList(0, labels.size() - 1)) + " and " + labels.get(labels.size() - 1);
  }

  public Term term() {
    return term;
  }

  public LocalDate windowOpens() {
    return windowOpens;
  }

  public Status status() {
    return status;
  }

  public LocalDate proposedDate() {
    return proposedDate;
  }

  public LocalDate confirmedDate() {
    return confirmedDate;
  }

  /** The day the visit happens, or is expected to: agreed, else proposed, else the window's first day. */
  public LocalDate expectedDate() {
    return confirmedDate != null ? confirmedDate : proposedDate != null ? proposedDate : windowOpens;
  }

  public String lead() {
    return lead;
  }

  public String reviewerName() {
    return reviewerName;
  }

  public String reviewerOrganisation() {
    return reviewerOrganisation;
  }

  public String processInstanceId() {
    return processInstanceId;
  }

  void begin(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void propose(LocalDate date, String partner) {
    requireStatus(Status.PLANNED, Status.PROPOSED);
    proposedDate = date;
    lead = partner;
    status = Status.PROPOSED;
  }

  void confirm() {
    requireStatus(Status.PROPOSED);
    confirmedDate = proposedDate;
    status = Status.CONFIRMED;
  }

  void reported(String reviewerName, String reviewerOrganisation) {
    requireStatus(Status.CONFIRMED);
    this.reviewerName = reviewerName;
    this.reviewerOrganisation = reviewerOrganisation;
    status = Status.REPORTED;
  }

  void lock() {
    requireStatus(Status.REPORTED);
    status = Status.LOCKED;
  }

  void cancel(Instant at) {
    requireStatus(Status.PLANNED);
    status = Status.CANCELLED;
    cancelledAt = at;
  }

  private void requireStatus(Status... allowed) {
    if (!Arrays.asList(allowed).contains(status)) {
      throw new IllegalStateException("visit " + number + " is " + status.name().toLowerCase());
    }
  }

  /** Stores a visit's focuses as one column: {@code SAFEGUARDING,SEND}. */
  @Converter
  static class FocusConverter implements AttributeConverter<Set<QaFocus>, String> {

    @Override
    public String convertToDatabaseColumn(Set<QaFocus> focus) {
      return focus.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<QaFocus> convertToEntityAttribute(String column) {
      Set<QaFocus> focus = EnumSet.noneOf(QaFocus.class);
      Arrays.stream(column.split(",")).filter(name -> !name.isBlank()).map(QaFocus::valueOf).forEach(focus::add);
      return focus;
    }
  }
}
