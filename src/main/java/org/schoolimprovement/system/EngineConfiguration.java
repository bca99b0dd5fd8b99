package org.schoolimprovement.system;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Our additions to the process engine's configuration. */
@Configuration
class EngineConfiguration {

  static final String PERMISSION_STATISTICS = "ACT_STAT_AUTH_PERMS";

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
   * Camunda checks a permission as {@code PERMS_ & bit = bit}: without statistics on those expressions PostgreSQL
   * guesses 0.5 % of a user's grants match, plans a director's list for 5 grants where there are 1,300, and
   * compares every task with every grant (see application-postgres.yaml for the rest of the fix). Created once,
   * after Camunda has created its tables.
   */
  @Bean
  ProcessEnginePlugin permissionStatistics() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void postProcessEngineBuild(ProcessEngine engine) {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        if (DbSqlSessionFactory.POSTGRES.equals(configuration.getDatabaseType())) {
          new JdbcTemplate(configuration.getDataSource()).execute("create statistics if not exists "
              + PERMISSION_STATISTICS + " on (PERMS_ & " + Permissions.READ.getValue() + "), (PERMS_ & "
              + Permissions.READ_TASK.getValue() + ") from ACT_RU_AUTHORIZATION");
        }
      }
    };
  }
}
