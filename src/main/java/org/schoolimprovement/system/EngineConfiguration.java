package org.schoolimprovement.system;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Our additions to the process engine's configuration. */
@Configuration
class EngineConfiguration {

  static final String AUTHORIZATIONS_BY_USER = "ACT_IDX_AUTH_USER_ID";

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
   * Every task list checks the signed-in user's grants: Camunda's query selects them by user or by group, and
   * Camunda indexes only the group. A director reads each task at their schools through a grant to them
   * ({@link Oversight}), so without this index every director's list read the whole authorization table. Created once, after Camunda has created its tables; Camunda's own migrations leave it alone.
   */
  @Bean
  ProcessEnginePlugin authorizationsByUser() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void postProcessEngineBuild(ProcessEngine engine) {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        new JdbcTemplate(configuration.getDataSource())
            .execute("create index if not exists " + AUTHORIZATIONS_BY_USER + " on ACT_RU_AUTHORIZATION (USER_ID_)");
      }
    };
  }
}
