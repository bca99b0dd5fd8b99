package org.schoolimprovement.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.junit.jupiter.api.Test;
import org.schoolimprovement.TrustApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Grants are made once and widened when asked for more; asking again for what is granted writes nothing. */
@TrustApplicationTest
class GrantsTest {

  @Autowired
  Grants grants;
  @Autowired
  AuthorizationService authorizations;

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
