package org.schoolimprovement.cycle;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.schoolimprovement.school.OfstedArea;

/** One of the 3 to 5 priorities of a needs analysis. */
@Entity
@Table(name = "priority")
public class Priority {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private int number;
  @Enumerated(EnumType.STRING)
  private OfstedArea area;
  private String title;
  private String rootCause;
  private String evidence;

  protected Priority() {
  }

  Priority(int number, OfstedArea area, String title, String rootCause, String evidence) {
    this.number = number;
    this.area = area;
    this.title = title;
    this.rootCause = rootCause;
    this.evidence = evidence;
  }

  public int number() {
    return number;
  }

  public String title() {
    return title;
  }
}
