package org.schoolimprovement.escalation;

import java.util.Date;
import java.util.List;

/**
 * The task a deadline watch is about, as it stands when the watch looks at it ({@link OverdueTasks}): who holds
 * it now, and the school and director its process names now.
 */
public record OverdueTask(String taskId, String taskName, String taskDefinitionKey, String processInstanceId, String urn,
    String schoolName, String directorOfEducation, String assignee, List<String> candidateGroups, Date dueDate) {

  /** Its assignee, or else its candidate groups. */
  public String holder() {
    return assignee != null ? assignee : String.join(", ", candidateGroups);
  }
}
