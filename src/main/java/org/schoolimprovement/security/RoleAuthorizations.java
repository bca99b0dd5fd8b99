package org.schoolimprovement.security;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_TASK;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.schoolimprovement.school.TrustRole;
import org.schoolimprovement.system.Grants;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the role groups and what each role may do trust-wide, at every start (idempotently). Access to a
 * single school's work is granted per school and per process instance, not here.
 */
@Component
@Order(0)
class RoleAuthorizations implements ApplicationRunner {

  /** The process the CEO starts each year from Tasklist. */
  static final String YEAR_PROCESS = "trustImprovementYear";
  static final String CYCLE_PROCESS = "improvementCycle";
  /** The process the CEO starts when a school joins the trust. */
  static final String ONBOARDING_PROCESS = "schoolOnboarding";
  static final List<String> QA_PROCESSES = List.of("qaVisitSchedule", "qaVisit");

  private final IdentityService identityService;
  private final Grants grants;

  RoleAuthorizations(IdentityService identityService, Grants grants) {
    this.identityService = identityService;
    this.grants = grants;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    for (TrustRole role : TrustRole.values()) {
      ensureGroup(role);
      if (role != TrustRole.ADMIN) {
        // Everyone works in Tasklist, which shows process and form names from the definitions.
        grants.toGroup(role.groupId(), APPLICATION, "tasklist", ACCESS);
        grants.toGroup(role.groupId(), PROCESS_DEFINITION, "*", READ);
      }
    }
    // As Camunda's own first-admin setup does: administrators may do everything, everywhere. (Camunda exempts
    // them from admin-only checks but still filters what their queries return by authorizations.)
    for (Resources resource : Resources.values()) {
      grants.toGroup(TrustRole.ADMIN.groupId(), resource, "*", Permissions.ALL);
    }

    String ceo = TrustRole.CEO.groupId();
    grants.toGroup(ceo, APPLICATION, "cockpit", ACCESS);
    grants.toGroup(ceo, PROCESS_DEFINITION, "*", READ, READ_HISTORY, READ_INSTANCE);
    grants.toGroup(ceo, PROCESS_DEFINITION, YEAR_PROCESS, CREATE_INSTANCE);
    grants.toGroup(ceo, PROCESS_DEFINITION, ONBOARDING_PROCESS, CREATE_INSTANCE);
    grants.toGroup(ceo, PROCESS_INSTANCE, "*", READ, CREATE);
    grants.toGroup(ceo, HISTORIC_PROCESS_INSTANCE, "*", HistoricProcessInstancePermissions.READ);
    grants.toGroup(ceo, TASK, "*", READ);
    grants.toGroup(ceo, HISTORIC_TASK, "*", HistoricTaskPermissions.READ);
    grants.toGroup(ceo, DECISION_DEFINITION, "*", READ, READ_HISTORY);
    grants.toGroup(ceo, DECISION_REQUIREMENTS_DEFINITION, "*", READ);
    grants.toGroup(ceo, DEPLOYMENT, "*", READ);

    String directors = TrustRole.DIRECTOR_OF_EDUCATION.groupId();
    grants.toGroup(directors, APPLICATION, "cockpit", ACCESS);
    grants.toGroup(directors, DECISION_DEFINITION, "*", READ);

    // Improvement partners and the data lead work with every school (SchoolAccess): they read every cycle,
    // so Tasklist can show which school a task is for.
    for (TrustRole trustWide : List.of(TrustRole.IMPROVEMENT_PARTNER, TrustRole.DATA_LEAD)) {
      grants.toGroup(trustWide.groupId(), PROCESS_DEFINITION, CYCLE_PROCESS, READ_INSTANCE);
    }
    // Partners lead every school's QA visits.
    QA_PROCESSES.forEach(process ->
        grants.toGroup(TrustRole.IMPROVEMENT_PARTNER.groupId(), PROCESS_DEFINITION, process, READ_INSTANCE));

    // Trustees read aggregate figures in Cockpit; no school's detail and nothing they could change.
    grants.toGroup(TrustRole.TRUSTEE.groupId(), APPLICATION, "cockpit", ACCESS);
  }

  private void ensureGroup(TrustRole role) {
    Group group = identityService.createGroupQuery().groupId(role.groupId()).singleResult();
    if (group == null) {
      group = identityService.newGroup(role.groupId());
      group.setName(role.groupName());
      group.setType("WORKFLOW");
      identityService.saveGroup(group);
    }
  }
}
