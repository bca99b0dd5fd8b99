package org.schoolimprovement.system;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jakarta.mail.util.StreamProvider;
import org.camunda.bpm.engine.IdentityService;
import org.eclipse.angus.mail.util.MailStreamProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes emails from the text templates in {@code mail/} and sends one to each user with an address. Callers
 * send from a job of their own (asyncBefore), so a failed send is retried and then becomes an incident in
 * Cockpit, and the user who caused the mail never sees the failure.
 */
@Component
public class Mailer {

  static {
    // Jakarta Mail looks its stream provider up again for every message it writes (jakartaee/mail-api#861),
    // through ServiceLoader unless the provider is named: in the packaged app that scans every nested jar, and
    // was most of the CPU a reminder's mail took. Named, each look-up is one class already loaded.
    if (System.getProperty(StreamProvider.class.getName()) == null) {
      System.setProperty(StreamProvider.class.getName(), MailStreamProvider.class.getName());
    }
  }

  private final JavaMailSender mailSender;
  private final IdentityService identityService;
  private final String from;
  private final String trustName;
  private final SpringTemplateEngine templates = new SpringTemplateEngine();

  public Mailer(JavaMailSender mailSender, IdentityService identityService,
      @Value("${trust.escalation.mail-from}") String from, @Value("${trust.name}") String trustName) {
    this.mailSender = mailSender;
    this.identityService = identityService;
    this.from = from;
    this.trustName = trustName;
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("mail/");
    resolver.setSuffix(".txt");
    resolver.setTemplateMode(TemplateMode.TEXT);
    resolver.setCharacterEncoding("UTF-8");
    templates.setTemplateResolver(resolver);
    // The templates' expressions (${task.taskName}) compiled to bytecode after their first use instead of evaluated
    // by reflection each time: a reminder's render took 13 microseconds against 24 (warm; 51 against 88 over its first
    // 50,000, README "Performance", round 20). Spring's MIXED mode: an expression that stops fitting its compiled
    // form is evaluated as before.
    templates.setEnableSpringELCompiler(true);
    // Thymeleaf initialises itself on first use under a lock: at start rather than while the first storm of
    // overdue reminders waits on it.
    templates.getConfiguration();
  }

  /**
   * Sends the template to each recipient with an email address, once to each address; returns how many were
   * sent. The users are read in one query, each group's members in one (with their addresses).
   */
  public int send(String template, String subject, Recipients recipients, Map<String, Object> variables) {
    Set<String> addresses = addressesOf(recipients);
    if (addresses.isEmpty()) {
      return 0;
    }
    Context context = new Context(Locale.UK);
    context.setVariable("trustName", trustName);
    variables.forEach(context::setVariable);
    String body = templates.process(template, context);
    // All of them over one connection to the mail server, not one connection each.
    mailSender.send(addresses.stream().map(address -> message(address, subject, body))
        .toArray(SimpleMailMessage[]::new));
    return addresses.size();
  }

  private SimpleMailMessage message(String address, String subject, String body) {
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(address);
    message.setSubject(subject);
    message.setText(body);
    return message;
  }

  /** The recipients' addresses: the users' in the order given, then the groups' members', each address once. */
  private Set<String> addressesOf(Recipients recipients) {
    Set<String> addresses = new LinkedHashSet<>();
    if (!recipients.userIds().isEmpty()) {
      Map<String, String> emails = new HashMap<>();
      identityService.createUserQuery().userIdIn(recipients.userIds().toArray(String[]::new)).list()
          .forEach(user -> emails.put(user.getId(), user.getEmail()));
      recipients.userIds().stream().map(emails::get).forEach(email -> addIfAny(addresses, email));
    }
    recipients.groupIds().forEach(group -> identityService.createUserQuery().memberOfGroup(group).list()
        .forEach(user -> addIfAny(addresses, user.getEmail())));
    return addresses;
  }

  private static void addIfAny(Set<String> addresses, String email) {
    if (email != null && !email.isBlank()) {
      addresses.add(email);
    }
  }
}
