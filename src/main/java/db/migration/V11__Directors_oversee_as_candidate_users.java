package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.schoolimprovement.school.TrustRole;
import org.schoolimprovement.system.Oversight;

/**
 * Directors' links to their schools' tasks had a type of their own ("overseer"), which only Camunda's "involved
 * user" criterion reaches; they are now candidate-user links, read-only as before (system/Oversight), so "My
 * schools" finds them by index. The task a director holds was listed through its assignee and had no link: it gets
 * one. The grants stay as they are. On a new database Camunda's tables do not exist yet, and there is nothing to do.
 */
public class V11__Directors_oversee_as_candidate_users extends BaseJavaMigration {

  static final String FORMER_TYPE = "overseer";

  @Override
  public void migrate(Context context) throws SQLException {
    relinkDirectors(context.getConnection());
  }

  /** Returns how many links were retyped or added. */
  public static int relinkDirectors(Connection connection) throws SQLException {
    if (!V10__Directors_oversee_their_schools_tasks.camundaTablesExist(connection)) {
      return 0;
    }
    int changed;
    try (var retype = connection.prepareStatement(
        "update ACT_RU_IDENTITYLINK set TYPE_ = ? where TYPE_ = ? and USER_ID_ is not null")) {
      retype.setString(1, Oversight.TYPE);
      retype.setString(2, FORMER_TYPE);
      changed = retype.executeUpdate();
    }
    List<String[]> held = new ArrayList<>();
    try (var query = connection.prepareStatement("""
        select distinct t.ASSIGNEE_, t.ID_ from ACT_RU_TASK t
          join ACT_ID_MEMBERSHIP m on m.USER_ID_ = t.ASSIGNEE_ and m.GROUP_ID_ = ?
        where not exists (select 1 from ACT_RU_IDENTITYLINK l
          where l.TASK_ID_ = t.ID_ and l.USER_ID_ = t.ASSIGNEE_ and l.TYPE_ = ?)
        """)) {
      query.setString(1, TrustRole.DIRECTOR_OF_EDUCATION.groupId());
      query.setString(2, Oversight.TYPE);
      try (var rows = query.executeQuery()) {
        while (rows.next()) {
          held.add(new String[] {rows.getString(1), rows.getString(2)});
        }
      }
    }
    try (var insert = connection.prepareStatement(
        "insert into ACT_RU_IDENTITYLINK (ID_, REV_, TYPE_, USER_ID_, TASK_ID_) values (?, 1, ?, ?, ?)")) {
      for (String[] link : held) {
        insert.setString(1, UUID.randomUUID().toString());
        insert.setString(2, Oversight.TYPE);
        insert.setString(3, link[0]);
        insert.setString(4, link[1]);
        insert.addBatch();
      }
      insert.executeBatch();
    }
    return changed + held.size();
  }
}
