package org.schoolimprovement.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.StreamProvider;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.eclipse.angus.mail.util.MailStreamProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.schoolimprovement.RestClient;
import org.schoolimprovement.TestSchools;
import org.schoolimprovement.TrustApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Overdue work on the running app: a school's self-audit is left overdue, and the reminder, the director's
 * and the CEO's escalations arrive as tasks and as email (to GreenMail, a real SMTP server).
 */
@TrustApplicationTest
class EscalationTest {

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  ManagementService managementService;
  @Autowired
  HistoryService historyService;
  @Autowired
  EscalationService escalations;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  TestSchools testSchools;
  @Autowired
  OverdueTasks overdue;
  @Autowired
  ProcessEngineConfigurationImpl engineConfiguration;

  /** Schools of their own for the tests that read the watched task and resolve without extending, removed after. */
  static final String WATCHED = "100094";
  static final String CHASED = "100095";

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    testSchools.remove(WATCHED);
    testSchools.remove(CHASED);
  }

  @Test
  void anOverdueSelfAuditGoesToTheHeadThenTheDirectorThenTheCeo() throws Exception {
    Task selfAudit = startCycle("100002");
    ProcessInstance watch = watchOf(selfAudit);
    assertThat(selfAudit.getDueDate()).isEqualTo(at("2025-10-06T17:00:00+01:00"));

    ClockUtil.setCurrentTime(at("2025-10-06T17:00:01+01:00"));
    runDueJobs(watch);
    assertThat(taskService.createTaskQuery().taskId(selfAudit.getId()).singleResult().getPriority()).isEqualTo(80);
    MimeMessage reminder = onlyMessage();
    assertThat(reminder.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
        .containsExactly("head100002@oakfield-trust.example");
    assertThat(reminder.getSubject()).isEqualTo("Overdue: Complete self-audit for Riverside Academy");
    assertThat(GreenMailUtil.getBody(reminder)).contains("Monday 6 October 2025, 17:00")
        .contains("http://localhost:8080/camunda/app/tasklist/default/#/?task=" + selfAudit.getId())
        .contains("5 working days");

    ClockUtil.setCurrentTime(at("2025-10-13T17:00:01+01:00"));
    runDueJobs(watch);
    Task director = escalationTask(watch, "Task_ResolveOverdueDirector");
    assertThat(director.getAssignee()).isEqualTo("director1");
    assertThat(director.getName()).isEqualTo("Resolve overdue: Complete self-audit at Riverside Academy");
    assertThat(taskService.getVariableLocal(director.getId(), "overdueSince")).isEqualTo("Monday 6 October 2025, 17:00");
    MimeMessage toDirector = lastMessage();
    assertThat(toDirector.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
        .containsExactly("director1@oakfield-trust.example");
    assertThat(GreenMailUtil.getBody(toDirector)).containsPattern("Held by:  school-100002\\R")
        .contains("?task=" + director.getId());
    // The director oversees the task (a candidate-user link) but does not hold it.
    assertThat(taskService.getIdentityLinksForTask(selfAudit.getId())).anyMatch(link -> "director1".equals(link.getUserId()));
    // Their escalation is linked to them too, so "My schools" lists it beside the school's other tasks.
    assertThat(taskService.getIdentityLinksForTask(director.getId()))
        .anyMatch(link -> "director1".equals(link.getUserId()) && "candidate".equals(link.getType()));

    ClockUtil.setCurrentTime(at("2025-10-20T17:00:01+01:00"));
    runDueJobs(watch);
    assertThat(escalationTask(watch, "Task_ResolveOverdueCeo")).isNotNull();
    assertThat(lastMessage().getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
        .containsExactly("ceo@oakfield-trust.example");
    assertThat(escalations.ofTask(selfAudit.getId())).extracting(Escalation::level).containsExactly(0, 1, 2);
    assertThat(escalations.ofTask(selfAudit.getId())).extracting(Escalation::dueAt, Escalation::raisedAt).containsExactly(
        tuple(at("2025-10-06T17:00:00+01:00").toInstant(), at("2025-10-06T17:00:01+01:00").toInstant()),
        tuple(at("2025-10-06T17:00:00+01:00").toInstant(), at("2025-10-13T17:00:01+01:00").toInstant()),
        tuple(at("2025-10-06T17:00:00+01:00").toInstant(), at("2025-10-20T17:00:01+01:00").toInstant()));

    // The head completes the self-audit: the escalations close, and their tasks go.
    var response = RestClient.as(rest, "head100002").post("/engine-rest/task/" + selfAudit.getId() + "/submit-form",
        selfAuditAnswers());
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(taskService.createTaskQuery().processInstanceId(watch.getId()).count()).isZero();
    assertThat(escalations.ofTask(selfAudit.getId())).allSatisfy(escalation -> {
      assertThat(escalation.resolution()).isEqualTo(Escalation.Resolution.TASK_COMPLETED);
      assertThat(escalation.resolvedBy()).isEqualTo("head100002");
      // Written by one INSERT, then resolved by an UPDATE: the times read back through JPA as they were.
      assertThat(escalation.dueAt()).isEqualTo(at("2025-10-06T17:00:00+01:00").toInstant());
    });
    assertThat(mail.getReceivedMessages()).hasSize(3);
    // Written with the stream provider named, not looked up through ServiceLoader for each message.
    assertThat(System.getProperty(StreamProvider.class.getName())).isEqualTo(MailStreamProvider.class.getName());
  }

  @Test
  void theDirectorExtendsTheDeadlineAndTheWatchStartsAgain() throws Exception {
    Task selfAudit = startCycle("100003");
    ProcessInstance watch = watchOf(selfAudit);
    ClockUtil.setCurrentTime(at("2025-10-13T17:00:01+01:00"));
    runDueJobs(watch);
    runDueJobs(watch);
    Task director = escalationTask(watch, "Task_ResolveOverdueDirector");

    var inThePast = resolve(director, "director1", Map.of("escalationAction", "EXTENDED", "newDueDate", "2025-10-01"));
    assertThat(inThePast.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(inThePast.getBody()).contains("newDueDate: must be after today");

    var extended = resolve(director, "director1", Map.of("escalationAction", "EXTENDED", "newDueDate", "2025-10-24"));
    assertThat(extended.getStatusCode()).as(extended.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    Task moved = taskService.createTaskQuery().taskId(selfAudit.getId()).singleResult();
    assertThat(moved.getDueDate()).isEqualTo(at("2025-10-24T17:00:00+01:00"));
    assertThat(moved.getPriority()).as("no longer flagged overdue").isEqualTo(Task.PRIORITY_NORMAL);
    Job rearmed = managementService.createJobQuery().processInstanceId(watch.getId()).timers().singleResult();
    assertThat(rearmed.getDuedate()).isEqualTo(at("2025-10-24T17:00:00+01:00"));
    assertThat(escalations.ofTask(selfAudit.getId())).extracting(Escalation::resolution)
        .containsOnly(Escalation.Resolution.EXTENDED);
  }

  @Test
  void theDirectorChasesTheCeoAcceptsTheDelayAndTheWatchEndsWhileTheTaskStaysOpen() throws Exception {
    Task selfAudit = overdueToTheCeo();
    ProcessInstance watch = watchOf(selfAudit);
    Task director = escalationTask(watch, "Task_ResolveOverdueDirector");
    Task ceo = escalationTask(watch, "Task_ResolveOverdueCeo");

    var chased = resolve(director, director.getAssignee(), Map.of("escalationAction", "CHASED"));
    assertThat(chased.getStatusCode()).as(chased.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(passed(watch, "EndEvent_DirectorResolved")).isTrue();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(watch.getId()).count()).isOne();

    var noReason = resolve(ceo, "ceo", Map.of("escalationAction", "ACCEPTED"));
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    var accepted = resolve(ceo, "ceo", Map.of("escalationAction", "ACCEPTED", "escalationNote",
        "Head on long-term sick leave."));
    assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(watch.getId()).count()).isZero();
    assertThat(passed(watch, "EndEvent_CeoResolved")).isTrue();
    assertThat(passed(watch, "EndEvent_WatchEnded")).isTrue();
    assertThat(taskService.createTaskQuery().taskId(selfAudit.getId()).count()).isOne();
    assertThat(escalations.ofTask(selfAudit.getId())).extracting(Escalation::level, Escalation::resolution)
        .containsExactly(tuple(0, null), tuple(1, Escalation.Resolution.CHASED), tuple(2, Escalation.Resolution.ACCEPTED));
  }

  @Test
  void completingTheTaskClosesTheLevelsStillOpenAndKeepsWhatTheDirectorDid() throws Exception {
    Task selfAudit = overdueToTheCeo();
    ProcessInstance watch = watchOf(selfAudit);
    Task director = escalationTask(watch, "Task_ResolveOverdueDirector");
    var chased = resolve(director, director.getAssignee(), Map.of("escalationAction", "CHASED", "escalationNote",
        "Phoned the head."));
    assertThat(chased.getStatusCode()).as(chased.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

    taskService.setAssignee(selfAudit.getId(), "head" + CHASED);
    Date completed = at("2025-10-21T09:00:00+01:00");
    ClockUtil.setCurrentTime(completed);
    taskService.complete(selfAudit.getId(), selfAuditValues());

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(watch.getId()).count()).isZero();
    assertThat(escalations.ofTask(selfAudit.getId()))
        .extracting(Escalation::level, Escalation::resolution, Escalation::resolvedBy, Escalation::resolvedAt)
        .containsExactly(
            tuple(0, Escalation.Resolution.TASK_COMPLETED, "head" + CHASED, completed.toInstant()),
            tuple(1, Escalation.Resolution.CHASED, "director1", at("2025-10-20T17:00:01+01:00").toInstant()),
            tuple(2, Escalation.Resolution.TASK_COMPLETED, "head" + CHASED, completed.toInstant()));
  }

  @Test
  void aMailOutageKeepsTheEscalationAndTheReminderIsSentOnceWhenMailReturns() throws Exception {
    Task selfAudit = startCycle("100004");
    ProcessInstance watch = watchOf(selfAudit);
    ClockUtil.setCurrentTime(at("2025-10-06T17:00:01+01:00"));
    runTimers(watch);
    mail.stop();

    Job reminder = managementService.createJobQuery().processInstanceId(watch.getId()).activityId("Task_SendReminder")
        .singleResult();
    assertThatThrownBy(() -> managementService.executeJob(reminder.getId())).isNotNull();
    assertThat(managementService.createJobQuery().jobId(reminder.getId()).singleResult().getRetries()).isEqualTo(2);
    assertThat(escalations.ofTask(selfAudit.getId())).extracting(Escalation::level).containsExactly(0);
    assertThat(taskService.createTaskQuery().taskId(selfAudit.getId()).singleResult().getPriority()).isEqualTo(80);

    mail.start();
    managementService.executeJob(reminder.getId());
    assertThat(mail.getReceivedMessages()).hasSize(1);
    assertThat(managementService.createJobQuery().jobId(reminder.getId()).count()).isZero();
  }

  @Test
  void theWatchHoldsOnlyTheTasksIdAndDueDateAndDescribesTheTaskAsItIsWhenItFallsDue() throws Exception {
    testSchools.registerPrimary(WATCHED, "Watched Academy", "Sam Ray", "director2");
    Task selfAudit = startCycle(WATCHED);
    ProcessInstance watch = watchOf(selfAudit);
    assertThat(runtimeService.getVariables(watch.getId()).keySet()).containsExactlyInAnyOrder("taskId", "dueDate");

    // Someone takes the self-audit after the watch began: the escalation names them, not the school's group.
    taskService.setAssignee(selfAudit.getId(), "head" + WATCHED);
    ClockUtil.setCurrentTime(at("2025-10-13T17:00:01+01:00"));
    runDueJobs(watch);
    runDueJobs(watch);

    Task director = escalationTask(watch, "Task_ResolveOverdueDirector");
    assertThat(director.getAssignee()).isEqualTo("director2");
    assertThat(director.getName()).isEqualTo("Resolve overdue: Complete self-audit at Watched Academy");
    assertThat(taskService.getVariablesLocal(director.getId())).containsEntry("taskName", "Complete self-audit")
        .containsEntry("schoolName", "Watched Academy").containsEntry("holder", "head" + WATCHED)
        .containsEntry("overdueSince", "Monday 6 October 2025, 17:00");
    assertThat(GreenMailUtil.getBody(lastMessage())).contains("Held by:  head" + WATCHED);
    assertThat(escalations.ofTask(selfAudit.getId())).extracting(Escalation::urn).containsOnly(WATCHED);
  }

  @Test
  void aWatchReadsOnlyTheSchoolsThreeVariablesOfTheCycleAndAnewInEachCommand() {
    testSchools.registerPrimary(WATCHED, "Watched Academy", "Sam Ray", "director2");
    Task selfAudit = startCycle(WATCHED);
    ProcessInstance watch = watchOf(selfAudit);
    assertThat(runtimeService.getVariables(selfAudit.getProcessInstanceId())).containsKeys("academicYear", "headGroup", "legacyGrade");

    Command<List<Object>> read = command -> {
      ExecutionEntity watchInstance = command.getExecutionManager().findExecutionById(watch.getId());
      OverdueTask first = overdue.of(watchInstance);
      OverdueTask second = overdue.of(watchInstance);
      List<String> cycleVariablesRead = command.getDbEntityManager()
          .getCachedEntitiesByType(VariableInstanceEntity.class).stream()
          .filter(variable -> selfAudit.getProcessInstanceId().equals(variable.getExecutionId()))
          .map(VariableInstanceEntity::getName).sorted().toList();
      boolean cycleInstanceRead = command.getDbEntityManager()
          .getCachedEntity(ExecutionEntity.class, selfAudit.getProcessInstanceId()) != null;
      return List.of(first.urn(), first.schoolName(), second.directorOfEducation(), cycleVariablesRead,
          cycleInstanceRead);
    };
    assertThat(engineConfiguration.getCommandExecutorTxRequired().execute(read)).containsExactly(WATCHED,
        "Watched Academy", "director2", List.of("directorOfEducation", "schoolName", "urn"), false);

    // A portfolio change between two steps: the next one names the new director.
    runtimeService.setVariable(selfAudit.getProcessInstanceId(), "directorOfEducation", "director1");
    assertThat(engineConfiguration.getCommandExecutorTxRequired().execute(read).get(2)).isEqualTo("director1");

    // One made earlier in the same command, on the instance the command holds, is seen too.
    Command<String> changedThenRead = command -> {
      command.getExecutionManager().findExecutionById(selfAudit.getProcessInstanceId())
          .setVariableLocal("directorOfEducation", "director3");
      return overdue.of(command.getExecutionManager().findExecutionById(watch.getId())).directorOfEducation();
    };
    assertThat(engineConfiguration.getCommandExecutorTxRequired().execute(changedThenRead)).isEqualTo("director3");
  }

  private Task startCycle(String urn) {
    ClockUtil.setCurrentTime(at("2025-09-08T09:00:00+01:00"));
    ProcessInstance cycle = runtimeService.startProcessInstanceByKey("improvementCycle", urn + "-2025/26",
        Map.of("urn", urn, "academicYear", "2025/26"));
    return taskService.createTaskQuery().processInstanceId(cycle.getId()).singleResult();
  }

  /** The chased school's self-audit, left overdue until the director's and the CEO's escalations are both open. */
  private Task overdueToTheCeo() {
    testSchools.registerPrimary(CHASED, "Chased Academy", "Lee Fox", "director1");
    Task selfAudit = startCycle(CHASED);
    ProcessInstance watch = watchOf(selfAudit);
    ClockUtil.setCurrentTime(at("2025-10-20T17:00:01+01:00"));
    runDueJobs(watch);
    runDueJobs(watch);
    return selfAudit;
  }

  /** Submits an escalation task's form as the user. */
  private ResponseEntity<String> resolve(Task escalation, String user, Map<String, Object> answers) {
    return RestClient.as(rest, user).post("/engine-rest/task/" + escalation.getId() + "/submit-form",
        RestClient.variables(answers));
  }

  private ProcessInstance watchOf(Task task) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("overdueEscalation")
        .processInstanceBusinessKey(task.getId()).singleResult();
  }

  private void runTimers(ProcessInstance watch) {
    managementService.createJobQuery().processInstanceId(watch.getId()).timers().executable().list()
        .forEach(job -> managementService.executeJob(job.getId()));
  }

  /** Due timers, then the emails they queued: what the job executor would do within seconds. */
  private void runDueJobs(ProcessInstance watch) {
    runTimers(watch);
    managementService.createJobQuery().processInstanceId(watch.getId()).messages().list()
        .forEach(job -> managementService.executeJob(job.getId()));
  }

  private boolean passed(ProcessInstance watch, String activityId) {
    return historyService.createHistoricActivityInstanceQuery().processInstanceId(watch.getId()).activityId(activityId)
        .finished().count() == 1;
  }

  private Task escalationTask(ProcessInstance watch, String key) {
    return taskService.createTaskQuery().processInstanceId(watch.getId()).taskDefinitionKey(key).singleResult();
  }

  private MimeMessage onlyMessage() {
    assertThat(mail.getReceivedMessages()).hasSize(1);
    return mail.getReceivedMessages()[0];
  }

  private MimeMessage lastMessage() {
    MimeMessage[] messages = mail.getReceivedMessages();
    return messages[messages.length - 1];
  }

  private static Map<String, Object> selfAuditAnswers() {
    return RestClient.variables(selfAuditValues());
  }

  private static Map<String, Object> selfAuditValues() {
    Map<String, Object> answers = new HashMap<>();
    for (String area : List.of("Inclusion", "CurriculumAndTeaching", "Achievement", "AttendanceAndBehaviour",
        "PersonalDevelopmentAndWellbeing", "LeadershipAndGovernance")) {
      answers.put("judgement" + area, "EXPECTED_STANDARD");
    }
    answers.put("safeguardingEffective", "yes");
    answers.put("strengths", "Behaviour and sixth form.");
    answers.put("concerns", "Key stage 3 curriculum.");
    return answers;
  }


  private static Date at(String timestamp) {
    return Date.from(OffsetDateTime.parse(timestamp).toInstant());
  }
}
