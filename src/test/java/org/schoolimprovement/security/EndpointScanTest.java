package org.schoolimprovement.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.model.Resource;
import org.junit.jupiter.api.Test;
import org.schoolimprovement.TrustApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every HTTP endpoint the app exposes, as Spring and Camunda's REST API list them, refuses a call without
 * credentials: only the health probe, the login pages and the dashboard's static page are public.
 */
@TrustApplicationTest
class EndpointScanTest {

  /** Public on purpose: probes, the page that then asks the user to sign in, and the token its sign-in needs. */
  static final Set<String> PUBLIC = Set.of("/dashboard", "/dashboard/", "/dashboard/csrf-token", "/error");

  @Autowired
  TestRestTemplate rest;
  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping springMappings;
  @Autowired
  List<ResourceConfig> jerseyConfigs;

  @Test
  void everyEndpointRefusesAnUnauthenticatedCall() {
    List<String> open = new ArrayList<>();
    Set<String> called = new TreeSet<>();

    springMappings.getHandlerMethods().forEach((info, method) -> {
      Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
      for (String pattern : info.getPatternValues()) {
        if (PUBLIC.contains(pattern)) {
          continue;
        }
        String path = pattern.replaceAll("\\{[^}]+}", "100001");
        for (RequestMethod verb : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
          check(HttpMethod.valueOf(verb.name()), path, called, open);
        }
      }
    });

    for (ResourceConfig config : jerseyConfigs) {
      for (Class<?> type : config.getClasses()) {
        Resource resource = Resource.from(type);
        if (resource == null || resource.getPath() == null) {
          continue;
        }
        String root = "/engine-rest" + resource.getPath().replaceAll("\\{[^}]+}", "default");
        check(HttpMethod.GET, root, called, open);
        resource.getChildResources().forEach(child -> check(HttpMethod.GET,
            root + "/" + child.getPath().replaceAll("^/", "").replaceAll("\\{[^}]+}", "default"), called, open));
      }
    }
    // The webapps' own APIs need their sign-in.
    for (String path : List.of("/camunda/api/engine/engine/default/task", "/camunda/api/engine/engine/default/process-instance",
        "/camunda/api/cockpit/plugin/base/default/process-definition/statistics")) {
      check(HttpMethod.GET, path, called, open);
    }
    // The health probe and the login page stay open.
    assertThat(rest.getForEntity("/actuator/health", String.class).getStatusCode().value()).isEqualTo(200);
    assertThat(rest.getForEntity("/camunda/app/tasklist/", String.class).getStatusCode().value()).isEqualTo(200);

    System.out.printf("Endpoint scan: %d endpoints called without credentials (%d ours, %d Camunda REST), %d not refused%n",
        called.size(), called.stream().filter(call -> call.contains(" /api") || call.contains(" /actuator")
            || call.contains(" /dashboard")).count(), called.stream().filter(call -> call.contains(" /engine-rest")).count(),
        open.size());
    assertThat(called).hasSizeGreaterThan(75);
    assertThat(open).isEmpty();
  }

  private void check(HttpMethod method, String path, Set<String> called, List<String> open) {
    if (!called.add(method + " " + path)) {
      return;
    }
    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.CONTENT_TYPE, "application/json");
    ResponseEntity<String> response = rest.exchange(path, method, new HttpEntity<>(method == HttpMethod.GET ? null : "{}", headers),
        String.class);
    int status = response.getStatusCode().value();
    // Our API and Camunda's REST API refuse before looking at the path; the webapps' APIs answer 401 or 403.
    boolean refused = path.startsWith("/engine-rest") || path.startsWith("/api") || path.startsWith("/actuator")
        ? status == 401 : status == 401 || status == 403 || status == 405;
    if (!refused) {
      open.add(method + " " + path + " -> " + status);
    }
  }
}
