package org.schoolimprovement.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTP Basic authentication against Camunda's users for Camunda's REST API, ours and the actuator. The authenticated user
 * and groups are set on the engine for the request, so Camunda's authorization checks apply to every call.
 */
@Configuration
class ProcessEngineAuthentication {

  @Bean
  FilterRegistrationBean<Filter> restAuthenticationFilter() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new EveryRequestAuthenticationFilter());
    registration.setName("trust-rest-authentication");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*", "/api/*", "/actuator/*");
    return registration;
  }

  /**
   * Camunda's filter lets {@code /engine-rest/engine} through unauthenticated; we let nothing through but the
   * health endpoint, which load balancers and docker-compose probe without credentials.
   */
  static class EveryRequestAuthenticationFilter extends ProcessEngineAuthenticationFilter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      HttpServletRequest http = (HttpServletRequest) request;
      String path = http.getRequestURI().substring(http.getContextPath().length());
      if (path.equals("/actuator/health") || path.startsWith("/actuator/health/")) {
        chain.doFilter(request, response);
      } else {
        super.doFilter(request, response, chain);
      }
    }

    @Override
    protected boolean requiresEngineAuthentication(String requestUrl) {
      return true;
    }
  }
}
