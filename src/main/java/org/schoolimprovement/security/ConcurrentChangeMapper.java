package org.schoolimprovement.security;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Two people completing the same task at once: Camunda lets one win and stops the other with an optimistic
 * locking failure, which its REST API would answer with 500. We answer 409 Conflict and say what happened.
 */
@Provider
public class ConcurrentChangeMapper implements ExceptionMapper<OptimisticLockingException> {

  @Override
  public Response toResponse(OptimisticLockingException exception) {
    return conflict();
  }

  static Response conflict() {
    return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Map.of("type", "OptimisticLockingException",
            "message", "someone else changed this at the same moment (for example completed the task): reload and try again"))
        .build();
  }

  /** Registers this mapper and {@link TaskGoneMapper} with Camunda's REST API. */
  @Configuration
  static class Registration {

    @Bean
    ResourceConfigCustomizer concurrentChangeMapping() {
      return config -> config.register(ConcurrentChangeMapper.class)
          .register(TaskGoneMapper.WhenNotFound.class).register(TaskGoneMapper.WhenUnauthorized.class);
    }
  }
}
