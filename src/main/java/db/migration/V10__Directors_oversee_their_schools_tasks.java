package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.schoolimprovement.school.TrustRole;
import org.schoolimprovement.system.Oversight;

/**
 * Directors used to read the tasks at their schools through a grant per task; their "My schools" filter now lists
 * the tasks they oversee by a link (system/Oversight). Tasks opened before then keep their grant and get the link.
 * On a new database Camunda's tables do not exist yet when this runs, and there is nothing to do.
 */
public class V10__Directors_oversee_their_schools_tasks extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws SQLException {
    linkGrantedDirectors(context.getConnection());
  }

  /** Links each director to every open task they may read but hold no link to; returns how many. */
  public static int linkGrantedDirectors(Connection connection) throws SQLException {
    if (!camundaTablesExist(connection)) {
      return 0;
    }
    List<String[]> missing = new ArrayList<>();
    try (var query = connection.prepareStatement("""
        select a.USER_ID_, t.ID_ from ACT_RU_AUTHORIZATION a
          join ACT_RU_TASK t on t.ID_ = a.RESOURCE_ID_
          join ACT_ID_MEMBERSHIP m on m.USER_ID_ = a.USER_ID_ and m.GROUP_ID_ = ?
        where a.TYPE_ = ? and a.RESOURCE_TYPE_ = ? and (t.ASSIGNEE_ is null or t.ASSIGNEE_ <> a.USER_ID_)
          and not exists (select 1 from ACT_RU_IDENTITYLINK l where l.TASK_ID_ = t.ID_ and l.USER_ID_ = a.USER_ID_)
        """)) {
      query.setString(1, TrustRole.DIRECTOR_OF_EDUCATION.groupId());
      query.setInt(2, Authorization.AUTH_TYPE_GRANT);
      query.setInt(3, Resources.TASK.resourceType());
      try (var rows = query.executeQuery()) {
        while (rows.next()) {
          missing.add(new String[] {rows.getString(1), rows.getString(2)});
        }
      }
    }
    try (var insert = connection.prepareStatement(
        "insert into ACT_RU_IDENTITYLINK (ID_, REV_, TYPE_, USER_ID_, TASK_ID_) values (?, 1, ?, ?, ?)")) {
      for (String[] link : missing) {
        insert.setString(1, UUID.randomUUID().toString());
        insert.setString(2, Oversight.TYPE);
        insert.setString(3, link[0]);
        insert.setString(4, link[1]);
        insert.addBatch();
      }
      insert.executeBatch();
    }
    return missing.size();
  }

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
}
