package org.schoolimprovement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Calls the running app's REST API as one demo user (HTTP Basic, password "demo"). */
public class RestClient {

  private final TestRestTemplate rest;
  private final String userId;

  public RestClient(TestRestTemplate rest, String userId) {
    this.rest = rest;
    this.userId = userId;
  }

  public static RestClient as(TestRestTemplate rest, String userId) {
    return new RestClient(rest, userId);
  }

  public <T> ResponseEntity<T> get(String path, Class<T> type) {
    return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()), type);
  }

  public <T> ResponseEntity<T> get(String path, ParameterizedTypeReference<T> type) {
    return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()), type);
  }

  public <T> ResponseEntity<T> post(String path, Object body, Class<T> type) {
    return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers()), type);
  }

  public ResponseEntity<String> post(String path, Object body) {
    return post(path, body, String.class);
  }

  public static Map<String, Object> value(Object value) {
    return Map.of("value", value);
  }

  /** A body of {@code {"variables": {name: {"value": ...}}}}, as Tasklist submits a form. */
  public static Map<String, Object> variables(Map<String, Object> values) {
    Map<String, Object> variables = new java.util.HashMap<>();
    values.forEach((name, value) -> variables.put(name, value(value)));
    return Map.of("variables", variables);
  }

  private HttpHeaders headers() {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(userId, "demo");
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }

  /** The one open task this user sees for a step of a process (by business key), as Tasklist lists it. */
  public Map<String, Object> task(String taskDefinitionKey, String businessKey) {
    List<Map<String, Object>> tasks = get("/engine-rest/task?taskDefinitionKey=" + taskDefinitionKey
        + "&processInstanceBusinessKey=" + businessKey,
        new ParameterizedTypeReference<List<Map<String, Object>>>() {}).getBody();
    assertThat(tasks).as(userId + " sees " + taskDefinitionKey).hasSize(1);
    return tasks.get(0);
  }

  public String taskId(String taskDefinitionKey, String businessKey) {
    return (String) task(taskDefinitionKey, businessKey).get("id");
  }

  /** Submits a task's form as Tasklist does. */
  public ResponseEntity<String> submit(String taskId, Map<String, Object> values) {
    return post("/engine-rest/task/" + taskId + "/submit-form", variables(values));
  }

  /** The submission is refused with 400 and names the field and the rule. */
  public void assertRefused(String taskId, Map<String, Object> values, String message) {
    ResponseEntity<String> response = submit(taskId, values);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
    assertThat(response.getBody()).contains(message);
  }

  public static void assertOk(ResponseEntity<String> response) {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isIn(200, 204);
  }
}
