package org.schoolimprovement.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ServerProperties;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The JSON mapper of Camunda's REST API, made once. Camunda's {@link JacksonConfigurator} makes a new
 * {@link ObjectMapper} each time the API asks for one, at every request and again to read a filter's query, so
 * each request built Jackson's readers and writers for its classes afresh (the task query has a hundred fields):
 * a sixth of the app's processor time in a head's list view. This one is configured by Camunda's own
 * {@link JacksonConfigurator#configureObjectMapper}, and an {@code ObjectMapper} may be shared once configured.
 *
 * <p>/engine-rest is registered with this mapper instead of Camunda's; the webapps' engine API (Tasklist's and
 * Cockpit's requests under /camunda/api/engine), which the webapp starter registers with Camunda's, is given this
 * one as well, ahead of Camunda's ({@link Priority} 1).
 */
@Provider
@Priority(1)
@Produces({MediaType.APPLICATION_JSON, Hal.APPLICATION_HAL_JSON})
public class SharedObjectMapper implements ContextResolver<ObjectMapper> {

  /** The name the webapp starter gives the servlet of the webapps' engine API. */
  static final String WEBAPP_ENGINE_API = "Engine Api";

  private static final ObjectMapper MAPPER = JacksonConfigurator.configureObjectMapper(new ObjectMapper());

  @Override
  public ObjectMapper getContext(Class<?> type) {
    return MAPPER;
  }

  /** Camunda's REST API at /engine-rest as the starter registers it, with this mapper instead of Camunda's. */
  @ApplicationPath("/engine-rest")
  static class CamundaRestApi extends CamundaJerseyResourceConfig {
    @Override
    protected void registerCamundaRestResources() {
      registerClasses(CamundaRestResources.getResourceClasses());
      Set<Class<?>> configuration = new LinkedHashSet<>(CamundaRestResources.getConfigurationClasses());
      configuration.remove(JacksonConfigurator.class);
      registerClasses(configuration);
      register(SharedObjectMapper.class);
      register(JacksonFeature.class);
    }
  }

  @Configuration
  static class Registration {
    @Bean
    CamundaJerseyResourceConfig camundaRestApi() {
      return new CamundaRestApi();
    }

    /** Once every servlet is registered, before any starts: the webapps' engine API also takes this mapper. */
    @Bean
    ServletContextInitializer webappEngineApiMapper() {
      return servletContext -> servletContext.addListener(new ServletContextListener() {
        @Override
        public void contextInitialized(ServletContextEvent event) {
          // The context as the initializer got it: Tomcat refuses a programmatic listener's own view this call.
          var engineApi = servletContext.getServletRegistration(WEBAPP_ENGINE_API);
          if (engineApi != null) {
            engineApi.setInitParameter(ServerProperties.PROVIDER_CLASSNAMES, SharedObjectMapper.class.getName());
          }
        }
      });
    }
  }
}
