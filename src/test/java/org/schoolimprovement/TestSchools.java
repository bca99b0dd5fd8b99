package org.schoolimprovement;

import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.schoolimprovement.school.LegacyGrade;
import org.schoolimprovement.school.OfstedOutcome;
import org.schoolimprovement.school.Phase;
import org.schoolimprovement.school.SchoolDetails;
import org.schoolimprovement.school.SchoolService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A school a test registers for itself, and removes again with its processes and records, so that the tests
 * sharing the database still find the six demo schools and nothing else.
 */
@Component
public class TestSchools {

  private static final String CYCLES = "(select id from improvement_cycle where urn = ?)";

  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final JdbcTemplate jdbc;
  private final SchoolService schools;

  TestSchools(RuntimeService runtimeService, IdentityService identityService, JdbcTemplate jdbc, SchoolService schools) {
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.jdbc = jdbc;
    this.schools = schools;
  }

  /** A primary school in Kent, judged Good in 2020, in the director's portfolio. */
  public void registerPrimary(String urn, String name, String head, String director) {
    schools.register(new SchoolDetails(urn, name, Phase.PRIMARY, "Kent", "CT1 1AA", head, director,
        OfstedOutcome.legacy(LocalDate.of(2020, 1, 1), LegacyGrade.GOOD), false, false));
  }

  public void remove(String urn) {
    runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike(urn + "-%").list()
        .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test school removed"));
    for (String rows : new String[] {
        "due_diligence_finding where onboarding_id in (select id from school_onboarding where urn = ?)",
        "school_onboarding where urn = ?",
        "self_audit_judgement where self_audit_id in (select id from self_audit where cycle_id in " + CYCLES + ")",
        "self_audit where cycle_id in " + CYCLES,
        "category_decision where cycle_id in " + CYCLES,
        "priority where needs_analysis_id in (select id from needs_analysis where cycle_id in " + CYCLES + ")",
        "needs_analysis where cycle_id in " + CYCLES,
        "appraisal_objective where appraisal_id in (select id from headteacher_appraisal where urn = ?)",
        "headteacher_appraisal where urn = ?",
        "improvement_cycle where urn = ?", "escalation where urn = ?", "school_ofsted_grade where urn = ?",
        "school where urn = ?"}) {
      jdbc.update("delete from " + rows, urn);
    }
    identityService.deleteGroup("school-" + urn);
  }
}
