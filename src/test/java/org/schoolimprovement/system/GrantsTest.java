package org.schoolimprovement.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.schoolimprovement.TestSchools;
import org.schoolimprovement.TrustApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Grants are made once and widened when asked for more; asking again for what is granted writes nothing. */
@TrustApplicationTest
class GrantsTest {

  @Autowired
  Grants grants;
  @Autowired
  AuthorizationService authorizations;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  HistoryService historyService;
  @Autowired
  IdentityService identityService;
  @Autowired
  TestSchools testSchools;

  /**
   * A cycle's first step lets the school's staff and director read the instance, running and in history, with
   * the grants Camunda's own save would have written (no root instance or removal time: its history is written
   * after them).
   */
  @Test
  void aStartingInstanceIsGrantedToTheSchoolAndItsDirector() {
    String urn = "100092";
    testSchools.registerPrimary(urn, "Granted Academy", "Gail Grant", "director1");
    try {
      String instance = runtimeService.startProcessInstanceByKey("improvementCycle", urn + "-2027/28",
          Map.of("urn", urn, "academicYear", "2027/28")).getId();

      for (Resources resource : List.of(Resources.PROCESS_INSTANCE, Resources.HISTORIC_PROCESS_INSTANCE)) {
        List<Authorization> granted = authorizations.createAuthorizationQuery().resourceType(resource)
            .resourceId(instance).list();
        assertThat(granted).extracting(grant -> grant.getGroupId() != null ? grant.getGroupId() : grant.getUserId())
            .as(resource.resourceName()).containsExactlyInAnyOrder("school-" + urn, "director1");
        assertThat(granted).allSatisfy(grant -> {
          assertThat(grant.getAuthorizationType()).isEqualTo(Authorization.AUTH_TYPE_GRANT);
          assertThat(grant.getRootProcessInstanceId()).isNull();
          assertThat(grant.getRemovalTime()).isNull();
          assertThat(resource == Resources.PROCESS_INSTANCE ? grant.isPermissionGranted(Permissions.READ)
              : grant.isPermissionGranted(HistoricProcessInstancePermissions.READ)).isTrue();
        });
      }
      List<String> directorsGroups = identityService.createGroupQuery().groupMember("director1").list().stream()
          .map(Group::getId).toList();
      identityService.setAuthentication("director1", directorsGroups);
      try {
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).count()).isOne();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isOne();
      } finally {
        identityService.clearAuthentication();
      }
    } finally {
      testSchools.remove(urn);
    }
  }

  @Test
  void aStartingInstanceIsGrantedOnlyFromTheStepThatStartsIt() {
    assertThatThrownBy(() -> grants.startingInstanceToGroup("ceo", "no-such-instance"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Grants on process instance no-such-instance are made by the step that starts it, inside the engine");
    assertThat(authorizations.createAuthorizationQuery().resourceId("no-such-instance").count()).isZero();
  }

  @Test
  void anUnchangedGrantIsNotWrittenAgainAndAWiderOneIs() {
    String resource = "grants-test-filter";
    try {
      grants.toGroup("ceo", Resources.FILTER, resource, Permissions.READ);
      int revision = revision(resource);

      grants.toGroup("ceo", Resources.FILTER, resource, Permissions.READ);
      assertThat(revision(resource)).isEqualTo(revision);

      grants.toGroup("ceo", Resources.FILTER, resource, Permissions.READ, Permissions.UPDATE);
      assertThat(revision(resource)).isGreaterThan(revision);
      assertThat(grant(resource).isPermissionGranted(Permissions.UPDATE)).isTrue();
      assertThat(authorizations.createAuthorizationQuery().groupIdIn("ceo").resourceType(Resources.FILTER)
          .resourceId(resource).count()).isOne();
    } finally {
      authorizations.deleteAuthorization(grant(resource).getId());
    }
  }

  private Authorization grant(String resource) {
    return authorizations.createAuthorizationQuery().groupIdIn("ceo").resourceType(Resources.FILTER).resourceId(resource)
        .singleResult();
  }

  private int revision(String resource) {
    return ((AuthorizationEntity) grant(resource)).getRevision();
  }
}
