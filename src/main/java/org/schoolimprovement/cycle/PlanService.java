package org.schoolimprovement.cycle;

import java.util.List;
import java.util.Optional;
import org.schoolimprovement.system.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Step 3: the improvement plan, its versions and the director's decisions. */
@Service
public class PlanService {

  private final ImprovementPlanRepository plans;

  PlanService(ImprovementPlanRepository plans) {
    this.plans = plans;
  }

  /** Stores the submitted plan as a new version; earlier versions, returned with comments, are kept. */
  @Transactional
  public ImprovementPlan submit(Long cycleId, List<PlanAction> actions, List<SuccessCriterion> criteria, String head) {
    int version = latest(cycleId).map(plan -> plan.version() + 1).orElse(1);
    return plans.save(new ImprovementPlan(cycleId, version, actions, criteria, head, Clock.now()));
  }

  /** Adds actions agreed elsewhere to the approved plan, as its next version. */
  @Transactional
  public ImprovementPlan addActions(Long cycleId, List<PlanAction> actions, String by, String note) {
    ImprovementPlan current = latest(cycleId)
        .orElseThrow(() -> new IllegalStateException("cycle " + cycleId + " has no improvement plan"));
    return plans.save(current.amendedWith(actions, by, Clock.now(), note));
  }

  @Transactional
  public void decide(Long planId, boolean approved, String comments, String director) {
    plans.findById(planId).orElseThrow(() -> new IllegalArgumentException("no plan " + planId))
        .decide(approved, comments, director, Clock.now());
  }

  @Transactional(readOnly = true)
  public Optional<ImprovementPlan> latest(Long cycleId) {
    return plans.findFirstByCycleIdOrderByVersionDesc(cycleId);
  }

  @Transactional(readOnly = true)
  public List<ImprovementPlan> versions(Long cycleId) {
    return plans.findByCycleIdOrderByVersion(cycleId);
  }

  /** The success criteria of the latest plan, for rating progress against them. */
  @Transactional(readOnly = true)
  public List<SuccessCriterion> criteria(Long cycleId) {
    return latest(cycleId).map(ImprovementPlan::criteria).orElse(List.of());
  }
}
