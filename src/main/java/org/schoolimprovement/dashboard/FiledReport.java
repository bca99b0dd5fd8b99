package org.schoolimprovement.dashboard;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A trustees' report as filed at the end of a term: never changed. */
@Entity
@Table(name = "trustee_report")
public class FiledReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String academicYear;
  /** AUTUMN, SPRING, SUMMER or YEAR. */
  private String period;
  private String title;
  private Instant generatedAt;
  @Basic(fetch = FetchType.LAZY)
  @Column(columnDefinition = "bytea")
  private byte[] pdf;
  @Basic(fetch = FetchType.LAZY)
  private String csv;

  protected FiledReport() {
  }

  FiledReport(String academicYear, String period, String title, Instant generatedAt, byte[] pdf, String csv) {
    this.academicYear = academicYear;
    this.period = period;
    this.title = title;
    this.generatedAt = generatedAt;
    this.pdf = pdf;
    this.csv = csv;
  }

  public Long id() {
    return id;
  }

  public String academicYear() {
    return academicYear;
  }

  public String period() {
    return period;
  }

  public String title() {
    return title;
  }

  public Instant generatedAt() {
    return generatedAt;
  }

  public byte[] pdf() {
    return pdf;
  }

  public String csv() {
    return csv;
  }
}
