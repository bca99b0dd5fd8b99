package org.schoolimprovement.cycle;

import java.time.LocalDate;
import java.util.List;
import org.schoolimprovement.school.OfstedArea;
import org.springframework.stereotype.Component;

/** Records of a cycle up to an approved plan, for tests of what comes after it. */
@Component
public class CycleFixtures {

  private final CycleService cycles;
  private final NeedsService needs;
  private final PlanService plans;

  CycleFixtures(CycleService cycles, NeedsService needs, PlanService plans) {
    this.cycles = cycles;
    this.needs = needs;
    this.plans = plans;
  }

  /** A cycle with three priorities and an approved plan of one action each; returns the cycle's id. */
  public Long withApprovedPlan(String urn, String academicYear, String processInstanceId) {
    Long cycleId = withNeedsAnalysed(urn, academicYear, processInstanceId);
    LocalDate milestone = LocalDate.parse(academicYear.substring(0, 4) + "-12-12");
    ImprovementPlan plan = plans.submit(cycleId,
        List.of(new PlanAction(1, 1, "Daily fluency practice", "Maths lead", milestone),
            new PlanAction(2, 1, "Attendance clinics", "Attendance officer", milestone),
            new PlanAction(3, 1, "Governor training", "Chair", milestone)),
        List.of(new SuccessCriterion(1, 1, "60% at expected standard"), new SuccessCriterion(2, 1, "PA below 15%"),
            new SuccessCriterion(3, 1, "Skills audit complete")), "head");
    plans.decide(plan.id(), true, null, "director2");
    return cycleId;
  }

  /** A cycle whose needs analysis has three priorities ("1: Raise attainment in maths" first); returns its id. */
  public Long withNeedsAnalysed(String urn, String academicYear, String processInstanceId) {
    Long cycleId = cycles.open(urn, academicYear, processInstanceId).cycle().id();
    needs.analyse(cycleId, List.of(
        new Priority(1, OfstedArea.ACHIEVEMENT, "Raise attainment in maths", "Weak fluency", "KS2 maths 52%"),
        new Priority(2, OfstedArea.ATTENDANCE_AND_BEHAVIOUR, "Reduce persistent absence", "Low engagement", "PA 24%"),
        new Priority(3, OfstedArea.LEADERSHIP_AND_GOVERNANCE, "Strengthen governance", "New board", "Review findings")),
        "partner1");
    return cycleId;
  }
}
