package org.schoolimprovement.system;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The JSON mapper of Camunda's REST API, made once. Camunda's {@link JacksonConfigurator} makes a new
 * {@link ObjectMapper} each time the API asks for one, at every request and again to read a filter's query, so
 * each request built Jackson's readers and writers for its classes afresh (the task query has a hundred fields):
 * a fifth of the app's processor time in a Tasklist list view. This one is configured by Camunda's own
 * {@link JacksonConfigurator#configureObjectMapper}, and an {@code ObjectMapper} may be shared once configured.
 *
 * <p>Only /engine-rest: the webapps' own API (Tasklist's and Cockpit's requests under /camunda/api) is a JAX-RS
 * application the webapp starter registers with Camunda's configurator, and still makes a mapper per request.
 */
@Provider
@Produces({MediaType.APPLICATION_JSON, Hal.APPLICATION_HAL_JSON})
public class SharedObjectMapper implements ContextResolver<ObjectMapper> {

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
  }
}
