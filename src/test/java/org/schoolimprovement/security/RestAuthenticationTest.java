package org.schoolimprovement.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.schoolimprovement.RestClient;
import org.schoolimprovement.TrustApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

@TrustApplicationTest
class RestAuthenticationTest {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  org.camunda.bpm.engine.IdentityService identityService;

  @Test
  void engineRestNeedsCredentials() {
    assertThat(rest.getForEntity("/engine-rest/engine", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(RestClient.as(rest, "ceo").get("/engine-rest/engine", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void theAdministratorSeesEverything() {
    RestClient admin = RestClient.as(rest, "admin");
    assertThat(admin.get("/engine-rest/authorization/count", String.class).getBody()).doesNotContain("\"count\":0");
    assertThat(admin.get("/engine-rest/user/count", String.class).getBody()).doesNotContain("\"count\":0");
    assertThat(admin.get("/engine-rest/process-definition/count", String.class).getBody()).doesNotContain("\"count\":0");
  }

  @Test
  void theEngineIsAddressedByItsNameAndNoOtherIsFound() {
    RestClient ceo = RestClient.as(rest, "ceo");
    assertThat(ceo.get("/engine-rest/engine/default/process-definition/count", String.class).getBody()).doesNotContain("\"count\":0");
    var elsewhere = ceo.get("/engine-rest/engine/other/process-definition/count", String.class);
    assertThat(elsewhere.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(elsewhere.getBody()).contains("Process engine other not available");
  }

  @Test
  void aWrongPasswordIsRefused() {
    var response = rest.withBasicAuth(LockoutUser.ensure(identityService), "not-the-password")
        .getForEntity("/engine-rest/engine", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void ourApiNeedsCredentials() {
    assertThat(rest.getForEntity("/api/schools", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void healthIsPublicButNotTheOtherActuatorEndpoints() {
    assertThat(rest.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.getForEntity("/actuator/health/liveness", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    // Health shows the database and the engine (never their details), and readiness depends on them (and on the
    // job executor, which the tests do not run).
    assertThat(rest.getForEntity("/actuator/health", String.class).getBody()).contains("\"db\":{\"status\":\"UP\"}")
        .contains("\"processEngine\":{\"status\":\"UP\"}").doesNotContain("details");
    assertThat(rest.getForEntity("/actuator/health/readiness", String.class).getBody()).contains("\"db\"")
        .contains("\"processEngine\"");
    assertThat(rest.getForEntity("/actuator/prometheus", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/actuator/info", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    // Spring Boot tests switch metrics export off, so the endpoint itself is absent here: it is enough that the
    // credentials get the request past authentication.
    assertThat(RestClient.as(rest, "ceo").get("/actuator/prometheus", String.class).getStatusCode())
        .isNotEqualTo(HttpStatus.UNAUTHORIZED);
  }
}
