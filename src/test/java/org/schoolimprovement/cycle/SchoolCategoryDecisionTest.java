package org.schoolimprovement.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of the default categorisation table, and its boundaries. */
class SchoolCategoryDecisionTest {

  static DmnEngine dmn;
  static DmnDecision category;
  static DmnDecision support;

  @BeforeAll
  static void parse() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = new FileInputStream("processes/school-category.dmn")) {
      category = dmn.parseDecision("schoolCategory", in);
    }
    try (InputStream in = new FileInputStream("processes/support-package.dmn")) {
      support = dmn.parseDecision("supportPackage", in);
    }
  }

  /** A school at expected standard with nothing against it: the baseline each case changes one signal of. */
  static Map<String, Object> expectedStandardSchool() {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("ofstedSafeguarding", "met");
    inputs.put("worstReportCardGrade", "expected standard");
    inputs.put("legacyGrade", null);
    inputs.put("selfAuditWorst", "expected standard");
    inputs.put("selfAuditSafeguardingEffective", true);
    inputs.put("attainmentBelowNational", false);
    inputs.put("attendanceBelowNational", false);
    return inputs;
  }

  static DmnDecisionRuleResult categorise(Map<String, Object> inputs) {
    return dmn.evaluateDecisionTable(category, inputs).getSingleResult();
  }

  @ParameterizedTest(name = "{0}={1} gives category {2}")
  @CsvSource({
      "ofstedSafeguarding,             not met,              4",
      "worstReportCardGrade,           urgent improvement,   4",
      "selfAuditWorst,                 urgent improvement,   4",
      "selfAuditSafeguardingEffective, false,                4",
      "worstReportCardGrade,           needs attention,      3",
      "selfAuditWorst,                 needs attention,      3",
      "attainmentBelowNational,        true,                 2",
      "attendanceBelowNational,        true,                 2",
      "worstReportCardGrade,           expected standard,    2"})
  void oneSignalDecides(String input, String value, int expected) {
    Map<String, Object> inputs = expectedStandardSchool();
    inputs.put(input, input.startsWith("selfAuditSafeguarding") || input.endsWith("National") ? Boolean.valueOf(value) : value);
    assertThat(categorise(inputs).<Integer>getEntry("category")).isEqualTo(expected);
  }

  @Test
  void bothOutcomeFlagsMakeCategoryThree() {
    Map<String, Object> inputs = expectedStandardSchool();
    inputs.put("attainmentBelowNational", true);
    inputs.put("attendanceBelowNational", true);
    assertThat(categorise(inputs).<Integer>getEntry("category")).isEqualTo(3);
  }

  @Test
  void strongEverywhereWithoutFlagsIsSustain() {
    Map<String, Object> inputs = expectedStandardSchool();
    inputs.put("worstReportCardGrade", "strong standard");
    inputs.put("selfAuditWorst", "exceptional");
    DmnDecisionRuleResult result = categorise(inputs);
    assertThat(result.<Integer>getEntry("category")).isEqualTo(1);
    assertThat(result.<String>getEntry("label")).isEqualTo("Sustain");
    assertThat(result.<String>getEntry("supportLevel")).isEqualTo("light touch");
    assertThat(result.<Integer>getEntry("qaVisits")).isEqualTo(1);
    assertThat(result.<Integer>getEntry("progressBoards")).isEqualTo(1);
  }

  @Test
  void oneOutcomeFlagKeepsAStrongSchoolOutOfSustain() {
    Map<String, Object> inputs = expectedStandardSchool();
    inputs.put("worstReportCardGrade", "strong standard");
    inputs.put("selfAuditWorst", "strong standard");
    inputs.put("attendanceBelowNational", true);
    assertThat(categorise(inputs).<Integer>getEntry("category")).isEqualTo(2);
  }

  @ParameterizedTest(name = "legacy grade only: {0} gives category {1}")
  @CsvSource({"outstanding, 1", "good, 2", "requires improvement, 3", "inadequate, 4"})
  void legacyGradeOnly(String legacyGrade, int expected) {
    Map<String, Object> inputs = expectedStandardSchool();
    inputs.put("ofstedSafeguarding", null);
    inputs.put("worstReportCardGrade", null);
    inputs.put("legacyGrade", legacyGrade);
    inputs.put("selfAuditWorst", "strong standard");
    assertThat(categorise(inputs).<Integer>getEntry("category")).isEqualTo(expected);
  }

  @ParameterizedTest(name = "report card only: worst grade {0} gives category {1}")
  @CsvSource({"exceptional, 1", "strong standard, 1", "expected standard, 2", "needs attention, 3", "urgent improvement, 4"})
  void reportCardOnly(String worstGrade, int expected) {
    Map<String, Object> inputs = expectedStandardSchool();
    inputs.put("worstReportCardGrade", worstGrade);
    inputs.put("selfAuditWorst", "strong standard");
    assertThat(categorise(inputs).<Integer>getEntry("category")).isEqualTo(expected);
  }

  @Test
  void safeguardingNotMetOverridesEverythingElse() {
    Map<String, Object> inputs = expectedStandardSchool();
    inputs.put("ofstedSafeguarding", "not met");
    inputs.put("worstReportCardGrade", "exceptional");
    inputs.put("selfAuditWorst", "exceptional");
    DmnDecisionRuleResult result = categorise(inputs);
    assertThat(result.<Integer>getEntry("category")).isEqualTo(4);
    assertThat(result.<String>getEntry("label")).isEqualTo("Stabilise");
    assertThat(result.<Integer>getEntry("qaVisits")).isEqualTo(4);
    assertThat(result.<Integer>getEntry("progressBoards")).isEqualTo(6);
  }

  @Test
  void aSchoolNeverInspectedIsCategorisedByItsSelfAudit() {
    Map<String, Object> inputs = expectedStandardSchool();
    inputs.put("ofstedSafeguarding", null);
    inputs.put("worstReportCardGrade", null);
    inputs.put("selfAuditWorst", "needs attention");
    assertThat(categorise(inputs).<Integer>getEntry("category")).isEqualTo(3);
  }

  @ParameterizedTest(name = "category {0}: {1}, {2} SLE days, CEO approval {3}, {4} QA visits, {5} progress boards")
  @CsvSource({"4, intensive, 20, true, 4, 6", "3, enhanced, 10, false, 3, 3", "2, core, 4, false, 2, 3",
      "1, light touch, 0, false, 1, 1"})
  void supportPackagePerCategory(int categoryNumber, String level, int days, boolean ceoApproval, int visits, int boards) {
    DmnDecisionRuleResult result = dmn.evaluateDecisionTable(support, Map.of("category", categoryNumber)).getSingleResult();
    assertThat(result.<String>getEntry("supportLevel")).isEqualTo(level);
    assertThat(result.<Integer>getEntry("sleDaysOffered")).isEqualTo(days);
    assertThat(result.<Boolean>getEntry("ceoApprovalRequired")).isEqualTo(ceoApproval);
    assertThat(result.<Integer>getEntry("qaVisits")).isEqualTo(visits);
    assertThat(result.<Integer>getEntry("progressBoards")).isEqualTo(boards);
  }
}
