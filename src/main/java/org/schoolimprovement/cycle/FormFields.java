package org.schoolimprovement.cycle;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.schoolimprovement.school.OfstedArea;

/** The keys of the forms' fields that repeat per Ofsted area, priority, action, criterion or deployment. */
final class FormFields {

  static final int MAX_PRIORITIES = 5;
  static final int REQUIRED_PRIORITIES = 3;
  static final int ACTIONS_PER_PRIORITY = 2;
  static final int CRITERIA_PER_PRIORITY = 3;
  static final int MAX_DEPLOYMENTS = 3;

  private FormFields() {
  }

  /** judgementCurriculumAndTeaching for CURRICULUM_AND_TEACHING. */
  static String judgement(OfstedArea area) {
    return "judgement" + Arrays.stream(area.name().split("_"))
        .map(word -> word.charAt(0) + word.substring(1).toLowerCase()).collect(Collectors.joining());
  }

  static String priority(int priority, String field) {
    return "priority" + priority + field;
  }

  static String action(int priority, int action, String field) {
    return priority(priority, "Action" + action + field);
  }

  static String criterion(int priority, int criterion, String field) {
    return priority(priority, "Criterion" + criterion + field);
  }

  static String deployment(int deployment, String field) {
    return "deployment" + deployment + field;
  }
}
