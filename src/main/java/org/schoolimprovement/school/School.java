package org.schoolimprovement.school;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An academy of the trust, identified by its DfE Unique Reference Number. */
@Entity
@Table(name = "school")
public class School {

  @Id
  private String urn;

  private String name;

  @Enumerated(EnumType.STRING)
  private Phase phase;

  private String localAuthority;

  private String postcode;

  private String headteacherName;

  /** User id of the director of education whose portfolio holds this school. */
  private String directorOfEducation;

  private boolean active = true;

  @Embedded
  private OfstedOutcome ofsted = OfstedOutcome.notInspected();

  private boolean attainmentBelowNational;

  private boolean attendanceBelowNational;

  @Column(updatable = false)
  private Instant createdAt = Instant.now();

  @Version
  private long version;

  protected School() {
  }

  public School(SchoolDetails details) {
    this.urn = details.urn();
    update(details);
  }

  void moveTo(String director) {
    this.directorOfEducation = director;
  }

  void update(SchoolDetails details) {
    this.name = details.name();
    this.phase = details.phase();
    this.localAuthority = details.localAuthority();
    this.postcode = details.postcode();
    this.headteacherName = details.headteacherName();
    this.directorOfEducation = details.directorOfEducation();
    this.ofsted = details.ofsted() == null ? OfstedOutcome.notInspected() : details.ofsted();
    this.attainmentBelowNational = details.attainmentBelowNational();
    this.attendanceBelowNational = details.attendanceBelowNational();
  }

  public String urn() {
    return urn;
  }

  public String name() {
    return name;
  }

  public Phase phase() {
    return phase;
  }

  public String localAuthority() {
    return localAuthority;
  }

  public String postcode() {
    return postcode;
  }

  public String headteacherName() {
    return headteacherName;
  }

  public String directorOfEducation() {
    return directorOfEducation;
  }

  public boolean isActive() {
    return active;
  }

  public OfstedOutcome ofsted() {
    return ofsted == null ? OfstedOutcome.notInspected() : ofsted;
  }

  public boolean attainmentBelowNational() {
    return attainmentBelowNational;
  }

  public boolean attendanceBelowNational() {
    return attendanceBelowNational;
  }

  public String groupId() {
    return TrustRole.schoolGroupId(urn);
  }
}
