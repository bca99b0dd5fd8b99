package org.schoolimprovement.escalation;

import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.task.IdentityLink;

/**
 * The task a deadline watch is about, as it stands when the watch looks at it ({@link OverdueTasks}): who holds
 * it now, and the school and director its process names now. Its candidates are read when first asked for.
 */
public record OverdueTask(String taskId, String taskName, String taskDefinitionKey, String processInstanceId, String urn,
    String schoolName, String directorOfEducation, String assignee, Supplier<List<IdentityLink>> candidates,
    Date dueDate) {

  /** Its assignee, or else its candidate groups and users. */
  public String holder() {
    return assignee != null ? assignee : candidates.get().stream()
        .map(link -> link.getGroupId() != null ? link.getGroupId() : link.getUserId()).collect(Collectors.joining(", "));
  }

  Set<String> candidateGroups() {
    return candidates.get().stream().map(IdentityLink::getGroupId).filter(group -> group != null)
        .collect(Collectors.toSet());
  }
}
