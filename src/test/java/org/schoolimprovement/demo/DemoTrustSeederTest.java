package org.schoolimprovement.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.schoolimprovement.TrustApplicationTest;
import org.schoolimprovement.school.SchoolService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@TrustApplicationTest
class DemoTrustSeederTest {

  @Autowired
  DemoTrustSeeder seeder;
  @Autowired
  SchoolService schools;
  @Autowired
  IdentityService identityService;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  Flyway flyway;

  @Test
  void seedsTheDemoTrustOnce() throws Exception {
    long users = identityService.createUserQuery().count();
    long memberships = jdbc.queryForObject("select count(*) from ACT_ID_MEMBERSHIP", Long.class);

    seeder.run(null);

    assertThat(schools.count()).isEqualTo(6);
    assertThat(identityService.createUserQuery().count()).isEqualTo(users);
    assertThat(identityService.createUserQuery().userIdIn("admin", "ceo", "director1", "director2", "partner1", "sle1",
        "sle2", "trustee1", "datalead1", "head100001", "head100002", "head100003", "head100004", "head100005",
        "head100006").count()).isEqualTo(15);
    assertThat(jdbc.queryForObject("select count(*) from ACT_ID_MEMBERSHIP", Long.class)).isEqualTo(memberships);
  }

  @Test
  void eachHeadIsInTheirSchoolsGroup() {
    assertThat(identityService.createUserQuery().memberOfGroup("school-100004").list())
        .extracting(user -> user.getId()).containsExactly("head100004");
    assertThat(identityService.createGroupQuery().groupId("school-100004").singleResult().getName())
        .isEqualTo("Hillcrest Academy");
    assertThat(identityService.createUserQuery().userId("head100004").singleResult().getFirstName()).isEqualTo("Owen");
  }

  @Test
  void flywayCreatedOurTables() {
    assertThat(flyway.info().applied()).isNotEmpty().allMatch(migration -> migration.getState().isApplied());
    assertThat(flyway.info().pending()).isEmpty();
  }
}
