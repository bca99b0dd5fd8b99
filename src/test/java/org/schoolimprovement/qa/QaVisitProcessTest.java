package org.schoolimprovement.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.schoolimprovement.cycle.TestDeadlines;

/** The qaVisit model, path by path; the records are mocked (QaVisitTest and WholeYearTest cover them). */
@Deployment(resources = "processes/qa-visit.bpmn")
class QaVisitProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  static final Date VISIT_DAY = at("2026-12-02T07:00:00Z");

  QaVisitDays visitDays = mock(QaVisitDays.class);
  JavaDelegate alertSafeguardingConcern = mock(JavaDelegate.class);
  JavaDelegate lockQaReport = mock(JavaDelegate.class);
  org.schoolimprovement.intervention.Interventions interventions = mock(org.schoolimprovement.intervention.Interventions.class);

  @BeforeEach
  void setUp() {
    init(engine.getProcessEngine());
    ClockUtil.setCurrentTime(at("2026-11-16T09:00:00Z"));
    Mocks.register("deadlines", TestDeadlines.fromApplicationYaml());
    Mocks.register("openQaVisit", (JavaDelegate) execution -> { });
    Mocks.register("qaVisitDays", visitDays);
    Mocks.register("alertSafeguardingConcern", alertSafeguardingConcern);
    Mocks.register("lockQaReport", lockQaReport);
    Mocks.register("interventions", interventions);
    List.of("qaVisitDateProposed", "qaVisitDateAnswered", "qaFindingsRecorded", "qaReportShown", "qaReportReplied")
        .forEach(name -> Mocks.register(name, (TaskListener) task -> { }));
    when(visitDays.visitDay(7L)).thenReturn(VISIT_DAY);
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void aDateAgreedFirstTimeLeadsToFindingsAndAnAccurateReply() throws Exception {
    ProcessInstance visit = startVisit();
    assertThat(visit).isWaitingAt("Task_ProposeVisitDate");
    assertThat(task("Task_ProposeVisitDate", visit)).hasCandidateGroup("improvement-partners")
        .hasDueDate(at("2026-11-23T17:00:00Z"));

    complete(task("Task_ProposeVisitDate", visit), withVariables("dateAgreed", false, "visitDate", "2026-12-02",
        "visitLead", "partner1"));
    assertThat(task("Task_ConfirmVisitDate", visit)).hasCandidateGroup("school-100004")
        .hasDueDate(at("2026-11-19T17:00:00Z"));
    complete(task("Task_ConfirmVisitDate", visit), withVariables("dateAgreed", true));

    assertThat(visit).hasPassed("Gateway_DateAgreedMerge").isWaitingAt("Timer_VisitDay");
    assertThat(job("Timer_VisitDay", visit)).hasDueDate(VISIT_DAY);
    ClockUtil.setCurrentTime(VISIT_DAY);
    execute(job("Timer_VisitDay", visit));

    // Five working days after the visit for the report, which the visit lead writes.
    assertThat(task("Task_RecordFindings", visit)).isAssignedTo("partner1").hasDueDate(at("2026-12-09T17:00:00Z"));
    complete(task("Task_RecordFindings", visit), withVariables("safeguardingConcern", false));
    assertThat(visit).hasPassed("Gateway_ConcernMerge").hasNotPassed("Task_AlertSafeguardingConcern");
    verify(alertSafeguardingConcern, never()).execute(any());

    assertThat(task("Task_ReplyToReport", visit)).hasCandidateGroup("school-100004").hasDueDate(at("2026-12-16T17:00:00Z"));
    assertThat(job("BoundaryTimer_ReplyLapsed", visit)).hasDueDate(at("2026-12-16T17:00:00Z"));
    complete(task("Task_ReplyToReport", visit));

    assertThat(visit).isEnded().hasPassed("Task_LockReport", "EndEvent_ReportLocked").hasNotPassed("BoundaryTimer_ReplyLapsed");
    verify(lockQaReport).execute(any(DelegateExecution.class));
  }

  @Test
  void theHeadSuggestsAnotherDateAndThePartnerProposesAThird() {
    ProcessInstance visit = startVisit();
    complete(task("Task_ProposeVisitDate", visit), withVariables("dateAgreed", false, "visitDate", "2026-12-02",
        "visitLead", "partner1"));
    complete(task("Task_ConfirmVisitDate", visit), withVariables("dateAgreed", false));
    assertThat(visit).hasPassed("Gateway_ProposalMerge").isWaitingAt("Task_ProposeVisitDate").hasNotPassed("Timer_VisitDay");

    complete(task("Task_ProposeVisitDate", visit), withVariables("dateAgreed", false));
    complete(task("Task_ConfirmVisitDate", visit), withVariables("dateAgreed", true));
    assertThat(visit).isWaitingAt("Timer_VisitDay");
  }

  @Test
  void proposingTheDayTheHeadSuggestedAgreesItWithoutAskingAgain() {
    ProcessInstance visit = startVisit();
    complete(task("Task_ProposeVisitDate", visit), withVariables("dateAgreed", false, "visitLead", "partner1"));
    complete(task("Task_ConfirmVisitDate", visit), withVariables("dateAgreed", false));
    complete(task("Task_ProposeVisitDate", visit), withVariables("dateAgreed", true));

    assertThat(visit).isWaitingAt("Timer_VisitDay");
    assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(visit.getId()).count()).isOne();
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(visit.getId())
        .taskDefinitionKey("Task_ConfirmVisitDate").count()).isOne();
  }

  @Test
  void aSafeguardingConcernAlertsTheDirectorAndTheCeoInAJobOfItsOwn() throws Exception {
    ProcessInstance visit = toFindings();
    complete(task("Task_RecordFindings", visit), withVariables("safeguardingConcern", true));

    assertThat(visit).isWaitingAt("Task_AlertSafeguardingConcern");
    execute(job("Task_AlertSafeguardingConcern", visit));
    verify(alertSafeguardingConcern).execute(any(DelegateExecution.class));
    assertThat(visit).hasPassed("Event_InterventionForSafeguarding").isWaitingAt("Task_ReplyToReport");
    verify(interventions).needed(any(DelegateExecution.class), org.mockito.ArgumentMatchers.eq("SAFEGUARDING"));
  }

  @Test
  void withoutAReplyInTenWorkingDaysTheReportLocksAnyway() throws Exception {
    ProcessInstance visit = toFindings();
    complete(task("Task_RecordFindings", visit), withVariables("safeguardingConcern", false));

    ClockUtil.setCurrentTime(at("2026-12-16T17:00:01Z"));
    execute(job("BoundaryTimer_ReplyLapsed", visit));
    assertThat(visit).isEnded().hasPassed("BoundaryTimer_ReplyLapsed", "Task_LockReport");
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(visit.getId())
        .taskDefinitionKey("Task_ReplyToReport").singleResult().getDeleteReason()).isNotEqualTo("completed");
    verify(lockQaReport).execute(any(DelegateExecution.class));
  }

  private ProcessInstance toFindings() {
    ProcessInstance visit = startVisit();
    complete(task("Task_ProposeVisitDate", visit), withVariables("dateAgreed", false, "visitLead", "partner1"));
    complete(task("Task_ConfirmVisitDate", visit), withVariables("dateAgreed", true));
    ClockUtil.setCurrentTime(VISIT_DAY);
    execute(job("Timer_VisitDay", visit));
    return visit;
  }

  private static ProcessInstance startVisit() {
    return runtimeService().startProcessInstanceByKey("qaVisit", "100004-2026/27", withVariables("visitId", 7L,
        "cycleId", 3L, "urn", "100004", "academicYear", "2026/27", "headGroup", "school-100004",
        "directorOfEducation", "director2", "visitDate", "2026-12-02"));
  }

  static Date at(String timestamp) {
    return Date.from(OffsetDateTime.parse(timestamp).toInstant());
  }
}
