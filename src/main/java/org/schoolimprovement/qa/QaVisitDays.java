package org.schoolimprovement.qa;

import java.util.Date;
import org.schoolimprovement.cycle.Deadlines;
import org.springframework.stereotype.Component;

/** When a visit's timers fire: the morning its window opens, and the morning of the visit. */
@Component("qaVisitDays")
public class QaVisitDays {

  private final QaVisitService visits;
  private final Deadlines deadlines;

  QaVisitDays(QaVisitService visits, Deadlines deadlines) {
    this.visits = visits;
    this.deadlines = deadlines;
  }

  public Date windowOpens(Long visitId) {
    return deadlines.startOf(visits.get(visitId).windowOpens());
  }

  public Date visitDay(Long visitId) {
    return deadlines.startOf(visits.get(visitId).confirmedDate());
  }
}
