package org.schoolimprovement.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.schoolimprovement.RestClient;
import org.schoolimprovement.TestSchools;
import org.schoolimprovement.TrustApplicationTest;
import org.schoolimprovement.security.LockoutUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A read of the REST API is one transaction: one connection taken from the pool, whatever its commands. */
@TrustApplicationTest
class ReadRequestTransactionTest {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  MeterRegistry meters;
  @Autowired
  FilterService filters;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TestSchools testSchools;
  @Autowired
  IdentityService identityService;
  @Autowired
  DataSource dataSource;
  @Autowired
  FilterRegistrationBean<ReadRequestTransaction> readRequestTransaction;

  static final String URN = "100097";
  static final String WRONG_PASSWORD = "read-wrong-password-test";

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aTasklistListViewTakesOneConnectionSignInIncluded() {
    testSchools.registerPrimary(URN, "Pooled Academy", "Sam Pool", "director1");
    try {
      ClockUtil.setCurrentTime(java.sql.Timestamp.valueOf("2025-09-08 09:00:00"));
      runtimeService.startProcessInstanceByKey("improvementCycle", URN + "-2025/26",
          Map.of("urn", URN, "academicYear", "2025/26"));
      String mySchools = filters.createFilterQuery().filterName("My schools").singleResult().getId();

      long before = connectionsTaken();
      ResponseEntity<String> list = hal("director1", "/engine-rest/filter/" + mySchools + "/list?firstResult=0&maxResults=15",
          "{\"variableNames\":[\"schoolName\",\"stepName\"]}");
      long taken = connectionsTaken() - before;

      assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(list.getBody()).contains("Complete self-audit: Pooled Academy").contains("\"count\":");
      // Sign-in's three commands (the password, the user's groups) and the list's eight (the filter, its page and
      // count, the groups, definitions and variables its HAL answer embeds) share one transaction. Each command
      // took its own before: nine connections in all.
      assertThat(taken).isEqualTo(1);
    } finally {
      testSchools.remove(URN);
    }
  }

  @Test
  void aFailedReadIsAnsweredAsBeforeAndTheNextReadSucceeds() {
    RestClient head = RestClient.as(rest, "head100001");
    ResponseEntity<String> unknown = head.get("/engine-rest/task/no-such-task", String.class);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getBody()).contains("no-such-task");
    assertThat(head.get("/engine-rest/task/count", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void aWrongPasswordOnAReadIsStillRecorded() {
    LockoutUser.ensure(identityService, WRONG_PASSWORD);
    int before = attempts();
    var refused = rest.withBasicAuth(WRONG_PASSWORD, "not-the-password").getForEntity("/engine-rest/task/count",
        String.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(attempts()).isEqualTo(before + 1);
  }

  /**
   * On PostgreSQL a read's statements are planned for their parameters on every run (application-postgres.yaml),
   * and only a read's: the same connection plans as PostgreSQL does by default in a change and after the read.
   */
  @Test
  void onPostgresOnlyReadsArePlannedAfreshEachTime() throws Exception {
    assumeTrue(isPostgres(), "PostgreSQL only");
    List<String> seen = new ArrayList<>();
    var planning = new JdbcTemplate(dataSource);
    for (var request : List.of(new MockHttpServletRequest("GET", "/engine-rest/task"),
        new MockHttpServletRequest("POST", "/engine-rest/filter/some-filter/list"),
        new MockHttpServletRequest("POST", "/engine-rest/task/some-task/submit-form"))) {
      readRequestTransaction.getFilter().doFilter(request, new MockHttpServletResponse(),
          (req, res) -> seen.add(planning.queryForObject("show plan_cache_mode", String.class)));
    }
    seen.add(planning.queryForObject("show plan_cache_mode", String.class));
    assertThat(seen).containsExactly("force_custom_plan", "force_custom_plan", "auto", "auto");
  }

  private boolean isPostgres() throws Exception {
    try (var connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
    }
  }

  private int attempts() {
    return ((UserEntity) identityService.createUserQuery().userId(WRONG_PASSWORD).singleResult()).getAttempts();
  }

  private long connectionsTaken() {
    return meters.get("hikaricp.connections.usage").timers().stream().mapToLong(t -> t.count()).sum();
  }

  private ResponseEntity<String> hal(String user, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "demo");
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set("Accept", "application/hal+json");
    return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }
}
