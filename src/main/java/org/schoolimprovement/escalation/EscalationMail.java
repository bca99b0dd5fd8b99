package org.schoolimprovement.escalation;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.schoolimprovement.calendar.AcademicCalendar;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes and sends the reminder and escalation emails from the templates in {@code mail/}. Sending runs in
 * its own job, after the escalation was committed: a failure is retried and then becomes an incident.
 */
@Component
class EscalationMail {

  private final JavaMailSender mailSender;
  private final IdentityService identityService;
  private final EscalationProperties properties;
  private final AcademicCalendar calendar;
  private final SpringTemplateEngine templates = new SpringTemplateEngine();

  EscalationMail(JavaMailSender mailSender, IdentityService identityService, EscalationProperties properties,
      AcademicCalendar calendar) {
    this.mailSender = mailSender;
    this.identityService = identityService;
    this.properties = properties;
    this.calendar = calendar;
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("mail/");
    resolver.setSuffix(".txt");
    resolver.setTemplateMode(TemplateMode.TEXT);
    resolver.setCharacterEncoding("UTF-8");
    templates.setTemplateResolver(resolver);
  }

  /** Sends one message per recipient with an email address; returns how many were sent. */
  int send(String template, String subject, OverdueTask task, String taskLinkId, Collection<String> userIds,
      Map<String, Object> extra) {
    Context context = new Context(Locale.UK);
    context.setVariable("task", task);
    context.setVariable("due", calendar.describe(task.dueDate()));
    context.setVariable("link", properties.tasklistUrl() + "/camunda/app/tasklist/default/#/?task=" + taskLinkId);
    extra.forEach(context::setVariable);
    String body = templates.process(template, context);
    int sent = 0;
    for (String address : addressesOf(userIds)) {
      SimpleMailMessage message = new SimpleMailMessage();
      message.setFrom(properties.mailFrom());
      message.setTo(address);
      message.setSubject(subject);
      message.setText(body);
      mailSender.send(message);
      sent++;
    }
    return sent;
  }

  /** The members of a group, for mail to everyone who may do a task. */
  Set<String> membersOf(Collection<String> groupIds) {
    Set<String> members = new LinkedHashSet<>();
    groupIds.forEach(group -> identityService.createUserQuery().memberOfGroup(group).list()
        .forEach(user -> members.add(user.getId())));
    return members;
  }

  private Set<String> addressesOf(Collection<String> userIds) {
    Set<String> addresses = new LinkedHashSet<>();
    userIds.stream().map(id -> identityService.createUserQuery().userId(id).singleResult()).filter(Objects::nonNull)
        .map(User::getEmail).filter(email -> email != null && !email.isBlank()).forEach(addresses::add);
    return addresses;
  }
}
