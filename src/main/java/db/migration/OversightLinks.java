package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.schoolimprovement.system.Oversight;

/** What the migrations that link directors to their schools' tasks share (V10, V11); not a migration itself. */
final class OversightLinks {

  private OversightLinks() {
  }

  /** Whether Camunda's tables exist: on a new database they are made after our migrations, with nothing to link. */
  static boolean camundaTablesExist(Connection connection) throws SQLException {
    var metadata = connection.getMetaData();
    for (String name : List.of("ACT_RU_IDENTITYLINK", "act_ru_identitylink")) {
      try (var tables = metadata.getTables(null, null, name, null)) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Links each director to each task that {@code missing} answers as (user, task) rows; returns how many. */
  static int link(Connection connection, PreparedStatement missing) throws SQLException {
    List<String[]> links = new ArrayList<>();
    try (var rows = missing.executeQuery()) {
      while (rows.next()) {
        links.add(new String[] {rows.getString(1), rows.getString(2)});
      }
    }
    try (var insert = connection.prepareStatement(
        "insert into ACT_RU_IDENTITYLINK (ID_, REV_, TYPE_, USER_ID_, TASK_ID_) values (?, 1, ?, ?, ?)")) {
      for (String[] link : links) {
        insert.setString(1, UUID.randomUUID().toString());
        insert.setString(2, Oversight.TYPE);
        insert.setString(3, link[0]);
        insert.setString(4, link[1]);
        insert.addBatch();
      }
      insert.executeBatch();
    }
    return links.size();
  }
}
