package org.schoolimprovement.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.schoolimprovement.RestClient;
import org.schoolimprovement.TestSchools;
import org.schoolimprovement.TrustApplicationTest;
import org.schoolimprovement.school.LegacyGrade;
import org.schoolimprovement.school.OfstedOutcome;
import org.schoolimprovement.school.Phase;
import org.schoolimprovement.school.SchoolDetails;
import org.schoolimprovement.school.SchoolService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A school joins the trust as the CEO and its director would do it over Tasklist's REST calls: due diligence,
 * the initial category from the decision table (overridden here), and its first cycle. Every path of the
 * model is a straight line; the refusals on the start form are the branches. A school of its own, removed after.
 */
@TrustApplicationTest
class SchoolOnboardingTest {

  static final String URN = "100092";
  static final String START = "/engine-rest/process-definition/key/schoolOnboarding/submit-form";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  SchoolService schools;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  OnboardingRepository onboardings;
  @Autowired
  IdentityService identityService;
  @Autowired
  TestSchools testSchools;

  @Test
  void dueDiligenceTheInitialCategoryAndTheFirstCycle() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2028-09-18T09:00:00Z")));
    schools.register(new SchoolDetails(URN, "Joining Academy", Phase.SECONDARY, "Kent", "CT2 2BB", "Kim Lee", "director2",
        OfstedOutcome.legacy(LocalDate.of(2022, 3, 3), LegacyGrade.GOOD), false, false));

    assertRefused("ceo", "12345", "urn: '12345' is not a 6-digit URN");
    assertRefused("ceo", "999999", "urn: no school with URN 999999: import it from GIAS first");
    assertThat(RestClient.as(rest, "director2").post(START, RestClient.variables(Map.of("urn", URN))).getStatusCode().value())
        .as("only the CEO starts it").isIn(403, 404);
    ResponseEntity<Map> started = RestClient.as(rest, "ceo").post(START, RestClient.variables(Map.of("urn", URN)), Map.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertRefused("ceo", URN, "urn: Joining Academy has already been onboarded");

    // The director's due diligence: amber safeguarding, red finance.
    String diligence = taskOf("director2", "Task_DueDiligence");
    Map<String, Object> found = new HashMap<>();
    for (String area : List.of("Safeguarding", "Finance", "Hr", "Estates", "Outcomes", "Governance")) {
      found.put("diligence" + area + "Rag", "GREEN");
      found.put("diligence" + area + "Findings", area + " checked.");
    }
    found.put("diligenceSafeguardingRag", "AMBER");
    found.put("diligenceFinanceRag", "RED");
    found.remove("diligenceGovernanceFindings");
    assertThat(submit("director2", diligence, found).getBody()).contains("diligenceGovernanceFindings: is required");
    found.put("diligenceGovernanceFindings", "Governors' skills audit due.");
    assertOk(submit("director2", diligence, found));

    // Red finance reads as urgent improvement: the table says 4; the CEO overrides to 3 with a rationale.
    String confirm = taskOf("ceo", "Task_ConfirmInitialCategory");
    assertThat(onboardings.findByUrn(URN).orElseThrow().computedCategory()).isEqualTo(4);
    assertThat(submit("ceo", confirm, Map.of("onboardingDecision", "OVERRIDE", "onboardingCategory", "3")).getBody())
        .contains("onboardingRationale: is required");
    assertOk(submit("ceo", confirm, Map.of("onboardingDecision", "OVERRIDE", "onboardingCategory", "3",
        "onboardingRationale", "The finance issue is a legacy deficit with a recovery plan agreed.")));

    SchoolOnboarding done = onboardings.findByUrn(URN).orElseThrow();
    assertThat(done.category()).isEqualTo(3);
    assertThat(done.findings()).hasSize(6);
    assertThat(done.findings().get(DueDiligenceArea.FINANCE).findings()).isEqualTo("Finance checked.");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(done.cycleProcessInstanceId())
        .processInstanceBusinessKey(URN + "-2028/29").count()).as("its first cycle").isOne();
    assertThat(taskOf("ceo", "Task_CompleteSelfAudit", URN + "-2028/29")).isNotNull();
  }

  @AfterEach
  void removeTheSchool() {
    ClockUtil.reset();
    testSchools.remove(URN);
  }


  private void assertRefused(String user, String urn, String message) {
    ResponseEntity<String> response = RestClient.as(rest, user).post(START, RestClient.variables(Map.of("urn", urn)));
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains(message);
  }

  private String taskOf(String user, String key) {
    return taskOf(user, key, URN + "-onboarding");
  }

  private String taskOf(String user, String key, String businessKey) {
    return RestClient.as(rest, user).taskId(key, businessKey);
  }

  private ResponseEntity<String> submit(String user, String taskId, Map<String, Object> values) {
    return RestClient.as(rest, user).submit(taskId, values);
  }

  private static void assertOk(ResponseEntity<String> response) {
    RestClient.assertOk(response);
  }
}
