package org.schoolimprovement.system;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CompositeProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceManager;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.util.CamundaSpringBootUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Our additions to the process engine's configuration. */
@Configuration
class EngineConfiguration {

  static final String PERMISSION_STATISTICS = "ACT_STAT_AUTH_PERMS";
  static final String GRANT_CHECK_INDEX = "ACT_IDX_AUTH_RESOURCE_CHECK";
  static final String SUBTASK_INDEX = "ACT_IDX_TASK_PARENT";
  static final String EXECUTION_VARIABLES_INDEX = "ACT_IDX_VAR_EXE_NAME";

  /**
   * The engine's configuration, made as the starter makes its own (which this replaces) with every engine plugin of
   * the application, as a {@link TrustProcessEngineConfiguration}: a job of the year reads only the part of the
   * year's execution tree it walks.
   */
  @Bean
  ProcessEngineConfigurationImpl trustProcessEngineConfiguration(List<ProcessEnginePlugin> plugins) {
    SpringProcessEngineConfiguration configuration =
        CamundaSpringBootUtil.initCustomFields(new TrustProcessEngineConfiguration());
    configuration.getProcessEnginePlugins().add(new CompositeProcessEnginePlugin(plugins));
    return configuration;
  }

  @Bean
  ProcessEnginePlugin validationFailuresAsBadRequests() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
            ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors.add(0, new ValidationFailureInterceptor());
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
      }
    };
  }

  /**
   * Permission checks take the signed-in user's few groups as they are, a new task's grants are made without
   * looking for earlier ones ({@link AuthorizationReads}), and a new task's variables are not looked for in the
   * database ({@link VariableReads}).
   */
  @Bean
  ProcessEnginePlugin fewerReads() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
            ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
        factories.add(opening(AuthorizationManager.class, AuthorizationReads::new));
        factories.add(opening(VariableInstanceManager.class, VariableReads::new));
        configuration.setCustomSessionFactories(factories);
      }
    };
  }

  /** MyBatis finds the method behind each property of Camunda's queries once, not on every read ({@link QueryPropertyReads}). */
  @Bean
  ProcessEnginePlugin queryPropertiesFoundOnce() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        QueryPropertyReads.install();
      }
    };
  }

  /** Opens {@code manager} wherever the engine asks for its {@code type} of session. */
  private static SessionFactory opening(Class<? extends Session> type, Supplier<Session> manager) {
    return new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return type;
      }

      @Override
      public Session openSession() {
        return manager.get();
      }
    };
  }

  /**
   * How PostgreSQL checks a task list's grants. Camunda joins the signed-in user's grants to each task on "grant
   * id = task id, definition key or '*'". Written {@code IN (...)}, PostgreSQL fetches each grant found from the
   * table and costs a task's check as if each of the 40 it reads (37 on '*') were on a page of its own (they are
   * on two or three): checking the 50 tasks of a head's school then looked dearer than sorting every open task in
   * the trust in parallel to check only the first page's 15, and a head's list took 23 ms instead of 2.6. Written
   * {@code = ANY (ARRAY[...])}, a task's check is one read of an index holding every column it needs ({@value
   * #GRANT_CHECK_INDEX}), and costed as that. Camunda also checks a permission as {@code PERMS_ & bit =
   * bit}: without statistics on those expressions PostgreSQL guesses 0.5 % of a user's grants match, plans a
   * director's list for 5 grants where there are 1,300, and compares every task with every grant (see
   * application-postgres.yaml for the rest of the fix). Index and statistics: {@link #grantCheckIndexOnPostgres}.
   */
  @Bean
  ProcessEnginePlugin grantChecksOnPostgres() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        // Read by the engine as it builds its SQL, for the database it finds: here only PostgreSQL's.
        String postgres = DbSqlSessionFactory.POSTGRES;
        DbSqlSessionFactory.databaseSpecificAuthJoinStart.put(postgres, "= ANY (ARRAY[");
        DbSqlSessionFactory.databaseSpecificAuthJoinSeparator.put(postgres, ",");
        DbSqlSessionFactory.databaseSpecificAuthJoinEnd.put(postgres, "])");
        DbSqlSessionFactory.databaseSpecificAuth1JoinStart.put(postgres, "= ANY (ARRAY[");
        DbSqlSessionFactory.databaseSpecificAuth1JoinSeparator.put(postgres, ",");
        DbSqlSessionFactory.databaseSpecificAuth1JoinEnd.put(postgres, "])");
      }
    };
  }

  /**
   * The index a task's grant check reads and the statistics on the permission bits it tests
   * ({@link #grantChecksOnPostgres}), created once, after Camunda has created its tables.
   */
  @Bean
  ProcessEnginePlugin grantCheckIndexOnPostgres() {
    return onPostgresOnceBuilt(jdbc -> {
      jdbc.execute("create index if not exists " + GRANT_CHECK_INDEX + " on ACT_RU_AUTHORIZATION (RESOURCE_ID_)"
          + " include (TYPE_, USER_ID_, GROUP_ID_, RESOURCE_TYPE_, PERMS_)");
      jdbc.execute("create statistics if not exists " + PERMISSION_STATISTICS + " on (PERMS_ & "
          + Permissions.READ.getValue() + "), (PERMS_ & " + Permissions.READ_TASK.getValue()
          + ") from ACT_RU_AUTHORIZATION");
    });
  }

  /**
   * Completing a task, Camunda looks for its subtasks ({@code select * from ACT_RU_TASK where PARENT_TASK_ID_ =
   * ?}) on a column it indexes on SQL Server only: on PostgreSQL every completion read all the trust's open
   * tasks, 10-80 ms at 52,000 (camunda/camunda#36824). Our tasks have no parents, so on PostgreSQL the index
   * holds only the tasks that do. Created once, after Camunda has created its tables.
   */
  @Bean
  ProcessEnginePlugin subtaskIndex() {
    return onceBuilt((jdbc, postgres) -> jdbc.execute("create index if not exists " + SUBTASK_INDEX
        + " on ACT_RU_TASK (PARENT_TASK_ID_)" + (postgres ? " where PARENT_TASK_ID_ is not null" : "")));
  }

  /**
   * Camunda reads an execution's variables ({@code EXECUTION_ID_ = ? and TASK_ID_ is null}, with {@code and NAME_ in
   * (...)} when the deadline watch looks at its school) on two indexes of its own, one on the execution and one on
   * task, name and type. On PostgreSQL a job's statements keep a plan from one run to the next
   * (application-postgres.yaml), made from the statistics of the moment: when those misjudge how many variables an
   * execution holds or how few belong to no task, as they may while a year starts, the kept plan ANDs the
   * execution's few variables with every variable of the trust that belongs to no task (7 ms a read at 1,000
   * schools instead of 0.1; README "Performance", round 15). An index of the variables that belong to no task, by
   * execution and name, answers both reads alone whatever the statistics say. Created once, after Camunda has
   * created its tables.
   */
  @Bean
  ProcessEnginePlugin executionVariablesIndexOnPostgres() {
    return onPostgresOnceBuilt(jdbc -> jdbc.execute("create index if not exists " + EXECUTION_VARIABLES_INDEX
        + " on ACT_RU_VARIABLE (EXECUTION_ID_, NAME_) where TASK_ID_ is null"));
  }

  /** As {@link #onceBuilt}, on PostgreSQL only. */
  private static ProcessEnginePlugin onPostgresOnceBuilt(Consumer<JdbcTemplate> work) {
    return onceBuilt((jdbc, postgres) -> {
      if (postgres) {
        work.accept(jdbc);
      }
    });
  }

  /**
   * A plugin that runs {@code work} on the engine's database once the engine is built, when Camunda's tables exist:
   * with the database and whether it is PostgreSQL.
   */
  private static ProcessEnginePlugin onceBuilt(BiConsumer<JdbcTemplate, Boolean> work) {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void postProcessEngineBuild(ProcessEngine engine) {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        work.accept(new JdbcTemplate(configuration.getDataSource()),
            DbSqlSessionFactory.POSTGRES.equals(configuration.getDatabaseType()));
      }
    };
  }
}
