package org.schoolimprovement.system;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.schoolimprovement.TrustApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;

@TrustApplicationTest
class EngineConfigurationTest {

  @Autowired
  DataSource dataSource;

  @Test
  void camundasAuthorizationsAreIndexedByUser() throws Exception {
    try (var connection = dataSource.getConnection();
        var indexes = connection.getMetaData().getIndexInfo(null, null, table(connection, "ACT_RU_AUTHORIZATION"), false, false)) {
      boolean found = false;
      while (indexes.next()) {
        found |= EngineConfiguration.AUTHORIZATIONS_BY_USER.equalsIgnoreCase(indexes.getString("INDEX_NAME"))
            && "USER_ID_".equalsIgnoreCase(indexes.getString("COLUMN_NAME"));
      }
      assertThat(found).as("index on ACT_RU_AUTHORIZATION (USER_ID_)").isTrue();
    }
  }

  private static String table(java.sql.Connection connection, String name) throws Exception {
    return connection.getMetaData().storesLowerCaseIdentifiers() ? name.toLowerCase() : name;
  }
}
