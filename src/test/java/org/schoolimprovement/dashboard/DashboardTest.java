package org.schoolimprovement.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.schoolimprovement.RestClient;
import org.schoolimprovement.TrustApplicationTest;
import org.schoolimprovement.cycle.CycleFixtures;
import org.schoolimprovement.cycle.CycleService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** The dashboard, its CSV and the trustees' PDF: each user sees their schools, and the Tasklist sign-in works. */
@TrustApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardTest {

  static final String YEAR = "2025/26";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  CycleFixtures fixtures;
  @Autowired
  CycleService cycles;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  ManagementService managementService;

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

  @BeforeAll
  void oakfieldHasACategoryAndPriorities() {
    if (cycles.find("100001", YEAR).isEmpty()) {
      Long cycleId = fixtures.withApprovedPlan("100001", YEAR, "dashboard-test");
      cycles.moderate(cycleId, 2, null, null, "director1");
    }
  }

  @Test
  void everyoneSeesTheSchoolsTheirRoleAllows() {
    assertThat(urns("ceo")).containsExactly("100001", "100002", "100003", "100004", "100005", "100006");
    assertThat(urns("trustee1")).hasSize(6);
    assertThat(urns("director1")).containsExactly("100001", "100002", "100003");
    assertThat(urns("head100001")).containsExactly("100001");
    assertThat(urns("sle1")).isEmpty();

    Map<String, Object> oakfield = rows("director1").get(0);
    assertThat(oakfield).containsEntry("category", 2).containsEntry("categoryLabel", "Secure")
        .containsEntry("categoryChange", "new").containsEntry("directorName", "David Okafor")
        .containsEntry("step", "1 Evaluate and categorise").containsEntry("overdueTasks", 0);
    assertThat((List<Map<String, Object>>) oakfield.get("priorities")).extracting(priority -> priority.get("title"))
        .containsExactly("Raise attainment in maths", "Reduce persistent absence", "Strengthen governance");
  }

  @Test
  void aBadYearIsRefusedWithTheRule() {
    ResponseEntity<String> response = RestClient.as(rest, "ceo").get("/api/dashboard?year=2025", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("\"field\":\"year\"").contains("academic year must look like 2026/27");
    ResponseEntity<String> term = RestClient.as(rest, "ceo").get("/api/reports/trustees.pdf?year=" + YEAR + "&term=WINTER", String.class);
    assertThat(term.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(term.getBody()).contains("'WINTER' is not one of AUTUMN, SPRING, SUMMER");
    assertThat(RestClient.as(rest, "ceo").get("/api/reports/trustees.pdf?year=2030/31", String.class).getBody())
        .contains("no term dates are configured for 2030/31");
  }

  @Test
  void theCsvHasOneLinePerVisibleSchool() {
    ResponseEntity<String> csv = RestClient.as(rest, "director1").get("/api/dashboard/schools.csv?year=" + YEAR, String.class);
    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo("schools-2025-26.csv");
    List<String> lines = csv.getBody().lines().toList();
    assertThat(lines.get(0)).startsWith("URN,School,Phase,Director of education,Category");
    assertThat(lines).hasSize(4);
    assertThat(lines.get(1)).startsWith("100001,Oakfield Primary School,Primary,David Okafor,2 Secure,,new,1 Evaluate and categorise");
  }

  @Test
  void theTrusteesReportIsAPdfOfTheSchoolsTheReaderMaySee() throws Exception {
    String all = pdfText("trustee1", "AUTUMN");
    assertThat(all).contains("Oakfield Learning Trust").contains("Autumn term 2025/26").contains("1 September 2025")
        .contains("Oakfield Primary School").contains("Northgate All-Through Academy").contains("Raise attainment in maths")
        .contains("Quality-assurance visits").contains("Overdue work and escalations");
    String own = pdfText("head100001", null);
    assertThat(own).contains("Academic year 2025/26").contains("Oakfield Primary School").doesNotContain("Riverside Academy");
  }

  @Test
  void theTasklistSignInOpensTheDashboardButNeverChangesAnythingOnItsOwn() {
    ResponseEntity<String> probe = rest.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET,
        new HttpEntity<>(headers(Map.of("X-XSRF-TOKEN", "Fetch"))), String.class);
    String token = probe.getHeaders().getFirst("X-XSRF-TOKEN");
    String session = sessionCookie(probe).orElseThrow();
    LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", "director1");
    form.add("password", "demo");
    HttpHeaders login = headers(Map.of("X-XSRF-TOKEN", token, HttpHeaders.COOKIE, session));
    login.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    ResponseEntity<String> signedIn = rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
        new HttpEntity<>(form, login), String.class);
    assertThat(signedIn.getStatusCode()).isEqualTo(HttpStatus.OK);
    // Camunda gives the signed-in session a new id.
    session = sessionCookie(signedIn).orElse(session);

    ResponseEntity<Map<String, Object>> dashboard = rest.exchange("/api/dashboard?year=" + YEAR, HttpMethod.GET,
        new HttpEntity<>(headers(Map.of(HttpHeaders.COOKIE, session, "X-Requested-With", "XMLHttpRequest"))),
        new ParameterizedTypeReference<Map<String, Object>>() {});
    assertThat(dashboard.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(dashboard.getBody()).containsEntry("viewer", "director1");

    // Without a session the page's script gets a plain 401, with no Basic challenge for the browser to show.
    ResponseEntity<String> anonymous = rest.exchange("/api/dashboard", HttpMethod.GET,
        new HttpEntity<>(headers(Map.of("X-Requested-With", "XMLHttpRequest"))), String.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getHeaders().containsKey(HttpHeaders.WWW_AUTHENTICATE)).isFalse();
    // The session cookie alone (a form on another site) does not authenticate a change.
    ResponseEntity<String> change = rest.exchange("/api/schools/import", HttpMethod.POST,
        new HttpEntity<>("URN\n", headers(Map.of(HttpHeaders.COOKIE, session))), String.class);
    assertThat(change.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void atTheEndOfATermTheYearProcessFilesTheReportAndEmailsTheTrustees() throws Exception {
    ProcessInstance year = runtimeService.startProcessInstanceByKey("trustImprovementYear", Map.of("academicYear", YEAR));
    Job termEnded = managementService.createJobQuery().processInstanceId(year.getId()).activityId("Timer_TermEnded").singleResult();
    assertThat(termEnded.getDuedate()).isEqualTo(java.util.Date.from(java.time.Instant.parse("2025-12-20T07:00:00Z")));
    ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.parse("2025-12-20T07:00:01Z")));
    try {
      managementService.executeJob(termEnded.getId());
      managementService.executeJob(managementService.createJobQuery().processInstanceId(year.getId())
          .activityId("Task_NotifyTrustees").singleResult().getId());
    } finally {
      ClockUtil.reset();
    }

    List<Map<String, Object>> filed = RestClient.as(rest, "trustee1").get("/api/reports/trustees/filed",
        new ParameterizedTypeReference<List<Map<String, Object>>>() {}).getBody().stream()
        .filter(report -> YEAR.equals(report.get("academicYear"))).toList();
    assertThat(filed).singleElement().satisfies(report -> assertThat(report).containsEntry("academicYear", YEAR)
        .containsEntry("period", "AUTUMN").containsEntry("title", "Autumn term 2025/26"));
    ResponseEntity<byte[]> pdf = RestClient.as(rest, "ceo").get((String) filed.get(0).get("pdf"), byte[].class);
    try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
      assertThat(new PDFTextStripper().getText(document)).contains("Autumn term 2025/26").contains("Meadow View Primary School");
    }
    assertThat(RestClient.as(rest, "head100001").get("/api/reports/trustees/filed", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(RestClient.as(rest, "director1").get((String) filed.get(0).get("pdf"), String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    MimeMessage[] sent = mail.getReceivedMessages();
    assertThat(sent).extracting(message -> message.getRecipients(Message.RecipientType.TO)[0].toString())
        .containsExactlyInAnyOrder("trustee1@oakfield-trust.example", "ceo@oakfield-trust.example");
    assertThat(sent[0].getSubject()).isEqualTo("Trustees' report: Autumn term 2025/26");
    assertThat(GreenMailUtil.getBody(sent[0])).contains("/api/reports/trustees/filed/" + filed.get(0).get("id") + ".pdf");
  }

  // --- helpers

  private List<String> urns(String user) {
    return rows(user).stream().map(row -> (String) row.get("urn")).toList();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> rows(String user) {
    ResponseEntity<Map<String, Object>> response = RestClient.as(rest, user).get("/api/dashboard?year=" + YEAR,
        new ParameterizedTypeReference<Map<String, Object>>() {});
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return (List<Map<String, Object>>) response.getBody().get("schools");
  }

  private String pdfText(String user, String term) throws Exception {
    ResponseEntity<byte[]> pdf = RestClient.as(rest, user).get("/api/reports/trustees.pdf?year=" + YEAR
        + (term == null ? "" : "&term=" + term), byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
      return new PDFTextStripper().getText(document);
    }
  }

  private static java.util.Optional<String> sessionCookie(ResponseEntity<?> response) {
    List<String> cookies = response.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of());
    return cookies.stream().filter(cookie -> cookie.startsWith("JSESSIONID")).map(cookie -> cookie.split(";")[0]).findFirst();
  }

  private static HttpHeaders headers(Map<String, String> values) {
    HttpHeaders headers = new HttpHeaders();
    values.forEach(headers::add);
    return headers;
  }
}
