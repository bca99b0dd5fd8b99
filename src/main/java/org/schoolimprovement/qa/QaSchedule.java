package org.schoolimprovement.qa;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.schoolimprovement.cycle.NeedsService;
import org.schoolimprovement.system.AsProcess;
import org.springframework.stereotype.Component;

/** The glue of {@code qaVisitSchedule}: plan the year, pick each visit in turn, re-plan on a change of category. */
final class QaSchedule {

  /** The message the cycle sends its schedule when the CEO approves a change of category. */
  static final String CATEGORY_CHANGED = "qaCategoryChanged";

  private QaSchedule() {
  }

  /** How many improvement-partner visits the support-package table gives the category. */
  @SuppressWarnings("unchecked")
  static int partnerVisits(DelegateExecution execution) {
    Map<String, Object> qaPackage = (Map<String, Object>) execution.getVariable("qaPackage");
    return ((Number) qaPackage.get("qaVisits")).intValue();
  }

  @Component("planQaVisits")
  static class PlanQaVisits implements JavaDelegate {

    private final QaVisitService visits;
    private final NeedsService needs;
    private final ObjectMapper json;

    PlanQaVisits(QaVisitService visits, NeedsService needs, ObjectMapper json) {
      this.visits = visits;
      this.needs = needs;
      this.json = json;
    }

    @Override
    public void execute(DelegateExecution execution) throws JsonProcessingException {
      Long cycleId = (Long) execution.getVariable("cycleId");
      List<QaVisit> planned = visits.planYear(cycleId, (String) execution.getVariable("urn"),
          (String) execution.getVariable("academicYear"), partnerVisits(execution));
      execution.setVariable("qaVisitsPlanned", planned.size());
      // The findings form offers the plan's priorities for each agreed action.
      List<Map<String, String>> priorities = needs.priorityOptions(cycleId);
      execution.setVariable("priorityOptions", Spin.JSON(json.writeValueAsString(priorities)));
      execution.setVariable("priorityCount", priorities.size());
    }
  }

  @Component("nextQaVisit")
  static class NextQaVisit implements JavaDelegate {

    private final QaVisitService visits;

    NextQaVisit(QaVisitService visits) {
      this.visits = visits;
    }

    @Override
    public void execute(DelegateExecution execution) {
      execution.setVariable("visitId", visits.next((Long) execution.getVariable("cycleId")).map(QaVisit::id).orElse(null));
    }
  }

  @Component("replanQaVisits")
  static class ReplanQaVisits implements JavaDelegate {

    private final QaVisitService visits;

    ReplanQaVisits(QaVisitService visits) {
      this.visits = visits;
    }

    @Override
    public void execute(DelegateExecution execution) {
      QaVisitService.Replan replan = visits.replan((Long) execution.getVariable("cycleId"), partnerVisits(execution));
      execution.setVariable("qaVisitsCancelled", replan.cancelled());
      execution.setVariable("qaVisitsAdded", replan.added());
    }
  }

  /** Sent from the cycle when the category changes: the school's schedule re-plans the visits still to come. */
  @Component("qaCategoryChanged")
  static class CategoryChanged implements JavaDelegate {

    private final RuntimeService runtimeService;

    CategoryChanged(RuntimeService runtimeService) {
      this.runtimeService = runtimeService;
    }

    @Override
    public void execute(DelegateExecution cycle) {
      Object category = cycle.getVariable("category");
      String schedule = cycle.getProcessBusinessKey();
      AsProcess.run(() -> runtimeService.createMessageCorrelation(CATEGORY_CHANGED).processInstanceBusinessKey(schedule)
          .setVariable("category", category).correlateAll());
    }
  }
}
