package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.schoolimprovement.school.TrustRole;
import org.schoolimprovement.system.Oversight;

/**
 * Directors' links to their schools' tasks had a type of their own ("overseer"), which only Camunda's "involved
 * user" criterion reaches; they are now candidate-user links, read-only as before (system/Oversight), so "My
 * schools" finds them by index. A task a director holds (a moderation, their escalation) was listed through its
 * assignee and had no link: it gets one, so the list stays as it was. The grants stay as they are. On a new
 * database Camunda's tables do not exist yet, and there is nothing to do.
 */
public class V11__Directors_oversee_as_candidate_users extends BaseJavaMigration {

  static final String FORMER_TYPE = "overseer";

  @Override
  public void migrate(Context context) throws SQLException {
    relinkDirectors(context.getConnection());
  }

  /** Returns how many links were retyped or added. */
  public static int relinkDirectors(Connection connection) throws SQLException {
    if (!OversightLinks.camundaTablesExist(connection)) {
      return 0;
    }
    int retyped;
    try (var retype = connection.prepareStatement(
        "update ACT_RU_IDENTITYLINK set TYPE_ = ? where TYPE_ = ? and USER_ID_ is not null")) {
      retype.setString(1, Oversight.TYPE);
      retype.setString(2, FORMER_TYPE);
      retyped = retype.executeUpdate();
    }
    try (var held = connection.prepareStatement("""
        select distinct t.ASSIGNEE_, t.ID_ from ACT_RU_TASK t
          join ACT_ID_MEMBERSHIP m on m.USER_ID_ = t.ASSIGNEE_ and m.GROUP_ID_ = ?
        where not exists (select 1 from ACT_RU_IDENTITYLINK l
          where l.TASK_ID_ = t.ID_ and l.USER_ID_ = t.ASSIGNEE_ and l.TYPE_ = ?)
        """)) {
      held.setString(1, TrustRole.DIRECTOR_OF_EDUCATION.groupId());
      held.setString(2, Oversight.TYPE);
      return retyped + OversightLinks.link(connection, held);
    }
  }
}
