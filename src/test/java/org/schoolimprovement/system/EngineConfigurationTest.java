package org.schoolimprovement.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.ListQueryParameterObject;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.spring.boot.starter.event.PublishDelegateParseListener;
import org.camunda.bpm.spring.boot.starter.event.PublishHistoryEventHandler;
import org.junit.jupiter.api.Test;
import org.schoolimprovement.TrustApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

@TrustApplicationTest
class EngineConfigurationTest {

  @Autowired
  DataSource dataSource;
  @Autowired
  ProcessEngine processEngine;
  @Autowired
  Grants grants;

  /**
   * A director's task check finds each task's grants by Camunda's index on the resource id; with an index by user
   * PostgreSQL also read all of the director's grants for each of their tasks (migration V12 drops the one the
   * app used to make).
   */
  @Test
  void camundasAuthorizationsAreNotIndexedByUserAlone() throws Exception {
    assertThat(leadingIndexColumns("ACT_RU_AUTHORIZATION")).contains("RESOURCE_ID_").doesNotContain("USER_ID_");
  }

  /**
   * One trust, no tenants: membership of a tenant is not checked, so the REST API need not read it per request. The
   * app takes grants away by deleting them, so no command asks the database for revokes first.
   */
  @Test
  void tenantMembershipAndRevokesAreNotChecked() {
    var configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    assertThat(configuration.isTenantCheckEnabled()).isFalse();
    assertThat(configuration.getAuthorizationCheckRevokes()).isEqualTo("never");
  }

  /**
   * Nothing in the app listens to the starter's Spring events for every execution, task and history event, so the
   * engine does not publish them: no parse listener adds a publishing listener to every activity and flow, and no
   * history handler publishes each history event.
   */
  @Test
  void executionTaskAndHistoryEventsAreNotPublishedAsSpringEvents() {
    var configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    assertThat(configuration.getCustomPostBPMNParseListeners())
        .noneMatch(listener -> listener instanceof PublishDelegateParseListener);
    assertThat(configuration.getCustomHistoryEventHandlers())
        .noneMatch(handler -> handler instanceof PublishHistoryEventHandler);
  }

  /**
   * A job of the year reads the executions it walks, not the year's whole tree (two executions for every school of
   * the trust); any other job, and any command outside a job, reads a tree at once. Here a job looks at the parent
   * of one of three parallel tasks' executions, in an instance of five executions.
   */
  @Test
  void aJobOfTheYearReadsOnlyTheExecutionsItWalks() {
    var configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    assertThat(configuration).isInstanceOf(TrustProcessEngineConfiguration.class);
    var repository = processEngine.getRepositoryService();
    String deployment = repository.createDeployment().addModelInstance("wide-probe.bpmn",
        Bpmn.createExecutableProcess("wideProbe").camundaHistoryTimeToLive(1).startEvent()
            .userTask("each").multiInstance().parallel().cardinality("3").multiInstanceDone().endEvent().done())
        .deploy().getId();
    try {
      String instance = processEngine.getRuntimeService().startProcessInstanceByKey("wideProbe").getId();
      String oneOfThree = processEngine.getTaskService().createTaskQuery().processInstanceId(instance).list()
          .get(0).getExecutionId();

      assertThat(executionsReadForParentOf(oneOfThree, "trustImprovementYear")).as("in a job of the year").isEqualTo(2);
      assertThat(executionsReadForParentOf(oneOfThree, "overdueEscalation")).as("in a deadline watch's job").isEqualTo(5);
      assertThat(executionsReadForParentOf(oneOfThree, null)).as("outside a job").isEqualTo(5);
    } finally {
      repository.deleteDeployment(deployment, true);
    }
  }

  /** The executions a command has read once it has looked at the parent of {@code executionId}, in a job of {@code jobOf}. */
  private int executionsReadForParentOf(String executionId, String jobOf) {
    var configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(command -> {
      if (jobOf != null) {
        MessageEntity job = new MessageEntity();
        job.setProcessDefinitionKey(jobOf);
        command.setCurrentJob(job);
      }
      try {
        assertThat(command.getExecutionManager().findExecutionById(executionId).getParent()).isNotNull();
        return command.getDbEntityManager().getCachedEntitiesByType(ExecutionEntity.class).size();
      } finally {
        command.setCurrentJob(null);
      }
    });
  }

  /** Completing a task, Camunda's look for its subtasks goes by index, not through every open task. */
  @Test
  void subtasksAreFoundByIndex() throws Exception {
    assertThat(leadingIndexColumns("ACT_RU_TASK")).contains("PARENT_TASK_ID_");
  }

  /** On PostgreSQL: what lets a director's task list use the grants' index (see application-postgres.yaml). */
  @Test
  void onPostgresTheAppsSessionsPlanTaskListsWithPermissionStatistics() throws Exception {
    try (var connection = dataSource.getConnection()) {
      assumeTrue(connection.getMetaData().getDatabaseProductName().equals("PostgreSQL"), "PostgreSQL only");
      var jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
      assertThat(jdbc.queryForObject("show random_page_cost", String.class)).isEqualTo("1.1");
      // PostgreSQL's own: at 0.01 a director's candidate list joined all open tasks' ids (README, round 17).
      assertThat(jdbc.queryForObject("show cpu_operator_cost", String.class)).isEqualTo("0.0025");
      // Outside the REST API's reads, statements are planned as PostgreSQL does by default (ReadRequestTransactionTest).
      assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("auto");
      assertThat(jdbc.queryForList("select pg_get_statisticsobjdef_expressions(oid)::text from pg_statistic_ext"
          + " where stxname = ?", String.class, EngineConfiguration.PERMISSION_STATISTICS.toLowerCase()))
          .containsExactly("{\"(perms_ & 2)\",\"(perms_ & 64)\"}");
    }
  }

  /**
   * On PostgreSQL: a task's grants are joined as {@code = ANY (ARRAY[...])} and read from an index that holds all
   * the check needs (see {@link EngineConfiguration#grantChecksOnPostgres}).
   */
  @Test
  void onPostgresGrantsAreCheckedFromOneIndex() throws Exception {
    try (var connection = dataSource.getConnection()) {
      assumeTrue(connection.getMetaData().getDatabaseProductName().equals("PostgreSQL"), "PostgreSQL only");
      var engine = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
      var sql = engine.getSqlSessionFactory().getConfiguration().getVariables();
      assertThat(sql.getProperty("authJoinStart") + "RES.ID_" + sql.getProperty("authJoinSeparator") + "'*'"
          + sql.getProperty("authJoinEnd")).isEqualTo("= ANY (ARRAY[RES.ID_,'*'])");
      var jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
      assertThat(jdbc.queryForObject("select indexdef from pg_indexes where indexname = ?", String.class,
          EngineConfiguration.GRANT_CHECK_INDEX.toLowerCase()))
          .endsWith("(resource_id_) INCLUDE (type_, user_id_, group_id_, resource_type_, perms_)");
    }
  }

  /**
   * On PostgreSQL: Camunda's own read of an execution's variables by name, planned once for any parameters as
   * PostgreSQL keeps a job's plan, goes to the index of variables that belong to no task even where the planner has
   * no statistics at all (see {@link EngineConfiguration#executionVariablesIndexOnPostgres}): on a copy of the
   * variables table with its indexes, never analysed, 50,000 variables ten to an execution. Without that index the
   * plan ANDs the execution's variables with every variable of no task.
   */
  @Test
  void onPostgresAnExecutionsVariablesAreReadByOneIndexWhateverTheStatistics() throws Exception {
    try (var connection = dataSource.getConnection()) {
      assumeTrue(connection.getMetaData().getDatabaseProductName().equals("PostgreSQL"), "PostgreSQL only");
      var engine = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
      String read = engine.getSqlSessionFactory().getConfiguration().getMappedStatement("selectVariablesByExecutionId")
          .getBoundSql(new ListQueryParameterObject(Map.of("executionId", "e1",
              "variableNames", List.of("urn", "schoolName", "directorOfEducation")), 0, Integer.MAX_VALUE))
          .getSql();
      StringBuilder numbered = new StringBuilder();
      int parameters = 0;
      for (char c : read.toCharArray()) {
        numbered.append(c == '?' ? "$" + ++parameters : String.valueOf(c));
      }
      connection.setAutoCommit(false);
      boolean prepared = false;
      try (Statement sql = connection.createStatement()) {
        sql.execute("create temp table ACT_RU_VARIABLE (like ACT_RU_VARIABLE including all) on commit drop");
        sql.execute("insert into ACT_RU_VARIABLE (ID_, REV_, TYPE_, NAME_, EXECUTION_ID_, PROC_INST_ID_, VAR_SCOPE_,"
            + " TEXT_, IS_CONCURRENT_LOCAL_) select 'v' || i, 1, 'string', 'name' || (i % 10), 'e' || (i / 10),"
            + " 'e' || (i / 10), 'e' || (i / 10), 'value', false from generate_series(0, 49999) i");
        sql.execute("set local plan_cache_mode = force_generic_plan");
        sql.execute("prepare variables_by_name as " + numbered);
        prepared = true;
        List<String> plan = new ArrayList<>();
        try (var rows = sql.executeQuery("explain execute variables_by_name("
            + String.join(", ", Collections.nCopies(parameters, "null")) + ")")) {
          while (rows.next()) {
            plan.add(rows.getString(1).trim());
          }
        }
        assertThat(parameters).isEqualTo(4);
        assertThat(plan).anyMatch(line -> line.contains(
            "Index Scan using act_ru_variable_execution_id__name__idx on act_ru_variable res"));
        assertThat(plan).noneMatch(line -> line.contains("BitmapAnd"));
      } finally {
        // The copy and the generic planning end with the transaction; a prepared statement outlives it, and the
        // connection goes back to the pool.
        connection.rollback();
        if (prepared) {
          try (Statement sql = connection.createStatement()) {
            sql.execute("deallocate variables_by_name");
          }
        }
        connection.setAutoCommit(true);
      }
    }
  }

  /** On PostgreSQL: a batch of inserts (Camunda flushes one per table) goes to the server as one statement. */
  @Test
  void onPostgresTheAppsConnectionsSendABatchOfInsertsAsOne() throws Exception {
    try (var connection = dataSource.getConnection()) {
      assumeTrue(connection.getMetaData().getDatabaseProductName().equals("PostgreSQL"), "PostgreSQL only");
      try (var create = connection.createStatement()) {
        create.execute("create temporary table batch_probe (n int)");
      }
      try (var insert = connection.prepareStatement("insert into batch_probe (n) values (?)")) {
        for (int n = 1; n <= 4; n++) {
          insert.setInt(1, n);
          insert.addBatch();
        }
        // The rows of a rewritten batch report no counts: the driver sent them as one multi-row INSERT (it would
        // report 1 for each row sent on its own).
        assertThat(insert.executeBatch()).containsOnly(Statement.SUCCESS_NO_INFO);
      }
      try (var drop = connection.createStatement()) {
        drop.execute("drop table batch_probe");
      }
    }
  }

  /** A permission check takes a user's few groups as they are, and filters a long list as Camunda does. */
  @Test
  void permissionChecksTakeAFewGroupsAsTheyAreAndFilterMany() {
    List<String> few = List.of("school-100001", "headteachers", "a-group-without-grants");
    List<String> many = new ArrayList<>(few);
    IntStream.range(0, AuthorizationReads.FILTER_FROM).forEach(i -> many.add("club-" + i));
    var engine = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    engine.getCommandExecutorTxRequired().execute(context -> {
      AuthorizationManager manager = context.getAuthorizationManager();
      assertThat(manager).isInstanceOf(AuthorizationReads.class);
      assertThat(manager.filterAuthenticatedGroupIds(few)).containsExactlyElementsOf(few);
      assertThat(manager.filterAuthenticatedGroupIds(many)).containsExactlyInAnyOrder("school-100001", "headteachers");
      return null;
    });
  }

  /**
   * A task list of the signed-in user's own candidacies, by name or through their groups, is not checked against
   * their grants task by task; someone else's candidacies, groups they are not in, a group pattern, an {@code OR}
   * query and a query without candidacy are.
   */
  @Test
  void aUsersOwnCandidaciesAreListedByTheirLinksAndEveryOtherTaskQueryIsChecked() {
    var engine = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    IdentityService identity = processEngine.getIdentityService();
    identity.setAuthentication("director900001", List.of("directors-of-education", "school-900001"));
    try {
      engine.getCommandExecutorTxRequired().execute(context -> {
        AuthorizationManager manager = context.getAuthorizationManager();
        assertThat(checked(manager, new TaskQueryImpl().taskCandidateUser("director900001").includeAssignedTasks()))
            .as("their own candidacies").isFalse();
        assertThat(checked(manager, new TaskQueryImpl()
            .taskCandidateGroupIn(List.of("directors-of-education", "school-900001")))).as("their groups'").isFalse();
        assertThat(checked(manager, new TaskQueryImpl().taskCandidateGroup("school-900001"))).as("one of their groups'")
            .isFalse();
        assertThat(checked(manager, new TaskQueryImpl().taskCandidateUser("head900001"))).as("someone else's").isTrue();
        assertThat(checked(manager, new TaskQueryImpl()
            .taskCandidateGroupIn(List.of("school-900001", "school-900002")))).as("a group they are not in").isTrue();
        assertThat(checked(manager, new TaskQueryImpl().taskCandidateGroupLike("school-%")))
            .as("a group pattern").isTrue();
        assertThat(checked(manager, new TaskQueryImpl().taskCandidateUser("director900001")
            .or().taskCandidateGroup("school-900002").taskAssignee("head900002").endOr())).as("an OR query").isTrue();
        assertThat(checked(manager, new TaskQueryImpl().taskAssignee("director900001"))).as("no candidacy").isTrue();
        assertThat(checked(manager, new TaskQueryImpl())).as("every task").isTrue();
        return null;
      });
    } finally {
      identity.clearAuthentication();
    }
  }

  /**
   * Listed by the links alone, a director's own candidacies are the tasks they were linked to; asking for a head's,
   * the director sees only those they may read (none here).
   */
  @Test
  void aDirectorListsTheTasksTheyOverseeAndNotAHeadsOthers() {
    TaskService tasks = processEngine.getTaskService();
    IdentityService identity = processEngine.getIdentityService();
    Task overseen = tasks.newTask();
    Task headsOwn = tasks.newTask();
    tasks.saveTask(overseen);
    tasks.saveTask(headsOwn);
    try {
      Oversight.link(tasks, overseen.getId(), "director900001");
      tasks.addCandidateUser(overseen.getId(), "head900001");
      tasks.addCandidateUser(headsOwn.getId(), "head900001");
      identity.setAuthentication("director900001", List.of("directors-of-education"));
      try {
        assertThat(tasks.createTaskQuery().taskCandidateUser("director900001").includeAssignedTasks().list())
            .extracting(Task::getId).containsExactly(overseen.getId());
        assertThat(tasks.createTaskQuery().taskCandidateUser("director900001").count()).isEqualTo(1);
        assertThat(tasks.createTaskQuery().taskCandidateUser("head900001").list()).extracting(Task::getId)
            .as("a head's candidacies, checked: only the one the director oversees").containsExactly(overseen.getId());
      } finally {
        identity.clearAuthentication();
      }
    } finally {
      tasks.deleteTask(overseen.getId(), true);
      tasks.deleteTask(headsOwn.getId(), true);
    }
  }

  private static boolean checked(AuthorizationManager manager, TaskQuery query) {
    TaskQueryImpl impl = (TaskQueryImpl) query;
    manager.configureTaskQuery(impl);
    return impl.getAuthCheck().getShouldPerformAuthorizatioCheck();
  }

  /**
   * A task's grants are made without a look-up while the task is new (it is not in the database yet), and merged
   * in the command's cache as Camunda does; once it is saved, a further link widens its grant, not doubles it.
   */
  @Test
  void aNewTasksGrantsAreMadeWithoutALookUpAndASavedTasksAreWidened() {
    TaskService tasks = processEngine.getTaskService();
    var engine = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    String group = "school-900001";
    String taskId = engine.getCommandExecutorTxRequired().execute(context -> {
      Task task = tasks.newTask();
      tasks.saveTask(task);
      tasks.addCandidateGroup(task.getId(), group);
      tasks.addGroupIdentityLink(task.getId(), group, "reviewer");
      return task.getId();
    });
    try {
      assertThat(grantsOn(taskId, group, null)).hasSize(1).first()
          .satisfies(grant -> assertThat(grant.isPermissionGranted(Permissions.READ)).isTrue());
      tasks.addCandidateUser(taskId, "head900001");
      tasks.setAssignee(taskId, "head900001");
      assertThat(grantsOn(taskId, null, "head900001")).hasSize(1);
      engine.getCommandExecutorTxRequired().execute(context -> {
        assertThat(context.getAuthorizationManager().findAuthorizationByGroupIdAndResourceId(Authorization.AUTH_TYPE_GRANT,
            group, Resources.TASK, taskId)).as("a saved task's grant, from the database").isNotNull();
        return null;
      });
    } finally {
      tasks.deleteTask(taskId, true);
    }
  }

  /**
   * A new task's variables are not looked for in the database (it has none there); a saved task's are read from it.
   * The row written straight to the table stands for what a look-up would find: it is found for the saved task only.
   */
  @Test
  void aNewTasksVariablesAreNotLookedUpAndASavedTasksAreRead() {
    TaskService tasks = processEngine.getTaskService();
    var engine = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    var jdbc = new JdbcTemplate(dataSource);
    String insertRow = "insert into ACT_RU_VARIABLE (ID_, REV_, TYPE_, NAME_, TASK_ID_, VAR_SCOPE_, TEXT_)"
        + " values (?, 1, 'string', 'stepName', ?, ?, 'Complete self-audit')";
    String taskId = engine.getCommandExecutorTxRequired().execute(context -> {
      assertThat(context.getVariableInstanceManager()).isInstanceOf(VariableReads.class);
      Task task = tasks.newTask();
      tasks.saveTask(task);
      jdbc.update(insertRow, "probe-" + task.getId(), task.getId(), task.getId());
      assertThat(((TaskEntity) task).getVariableLocal("stepName")).as("a new task's variable, not looked up").isNull();
      return task.getId();
    });
    try {
      assertThat(tasks.getVariableLocal(taskId, "stepName")).as("a saved task's variable, read from the database")
          .isEqualTo("Complete self-audit");
      engine.getCommandExecutorTxRequired().execute(context -> {
        Task task = tasks.newTask();
        tasks.saveTask(task);
        tasks.setVariableLocal(task.getId(), "schoolName", "Oakfield Primary");
        assertThat(tasks.getVariableLocal(task.getId(), "schoolName")).as("set on a new task").isEqualTo("Oakfield Primary");
        tasks.deleteTask(task.getId(), true);
        return null;
      });
    } finally {
      tasks.deleteTask(taskId, true);
    }
  }

  /**
   * An ended instance's history carries no removal time (none is written when it ends); history cleanup finds it by
   * its end time and historyTimeToLive, and deletes its history and the grants on it.
   */
  @Test
  void historyIsCleanedUpByEndTimeWithItsGrants() {
    var repository = processEngine.getRepositoryService();
    var history = processEngine.getHistoryService();
    var management = processEngine.getManagementService();
    var configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("endTimeBased");
    assertThat(configuration.getHistoryRemovalTimeStrategy()).isEqualTo("none");
    String deployment = repository.createDeployment().addModelInstance("cleanup-probe.bpmn",
        Bpmn.createExecutableProcess("cleanupProbe").camundaHistoryTimeToLive(1)
            .startEvent().userTask("probe").endEvent().done()).deploy().getId();
    try {
      String instance = processEngine.getRuntimeService().startProcessInstanceByKey("cleanupProbe").getId();
      grants.instanceToUser("director900001", instance);
      TaskService tasks = processEngine.getTaskService();
      tasks.complete(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId());
      assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult())
          .satisfies(ended -> assertThat(ended.getEndTime()).isNotNull())
          .satisfies(ended -> assertThat(ended.getRemovalTime()).isNull());
      assertThat(historicGrantsOn(instance)).isEqualTo(1);

      ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(2))));
      String cleanup = history.cleanUpHistoryAsync(true).getId();
      management.executeJob(cleanup);

      assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).count()).isZero();
      assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance).count()).isZero();
      assertThat(historicGrantsOn(instance)).as("the grant on its history").isZero();
    } finally {
      ClockUtil.reset();
      management.createJobQuery().list().stream().filter(job -> job.getJobDefinitionId() == null
          && "history-cleanup".equals(((JobEntity) job).getJobHandlerType()))
          .forEach(job -> management.deleteJob(job.getId()));
      repository.deleteDeployment(deployment, true);
    }
  }

  private long historicGrantsOn(String processInstanceId) {
    return processEngine.getAuthorizationService().createAuthorizationQuery()
        .resourceType(Resources.HISTORIC_PROCESS_INSTANCE).resourceId(processInstanceId).count();
  }

  private List<Authorization> grantsOn(String taskId, String group, String user) {
    var query = processEngine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.TASK)
        .resourceId(taskId);
    return (group != null ? query.groupIdIn(group) : query.userIdIn(user)).list();
  }

  /** The first column of each of the table's indexes. */
  private List<String> leadingIndexColumns(String table) throws Exception {
    try (var connection = dataSource.getConnection();
        var indexes = connection.getMetaData().getIndexInfo(null, null, table(connection, table), false, false)) {
      List<String> leadingColumns = new ArrayList<>();
      while (indexes.next()) {
        if (indexes.getShort("ORDINAL_POSITION") == 1) {
          leadingColumns.add(indexes.getString("COLUMN_NAME").toUpperCase());
        }
      }
      return leadingColumns;
    }
  }

  private static String table(java.sql.Connection connection, String name) throws Exception {
    return connection.getMetaData().storesLowerCaseIdentifiers() ? name.toLowerCase() : name;
  }
}
