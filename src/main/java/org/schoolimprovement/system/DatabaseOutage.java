package org.schoolimprovement.system;

import jakarta.annotation.Priority;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The database cannot be reached (stopped, restarting, network down). Every transaction rolls back whole, so
 * nothing is half-written; the request is answered 503 with a message saying so, and the next request after
 * the database is back succeeds (the connection pool reconnects by itself). Without this, Camunda's REST API
 * answers such a failure with 500 like any bug.
 */
public final class DatabaseOutage {

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutage.class);

  public static final String MESSAGE =
      "The database cannot be reached at the moment, so nothing was changed: try again in a minute";

  private static final String BODY = "{\"type\":\"DatabaseUnavailable\",\"message\":\"" + MESSAGE + "\"}";

  private DatabaseOutage() {
  }

  /** Whether this failure, or one it was caused by, is the database being unreachable. */
  public static boolean isCause(Throwable failure) {
    for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
      if (e instanceof CannotCreateTransactionException || e instanceof DataAccessResourceFailureException
          || e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException
          || e instanceof ConnectException) {
        return true;
      }
      if (e instanceof SQLException sql && sql.getSQLState() != null
          // 08: connection exception; 57P01-57P03: the server is shutting down or not yet accepting connections.
          && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
        return true;
      }
    }
    return false;
  }

  /** The answer to a request the database's absence stopped: 503, retry in 30 seconds. */
  public static Response unavailable(Throwable failure) {
    logAnswered(failure);
    return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.APPLICATION_JSON_TYPE)
        .header("Retry-After", "30").entity(Map.of("type", "DatabaseUnavailable", "message", MESSAGE)).build();
  }

  static void logAnswered(Object what) {
    LOG.warn("Answered 503: the database cannot be reached ({})", what);
  }

  private static void writeUnavailable(HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", "30");
    response.setContentType("application/json");
    response.getWriter().write(BODY);
  }

  /** Camunda's REST API: a failure of the engine caused by the database. */
  @Provider
  @Priority(1)
  public static class EngineMapper implements ExceptionMapper<ProcessEngineException> {

    @Override
    public Response toResponse(ProcessEngineException exception) {
      return isCause(exception) ? unavailable(exception) : new ProcessEngineExceptionHandler().toResponse(exception);
    }
  }

  /** Camunda's REST API: a transaction that could not begin (no connection), or any other failure. */
  @Provider
  @Priority(1)
  public static class AnyMapper implements ExceptionMapper<Throwable> {

    @Override
    public Response toResponse(Throwable exception) {
      return isCause(exception) ? unavailable(exception) : new ExceptionHandler().toResponse(exception);
    }
  }

  /**
   * Everything else, first of all the sign-in checks that run before any controller (HTTP Basic on the REST
   * APIs, the webapps' session): a failure caused by the database is answered 503 here.
   */
  @Component
  @Order(Ordered.HIGHEST_PRECEDENCE)
  static class Filter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      try {
        chain.doFilter(request, response);
      } catch (ServletException | RuntimeException e) {
        if (!isCause(e) || response.isCommitted()) {
          throw e;
        }
        logAnswered(e);
        writeUnavailable(response);
      }
    }
  }

  /**
   * The webapps' own API (Tasklist, Cockpit, Admin under {@code /camunda/api/}) is a JAX-RS application of
   * Camunda's that we cannot add a mapper to: it answers a failed transaction 500 with the exception's type.
   * This filter holds each of its answers and turns such a 500 into our 503.
   */
  static class WebappApiFilter extends OncePerRequestFilter {

    private static final Pattern OUTAGE = Pattern.compile(
        "\"type\"\\s*:\\s*\"(CannotCreateTransactionException|DataAccessResourceFailureException)\"");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
      chain.doFilter(request, held);
      if (held.getStatus() == HttpServletResponse.SC_INTERNAL_SERVER_ERROR
          && OUTAGE.matcher(new String(held.getContentAsByteArray(), StandardCharsets.UTF_8)).find()) {
        logAnswered(request.getRequestURI());
        held.resetBuffer();
        writeUnavailable(held);
        held.getWriter().flush();
      }
      held.copyBodyToResponse();
    }
  }

  @Configuration
  static class Registration {

    @Bean
    FilterRegistrationBean<WebappApiFilter> webappApiOutage() {
      FilterRegistrationBean<WebappApiFilter> registration = new FilterRegistrationBean<>(new WebappApiFilter());
      registration.addUrlPatterns("/camunda/api/*");
      registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
      return registration;
    }

    @Bean
    ResourceConfigCustomizer databaseOutageMapping() {
      return config -> config.register(EngineMapper.class).register(AnyMapper.class);
    }
  }
}
