package org.schoolimprovement;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Removes a school a test registered for itself, with its processes and records, so that the tests sharing the
 * database still find the six demo schools and nothing else.
 */
@Component
public class TestSchools {

  private static final String CYCLES = "(select id from improvement_cycle where urn = ?)";

  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final JdbcTemplate jdbc;

  TestSchools(RuntimeService runtimeService, IdentityService identityService, JdbcTemplate jdbc) {
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.jdbc = jdbc;
  }

  public void remove(String urn) {
    runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike(urn + "-%").list()
        .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test school removed"));
    runtimeService.createProcessInstanceQuery().processDefinitionKey("overdueEscalation").variableValueEquals("urn", urn).list()
        .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test school removed"));
    for (String rows : new String[] {
        "due_diligence_finding where onboarding_id in (select id from school_onboarding where urn = ?)",
        "school_onboarding where urn = ?",
        "self_audit_judgement where self_audit_id in (select id from self_audit where cycle_id in " + CYCLES + ")",
        "self_audit where cycle_id in " + CYCLES,
        "category_decision where cycle_id in " + CYCLES,
        "improvement_cycle where urn = ?", "escalation where urn = ?", "school_ofsted_grade where urn = ?",
        "school where urn = ?"}) {
      jdbc.update("delete from " + rows, urn);
    }
    identityService.deleteGroup("school-" + urn);
  }
}
