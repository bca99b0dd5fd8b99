package org.schoolimprovement.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Which failures are the database being away, and what the caller is told. The real outage (PostgreSQL stopped
 * for 30 s under load) is in ops/resilience/run.
 */
class DatabaseOutageTest {

  @Test
  void noConnectionFromThePoolIsAnOutage() {
    var noConnection = new CannotCreateTransactionException("Could not open JPA EntityManager",
        new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 5000ms"));
    assertThat(DatabaseOutage.isCause(noConnection)).isTrue();
  }

  @Test
  void aConnectionDroppedByTheServerShuttingDownIsAnOutage() {
    var adminShutdown = new ProcessEngineException("could not execute query",
        new SQLException("terminating connection due to administrator command", "57P01"));
    assertThat(DatabaseOutage.isCause(adminShutdown)).isTrue();
    assertThat(DatabaseOutage.isCause(new SQLException("connection refused", "08001"))).isTrue();
  }

  @Test
  void otherDatabaseErrorsAndBugsAreNot() {
    assertThat(DatabaseOutage.isCause(new ProcessEngineException("duplicate key",
        new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
    assertThat(DatabaseOutage.isCause(new IllegalStateException("a bug"))).isFalse();
    assertThat(DatabaseOutage.isCause(new InvalidRequestException(Response.Status.BAD_REQUEST, "bad"))).isFalse();
  }

  @Test
  void theRestApiAnswers503AndSaysNothingWasChanged() {
    Response response = new DatabaseOutage.AnyMapper().toResponse(
        new CannotCreateTransactionException("no connection", new SQLTransientConnectionException("timed out")));
    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeaderString("Retry-After")).isEqualTo("30");
    assertThat(response.getEntity().toString()).contains("nothing was changed");

    Response bug = new DatabaseOutage.EngineMapper().toResponse(new ProcessEngineException("a bug"));
    assertThat(bug.getStatus()).isEqualTo(500);
  }

  @Test
  void theFilterAnswersAnOutageThatStoppedSignIn503AndLetsOtherFailuresThrough() throws Exception {
    var filter = new DatabaseOutage.Filter();
    var response = new MockHttpServletResponse();
    filter.doFilter(new MockHttpServletRequest("GET", "/api/schools"), response, (req, res) -> {
      throw new CannotCreateTransactionException("no connection", new SQLTransientConnectionException("timed out"));
    });
    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getContentAsString()).contains("DatabaseUnavailable").contains("nothing was changed");

    assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/api/schools"), new MockHttpServletResponse(),
        (req, res) -> {
          throw new IllegalStateException("a bug");
        })).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theWebappsApiAnswers503InsteadOfItsOwn500AndPassesEverythingElseThrough() throws Exception {
    var filter = new DatabaseOutage.WebappApiFilter();
    var outage = new MockHttpServletResponse();
    filter.doFilter(new MockHttpServletRequest("GET", "/camunda/api/engine/engine/default/task/count"), outage, (req, res) -> {
      var http = (jakarta.servlet.http.HttpServletResponse) res;
      http.setStatus(500);
      http.setContentType("application/json");
      http.getOutputStream().write(
          "{\"type\":\"CannotCreateTransactionException\",\"message\":\"Could not open JPA EntityManager\"}".getBytes());
    });
    assertThat(outage.getStatus()).isEqualTo(503);
    assertThat(outage.getContentAsString()).contains("DatabaseUnavailable").doesNotContain("EntityManager");

    var bug = new MockHttpServletResponse();
    filter.doFilter(new MockHttpServletRequest("GET", "/camunda/api/engine/engine/default/task"), bug, (req, res) -> {
      ((jakarta.servlet.http.HttpServletResponse) res).setStatus(500);
      res.getWriter().write("{\"type\":\"ProcessEngineException\",\"message\":\"a bug\"}");
    });
    assertThat(bug.getStatus()).isEqualTo(500);
    assertThat(bug.getContentAsString()).contains("a bug");

    var ok = new MockHttpServletResponse();
    filter.doFilter(new MockHttpServletRequest("GET", "/camunda/api/engine/engine/default/task/count"), ok,
        (req, res) -> res.getWriter().write("{\"count\":3}"));
    assertThat(ok.getStatus()).isEqualTo(200);
    assertThat(ok.getContentAsString()).isEqualTo("{\"count\":3}");
  }
}
