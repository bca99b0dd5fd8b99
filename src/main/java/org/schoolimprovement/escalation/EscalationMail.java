package org.schoolimprovement.escalation;

import java.util.HashMap;
import java.util.Map;
import org.schoolimprovement.calendar.AcademicCalendar;
import org.schoolimprovement.system.Mailer;
import org.schoolimprovement.system.Recipients;
import org.springframework.stereotype.Component;

/** The reminder and escalation emails: the overdue task, when it was due, and a link to it in Tasklist. */
@Component
class EscalationMail {

  private final Mailer mailer;
  private final EscalationProperties properties;
  private final AcademicCalendar calendar;

  EscalationMail(Mailer mailer, EscalationProperties properties, AcademicCalendar calendar) {
    this.mailer = mailer;
    this.properties = properties;
    this.calendar = calendar;
  }

  /** Sends one message per recipient with an email address; returns how many were sent. */
  int send(String template, String subject, OverdueTask task, String taskLinkId, Recipients recipients,
      Map<String, Object> extra) {
    Map<String, Object> variables = new HashMap<>(extra);
    variables.put("task", task);
    variables.put("due", calendar.describe(task.dueDate()));
    variables.put("link", properties.tasklistUrl() + "/camunda/app/tasklist/default/#/?task=" + taskLinkId);
    return mailer.send(template, subject, recipients, variables);
  }
}
