package org.schoolimprovement.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.schoolimprovement.TrustApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** The webapps' sign-in: CSRF protection on, the session cookie HttpOnly, failures that give nothing away. */
@TrustApplicationTest
class WebappSessionTest {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  IdentityService identityService;

  @Test
  void theSessionCookieIsHttpOnlyAndLoginNeedsTheCsrfToken() {
    Probe probe = probe();
    assertThat(probe.cookie()).contains("HttpOnly");
    assertThat(probe.token()).isNotBlank();

    ResponseEntity<String> withoutToken = login("head100001", "demo", probe.session(), null);
    assertThat(withoutToken.getStatusCode().value()).isEqualTo(403);
    Probe again = probe();
    ResponseEntity<String> withToken = login("head100001", "demo", again.session(), again.token());
    assertThat(withToken.getStatusCode().value()).isEqualTo(200);
    assertThat(withToken.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of()))
        .filteredOn(cookie -> cookie.startsWith("JSESSIONID")).allSatisfy(cookie -> assertThat(cookie).contains("HttpOnly"));
  }

  @Test
  void aFailedLoginSaysTheSameWhetherOrNotTheUserExists() {
    Probe first = probe();
    ResponseEntity<String> wrongPassword = login(LockoutUser.ensure(identityService), "not-the-password", first.session(),
        first.token());
    Probe second = probe();
    ResponseEntity<String> noSuchUser = login("nobody-here", "not-the-password", second.session(), second.token());

    assertThat(identityService.createUserQuery().userId("nobody-here").count()).isZero();
    assertThat(wrongPassword.getStatusCode()).isEqualTo(noSuchUser.getStatusCode());
    assertThat(wrongPassword.getStatusCode().value()).isEqualTo(401);
    assertThat(withoutTimestamp(wrongPassword.getBody())).isEqualTo(withoutTimestamp(noSuchUser.getBody()));
  }

  private static String withoutTimestamp(String body) {
    return String.valueOf(body).replaceAll("\"timestamp\":\"[^\"]*\",?", "");
  }

  private record Probe(String session, String cookie, String token) {
  }

  private Probe probe() {
    HttpHeaders headers = new HttpHeaders();
    headers.add("X-XSRF-TOKEN", "Fetch");
    ResponseEntity<String> response = rest.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET,
        new HttpEntity<>(headers), String.class);
    String cookie = response.getHeaders().get(HttpHeaders.SET_COOKIE).stream().filter(c -> c.startsWith("JSESSIONID"))
        .findFirst().orElseThrow();
    return new Probe(cookie.split(";")[0], cookie, response.getHeaders().getFirst("X-XSRF-TOKEN"));
  }

  private ResponseEntity<String> login(String user, String password, String session, String token) {
    LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", password);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.add(HttpHeaders.COOKIE, session);
    if (token != null) {
      headers.add("X-XSRF-TOKEN", token);
    }
    return rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST, new HttpEntity<>(form, headers),
        String.class);
  }
}
