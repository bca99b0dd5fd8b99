package org.schoolimprovement.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.schoolimprovement.RestClient;
import org.schoolimprovement.TrustApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** The GIAS import over REST: the sample export, a file with bad rows (all or nothing), and who may import. */
@TrustApplicationTest
class GiasImportTest {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  SchoolService schools;
  @Autowired
  IdentityService identityService;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void theSampleExportCreatesAndUpdatesSchoolsWithTheirGroups() throws Exception {
    ResponseEntity<Map<String, Object>> response = upload("ceo", "gias/edubase-sample.csv", "?director=director1");

    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).containsEntry("imported", true).containsEntry("created", 2).containsEntry("updated", 1)
        .containsEntry("rejected", 0);
    assertThat(rows(response)).extracting(row -> row.get("line") + " " + row.get("urn") + " " + row.get("outcome"))
        .containsExactly("2 100001 UPDATED", "3 148210 CREATED", "4 148211 CREATED");

    School brookside = schools.get("148210");
    assertThat(brookside.name()).isEqualTo("Brookside Infant School");
    assertThat(brookside.phase()).isEqualTo(Phase.PRIMARY);
    assertThat(brookside.localAuthority()).isEqualTo("Kent");
    assertThat(brookside.headteacherName()).isEqualTo("Tom Hughes");
    assertThat(brookside.directorOfEducation()).isEqualTo("director2");
    assertThat(brookside.ofsted().legacyGrade()).contains(LegacyGrade.GOOD);
    assertThat(schools.get("148211").directorOfEducation()).isEqualTo("director1");
    assertThat(identityService.createGroupQuery().groupId("school-148211").singleResult().getName()).isEqualTo("Castle Hill School");
    // An update keeps what the trust keeps: Oakfield's director and inspection.
    School oakfield = schools.get("100001");
    assertThat(oakfield.directorOfEducation()).isEqualTo("director1");
    assertThat(oakfield.ofsted().legacyGrade()).contains(LegacyGrade.OUTSTANDING);
    // Its director now sees the new school.
    assertThat(RestClient.as(rest, "director2").get("/api/schools/148210", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void aFileWithBadRowsImportsNothingUnlessToldToSkipThem() {
    long before = schools.count();
    ResponseEntity<Map<String, Object>> refused = upload("ceo", "gias/edubase-with-errors.csv", "?director=director2");

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(refused.getBody()).containsEntry("imported", false).containsEntry("rejected", 4);
    assertThat(rows(refused)).extracting(row -> row.get("line") + " " + row.get("outcome") + " " + row.get("message"))
        .containsExactly("2 CREATED null",
            "3 REJECTED URN: '14822' is not a 6-digit URN",
            "4 REJECTED EstablishmentName: is missing",
            "5 REJECTED URN: 148220 is a duplicate of line 2",
            "6 REJECTED PhaseOfEducation (name): 'Tertiary' is not a GIAS phase",
            "7 CREATED null");
    assertThat(schools.count()).isEqualTo(before);
    assertThat(schools.find("148220")).isEmpty();

    ResponseEntity<Map<String, Object>> skipped = upload("ceo", "gias/edubase-with-errors.csv", "?director=director2&skipBadRows=true");
    assertThat(skipped.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(skipped.getBody()).containsEntry("created", 2).containsEntry("rejected", 4);
    assertThat(schools.get("148220").ofsted().legacyGrade()).contains(LegacyGrade.REQUIRES_IMPROVEMENT);
    // Markup in a name is kept as text.
    assertThat(schools.get("148225").name()).isEqualTo("<script>alert(1)</script> Academy");
  }

  @Test
  void newSchoolsNeedADirectorAndOnlyTheCeoOrAnAdministratorImports() {
    String csv = "URN,EstablishmentName,PhaseOfEducation (name)\n148230,Valley Academy,Secondary\n";
    ResponseEntity<Map<String, Object>> noDirector = post("ceo", csv, "");
    assertThat(noDirector.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(rows(noDirector).get(0)).containsEntry("message",
        "DirectorOfEducation: a new school needs a director of education (the column, or a default for the import)");
    assertThat(rows(post("ceo", csv, "?director=head100001")).get(0))
        .containsEntry("message", "DirectorOfEducation: 'head100001' is not a director of education");

    assertThat(post("director1", csv, "?director=director1").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post("head100001", csv, "?director=director1").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(schools.find("148230")).isEmpty();

    ResponseEntity<String> notGias = rest.exchange("/api/schools/import?director=director1", HttpMethod.POST,
        new HttpEntity<>("Name,Town\nA,B\n".getBytes(StandardCharsets.UTF_8), csvHeaders("ceo")), String.class);
    assertThat(notGias.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(notGias.getBody()).contains("the file has no 'URN' column");
  }

  /** The other tests share this database and count on the six demo schools. */
  @AfterEach
  void removeImportedSchools() {
    List<String> imported = jdbc.queryForList("select urn from school where urn like '1482%'", String.class);
    jdbc.update("delete from school_ofsted_grade where urn like '1482%'");
    jdbc.update("delete from school where urn like '1482%'");
    imported.forEach(urn -> identityService.deleteGroup("school-" + urn));
  }

  // --- helpers

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> rows(ResponseEntity<Map<String, Object>> response) {
    return (List<Map<String, Object>>) response.getBody().get("rows");
  }

  private ResponseEntity<Map<String, Object>> upload(String user, String resource, String query) {
    try {
      byte[] bytes = new ClassPathResource(resource).getContentAsByteArray();
      LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
      form.add("file", new ByteArrayResource(bytes) {
        @Override
        public String getFilename() {
          return "edubase.csv";
        }
      });
      HttpHeaders headers = new HttpHeaders();
      headers.setBasicAuth(user, "demo");
      headers.setContentType(MediaType.MULTIPART_FORM_DATA);
      return rest.exchange("/api/schools/import" + query, HttpMethod.POST, new HttpEntity<>(form, headers),
          new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {});
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private ResponseEntity<Map<String, Object>> post(String user, String csv, String query) {
    return rest.exchange("/api/schools/import" + query, HttpMethod.POST,
        new HttpEntity<>(csv.getBytes(StandardCharsets.UTF_8), csvHeaders(user)),
        new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {});
  }

  private static HttpHeaders csvHeaders(String user) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "demo");
    headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
    return headers;
  }
}
