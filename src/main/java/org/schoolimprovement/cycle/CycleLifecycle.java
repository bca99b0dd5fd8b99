package org.schoolimprovement.cycle;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.schoolimprovement.school.LegacyGrade;
import org.schoolimprovement.school.OfstedOutcome;
import org.schoolimprovement.school.ReportCardGrade;
import org.schoolimprovement.school.Safeguarding;
import org.schoolimprovement.school.School;
import org.schoolimprovement.school.SchoolService;
import org.schoolimprovement.system.Grants;
import org.springframework.stereotype.Component;

/** Opening, stepping through and closing a school's cycle. */
final class CycleLifecycle {

  private CycleLifecycle() {
  }

  /**
   * Opens the cycle record, puts the school's facts the steps need into variables (ids and small values), and
   * lets the school's staff and its director read this process instance.
   */
  @Component("openCycle")
  static class OpenCycle implements JavaDelegate {

    private final CycleService cycles;
    private final SchoolService schools;
    private final Grants grants;

    OpenCycle(CycleService cycles, SchoolService schools, Grants grants) {
      this.cycles = cycles;
      this.schools = schools;
      this.grants = grants;
    }

    @Override
    public void execute(DelegateExecution execution) {
      String urn = (String) execution.getVariable("urn");
      String academicYear = (String) execution.getVariable("academicYear");
      School school = schools.get(urn);
      CycleService.Opened opened = cycles.open(urn, academicYear, execution.getProcessInstanceId());
      ImprovementCycle cycle = opened.cycle();
      OfstedOutcome ofsted = school.ofsted();

      execution.setVariable("cycleId", cycle.id());
      execution.setVariable("schoolName", school.name());
      execution.setVariable("directorOfEducation", school.directorOfEducation());
      execution.setVariable("headGroup", school.groupId());
      execution.setVariable("ofstedSafeguarding", ofsted.safeguarding().map(Safeguarding::label).orElse(null));
      execution.setVariable("worstReportCardGrade", ofsted.worstReportCardGrade().map(ReportCardGrade::label).orElse(null));
      execution.setVariable("legacyGrade", ofsted.legacyGrade().map(LegacyGrade::label).orElse(null));
      execution.setVariable("attainmentBelowNational", school.attainmentBelowNational());
      execution.setVariable("attendanceBelowNational", school.attendanceBelowNational());
      execution.setVariable("previousCategory", opened.previousCategory().orElse(null));

      String instance = execution.getProcessInstanceId();
      grants.startingInstanceToGroup(school.groupId(), instance);
      grants.startingInstanceToUser(school.directorOfEducation(), instance);
    }
  }

  @Component("cycleCompleted")
  static class CycleCompleted implements ExecutionListener {

    private final CycleService cycles;

    CycleCompleted(CycleService cycles) {
      this.cycles = cycles;
    }

    @Override
    public void notify(DelegateExecution execution) {
      cycles.complete((Long) execution.getVariable("cycleId"));
    }
  }
}
