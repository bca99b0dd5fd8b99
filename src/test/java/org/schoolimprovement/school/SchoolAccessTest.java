package org.schoolimprovement.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.schoolimprovement.RestClient;
import org.schoolimprovement.TrustApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;

@TrustApplicationTest
class SchoolAccessTest {

  @Autowired
  TestRestTemplate rest;

  @ParameterizedTest(name = "{0} sees {1}")
  @CsvSource({
      "ceo,        100001 100002 100003 100004 100005 100006",
      "trustee1,   100001 100002 100003 100004 100005 100006",
      "partner1,   100001 100002 100003 100004 100005 100006",
      "director1,  100001 100002 100003",
      "director2,  100004 100005 100006",
      "head100001, 100001",
      "head100005, 100005",
      "sle1,       ''"})
  void eachUserSeesTheirSchools(String userId, String urns) {
    var response = RestClient.as(rest, userId).get("/api/schools", new ParameterizedTypeReference<List<Map<String, Object>>>() {});
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<String> expected = urns.isBlank() ? List.of() : List.of(urns.split(" "));
    assertThat(response.getBody()).extracting(school -> school.get("urn")).containsExactlyElementsOf(expected);
  }

  @Test
  void aHeadCannotOpenAnotherSchool() {
    RestClient head = RestClient.as(rest, "head100001");
    assertThat(head.get("/api/schools/100001", Map.class).getBody()).containsEntry("name", "Oakfield Primary School");
    var refused = head.get("/api/schools/100002", Map.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody()).containsEntry("field", "urn");
  }

  @Test
  void anUnknownSchoolIsNotFound() {
    var response = RestClient.as(rest, "ceo").get("/api/schools/999999", Map.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(response.getBody()).containsEntry("message", "no school with URN 999999");
  }

  @Test
  void showsTheOfstedOutcome() {
    Map<String, Object> school = RestClient.as(rest, "ceo")
        .get("/api/schools/100006", new ParameterizedTypeReference<Map<String, Object>>() {}).getBody();
    assertThat(school).containsEntry("safeguarding", "not met").containsEntry("phase", "All-through");
    assertThat(school.get("reportCard")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
        .containsEntry("Inclusion", "needs attention");
  }
}
