package org.schoolimprovement.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.schoolimprovement.system.ReadRequestTransaction;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTP Basic authentication against Camunda's users for Camunda's REST API and the actuator; for ours also
 * the webapps' session (see {@link WebappSessionOrBasicAuthentication}). The authenticated user
 * and groups are set on the engine for the request, so Camunda's authorization checks apply to every call.
 */
@Configuration
class ProcessEngineAuthentication {

  /** Inside a read's one transaction (see {@link ReadRequestTransaction}). */
  static final int SIGN_IN_ORDER = ReadRequestTransaction.ORDER + 1;

  @Bean
  FilterRegistrationBean<Filter> restAuthenticationFilter(ProcessEngine engine) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new EveryRequestAuthenticationFilter(engine));
    registration.setName("trust-rest-authentication");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*", "/actuator/*");
    registration.setOrder(SIGN_IN_ORDER);
    return registration;
  }

  /** Our API: HTTP Basic, or the Tasklist / Cockpit session for the dashboard page. */
  @Bean
  FilterRegistrationBean<Filter> apiAuthenticationFilter(ProcessEngine engine) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new EveryRequestAuthenticationFilter(engine));
    registration.setName("trust-api-authentication");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        WebappSessionOrBasicAuthentication.class.getName());
    registration.addUrlPatterns("/api/*");
    registration.setOrder(SIGN_IN_ORDER);
    return registration;
  }

  /**
   * Camunda's filter lets {@code /engine-rest/engine} through unauthenticated; we let nothing through but the
   * health endpoint, which load balancers and docker-compose probe without credentials.
   *
   * <p>The app runs one engine, which the filter is given: Camunda's filter would look it up for every request
   * through {@code ServiceLoader}, which scans every jar packed in the app. The engine does not check tenant
   * membership (the app is one trust and has no tenants, see {@code EngineConfiguration}), so the user's tenants
   * are not read for every request either.
   */
  static class EveryRequestAuthenticationFilter extends ProcessEngineAuthenticationFilter {

    private final ProcessEngine engine;

    EveryRequestAuthenticationFilter(ProcessEngine engine) {
      this.engine = engine;
    }

    @Override
    protected ProcessEngine getAddressedEngine(String engineName) {
      return engine.getName().equals(engineName) ? engine : null;
    }

    @Override
    protected List<String> getTenantsOfUser(ProcessEngine engine, String userId) {
      boolean tenantsChecked = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).isTenantCheckEnabled();
      return tenantsChecked ? super.getTenantsOfUser(engine, userId) : List.of();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      HttpServletRequest http = (HttpServletRequest) request;
      String path = http.getRequestURI().substring(http.getContextPath().length());
      if (path.equals("/actuator/health") || path.startsWith("/actuator/health/")) {
        chain.doFilter(request, response);
      } else if (http.getHeader(WebappSessionOrBasicAuthentication.SCRIPT_HEADER) != null) {
        // A page's script handles a refusal itself: no Basic challenge, so the browser asks for nothing.
        super.doFilter(request, new WithoutChallenge((HttpServletResponse) response), chain);
      } else {
        super.doFilter(request, response, chain);
      }
    }

    @Override
    protected boolean requiresEngineAuthentication(String requestUrl) {
      return true;
    }
  }

  static class WithoutChallenge extends HttpServletResponseWrapper {

    WithoutChallenge(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setHeader(String name, String value) {
      if (!"WWW-Authenticate".equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!"WWW-Authenticate".equalsIgnoreCase(name)) {
        super.addHeader(name, value);
      }
    }
  }
}
