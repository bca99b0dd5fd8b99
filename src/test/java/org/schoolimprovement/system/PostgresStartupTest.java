package org.schoolimprovement.system;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.schoolimprovement.TrustApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Proves the postgres-tests run really ran on PostgreSQL with the postgres profile. */
@Tag("postgres")
@TrustApplicationTest
class PostgresStartupTest {

  @Autowired
  DataSource dataSource;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  IdentityService identityService;

  @Test
  void runsOnPostgresWithMigrationsAndTheInitialAdministrator() throws Exception {
    try (var connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
    }
    assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Long.class)).isPositive();
    assertThat(jdbc.queryForObject("select count(*) from act_ge_property", Long.class)).isPositive();
    assertThat(identityService.createUserQuery().userId("ci-admin").memberOfGroup("camunda-admin").count()).isEqualTo(1);
  }
}
