package org.schoolimprovement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Valid answers to the cycle's forms, for tests that need a step done. */
public final class FormAnswers {

  private FormAnswers() {
  }

  /** A complete self-audit at expected standard, with markup in its strengths (kept as text). */
  public static Map<String, Object> selfAudit() {
    Map<String, Object> answers = new HashMap<>();
    for (String area : List.of("Inclusion", "CurriculumAndTeaching", "Achievement", "AttendanceAndBehaviour",
        "PersonalDevelopmentAndWellbeing", "LeadershipAndGovernance")) {
      answers.put("judgement" + area, "EXPECTED_STANDARD");
    }
    answers.put("judgementEarlyYears", "NOT_APPLICABLE");
    answers.put("judgementSixthForm", "NOT_APPLICABLE");
    answers.put("safeguardingEffective", "yes");
    answers.put("strengths", "<script>alert('x')</script> Reading & <b>writing</b>");
    answers.put("concerns", "Attendance.");
    return answers;
  }
}
