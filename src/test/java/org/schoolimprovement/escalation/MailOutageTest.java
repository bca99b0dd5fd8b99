package org.schoolimprovement.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.schoolimprovement.TestSchools;
import org.schoolimprovement.TrustApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The mail server is down when a reminder falls due: the task and the escalation record are unaffected, the
 * send is retried and then becomes an incident (Cockpit shows it); once mail is back and the incident is
 * retried, the reminder is delivered exactly once. A school of its own (URN 100093), removed after.
 */
@TrustApplicationTest
class MailOutageTest {

  static final String URN = "100093";
  static final String HEAD = "head" + URN;

  @Autowired
  IdentityService identityService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  ManagementService managementService;
  @Autowired
  EscalationService escalations;
  @Autowired
  TestSchools testSchools;

  GreenMail mail = new GreenMail(ServerSetupTest.SMTP);

  @Test
  void aReminderDuringAnOutageIsKeptRetriedAndDeliveredOnceMailIsBack() throws Exception {
    testSchools.registerPrimary(URN, "Outage Academy", "Pat Doe", "director1");
    User head = identityService.newUser(HEAD);
    head.setFirstName("Pat");
    head.setLastName("Doe");
    head.setEmail(HEAD + "@oakfield-trust.example");
    head.setPassword("demo");
    identityService.saveUser(head);
    identityService.createMembership(HEAD, "school-" + URN);

    ClockUtil.setCurrentTime(at("2028-09-11T08:00:00Z"));
    runtimeService.startProcessInstanceByKey("improvementCycle", URN + "-2028/29", Map.of("urn", URN, "academicYear", "2028/29"));
    Task selfAudit = taskService.createTaskQuery().processInstanceBusinessKey(URN + "-2028/29").singleResult();
    ProcessInstance watch = runtimeService.createProcessInstanceQuery().processDefinitionKey("overdueEscalation")
        .processInstanceBusinessKey(selfAudit.getId()).singleResult();

    // Past the due date, with no mail server: the task is flagged and the escalation kept.
    ClockUtil.setCurrentTime(new Date(selfAudit.getDueDate().getTime() + 1000));
    Job due = managementService.createJobQuery().processInstanceId(watch.getId()).timers().singleResult();
    managementService.executeJob(due.getId());
    assertThat(taskService.createTaskQuery().taskId(selfAudit.getId()).singleResult().getPriority()).isEqualTo(80);
    assertThat(escalations.ofTask(selfAudit.getId())).extracting(Escalation::level).containsExactly(0);

    Job reminder = managementService.createJobQuery().processInstanceId(watch.getId()).messages().singleResult();
    for (int attempt = 1; attempt <= 3; attempt++) {
      assertThatThrownBy(() -> managementService.executeJob(reminder.getId())).as("attempt " + attempt).isNotNull();
    }
    assertThat(managementService.createJobQuery().jobId(reminder.getId()).singleResult().getRetries()).isZero();
    assertThat(runtimeService.createIncidentQuery().processInstanceId(watch.getId()).count()).as("an incident in Cockpit").isOne();
    assertThat(taskService.createTaskQuery().taskId(selfAudit.getId()).count()).as("the head's task is untouched").isOne();

    // Mail is back; the incident is retried (as Cockpit's "Retry" does) and the reminder arrives once.
    mail.start();
    managementService.setJobRetries(reminder.getId(), 1);
    managementService.executeJob(reminder.getId());
    assertThat(mail.getReceivedMessages()).hasSize(1);
    assertThat(mail.getReceivedMessages()[0].getSubject()).isEqualTo("Overdue: Complete self-audit for Outage Academy");
    assertThat(runtimeService.createIncidentQuery().processInstanceId(watch.getId()).count()).isZero();
    assertThat(managementService.createJobQuery().processInstanceId(watch.getId()).messages().count()).isZero();
    System.out.printf("Mail outage: 3 failed sends, 1 incident, %d reminder delivered after the retry%n",
        mail.getReceivedMessages().length);
  }

  @AfterEach
  void cleanUp() {
    mail.stop();
    ClockUtil.reset();
    testSchools.remove(URN);
    identityService.deleteUser(HEAD);
  }


  private static Date at(String timestamp) {
    return Date.from(Instant.parse(timestamp));
  }
}
