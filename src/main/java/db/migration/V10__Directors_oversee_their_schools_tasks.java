package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.schoolimprovement.school.TrustRole;

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
    if (!OversightLinks.camundaTablesExist(connection)) {
      return 0;
    }
    try (var missing = connection.prepareStatement("""
        select a.USER_ID_, t.ID_ from ACT_RU_AUTHORIZATION a
          join ACT_RU_TASK t on t.ID_ = a.RESOURCE_ID_
          join ACT_ID_MEMBERSHIP m on m.USER_ID_ = a.USER_ID_ and m.GROUP_ID_ = ?
        where a.TYPE_ = ? and a.RESOURCE_TYPE_ = ? and (t.ASSIGNEE_ is null or t.ASSIGNEE_ <> a.USER_ID_)
          and not exists (select 1 from ACT_RU_IDENTITYLINK l where l.TASK_ID_ = t.ID_ and l.USER_ID_ = a.USER_ID_)
        """)) {
      missing.setString(1, TrustRole.DIRECTOR_OF_EDUCATION.groupId());
      missing.setInt(2, Authorization.AUTH_TYPE_GRANT);
      missing.setInt(3, Resources.TASK.resourceType());
      return OversightLinks.link(connection, missing);
    }
  }
}
