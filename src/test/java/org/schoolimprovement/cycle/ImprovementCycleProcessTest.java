package org.schoolimprovement.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.schoolimprovement.system.DecisionResults;

/**
 * The improvementCycle model, path by path. The glue that writes records is mocked (the Spring tests cover
 * it); the decision tables and the deadlines are the real ones.
 */
@Deployment(resources = {"processes/improvement-cycle.bpmn", "processes/school-category.dmn", "processes/support-package.dmn",
    "stubs/qa-visit-schedule-stub.bpmn", "stubs/school-intervention-stub.bpmn"})
class ImprovementCycleProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  static final List<String> TASK_LISTENERS = List.of("selfAuditSubmitted", "categoryModerated", "categoryApprovalDecided",
      "dataPackProvided", "needsAnalysed", "planSubmitted", "planReviewed", "intensiveSupportApproved", "supportBrokered",
      "deploymentShown", "deploymentAnswered", "deploymentOutcomeLogged", "progressUpdated", "progressValidated",
      "categoryReReviewed", "categoryChangeDecided", "impactReviewed", "impactDecided", "trusteeReportSignedOff");

  SupportService support = mock(SupportService.class);
  CycleSteps cycleSteps = mock(CycleSteps.class);
  ExecutionListener cycleCompleted = mock(ExecutionListener.class);
  JavaDelegate qaCategoryChanged = mock(JavaDelegate.class);
  org.schoolimprovement.intervention.Interventions interventions = mock(org.schoolimprovement.intervention.Interventions.class);
  ProgressService progressService;

  @BeforeEach
  void setUp() {
    init(engine.getProcessEngine());
    ClockUtil.setCurrentTime(at("2026-09-07T09:00:00+01:00"));
    Mocks.register("deadlines", TestDeadlines.fromApplicationYaml());
    Mocks.register("openCycle", (JavaDelegate) execution -> { });
    Mocks.register("cycleSteps", cycleSteps);
    Mocks.register("cycleCompleted", cycleCompleted);
    Mocks.register("qaCategoryChanged", qaCategoryChanged);
    TASK_LISTENERS.forEach(name -> Mocks.register(name, (TaskListener) task -> { }));
    // As the real listeners do: keep the decision tables' answers as variables.
    Mocks.register("categoryComputed", (ExecutionListener) execution ->
        execution.setVariable("computedCategory", DecisionResults.singleResultOf(execution).get("category")));
    Mocks.register("supportDetermined", (ExecutionListener) execution ->
        DecisionResults.singleResultOf(execution).forEach(execution::setVariable));
    Mocks.register("supportService", support);
    progressService = org.mockito.Mockito.spy(new ProgressService(null, engine.getDecisionService()));
    org.mockito.Mockito.doReturn(false).when(progressService).redTwice(any(), any());
    Mocks.register("progressService", progressService);
    Mocks.register("interventions", interventions);
    when(support.brokeredIds(any())).thenReturn(List.of(11L));
    when(support.sleOf(11L)).thenReturn("sle1");
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void aSchoolIsCarriedThroughTheWholeYear() throws Exception {
    ProcessInstance cycle = startCycle("expected standard");
    assertThat(cycle).isWaitingAt("Task_CompleteSelfAudit");
    assertThat(task("Task_CompleteSelfAudit", cycle)).hasCandidateGroup("school-100001")
        .hasDueDate(at("2026-10-05T17:00:00+01:00"));

    complete(task("Task_CompleteSelfAudit", cycle), withVariables("selfAuditWorst", "expected standard",
        "selfAuditSafeguardingEffective", true));
    assertThat(cycle).isWaitingAt("Task_ModerateCategory").variables().containsEntry("computedCategory", 2);
    assertThat(task("Task_ModerateCategory", cycle)).isAssignedTo("director1");

    complete(task("Task_ModerateCategory", cycle), withVariables("category", 2, "categoryNeedsApproval", false));
    assertThat(cycle).hasPassed("EndEvent_Step1").hasNotPassed("Task_ApproveCategory").isWaitingAt("Task_ProvideDataPack");
    assertThat(task("Task_ProvideDataPack", cycle)).hasCandidateGroup("data-lead");

    complete(task("Task_ProvideDataPack", cycle));
    assertThat(task("Task_AnalyseNeeds", cycle)).hasCandidateGroup("improvement-partners")
        .hasDueDate(at("2026-10-15T17:00:00+01:00"));

    complete(task("Task_AnalyseNeeds", cycle), withVariables("priorityCount", 3));
    assertThat(task("Task_WritePlan", cycle)).hasCandidateGroup("school-100001")
        .hasDueDate(at("2026-10-23T17:00:00+01:00"));

    complete(task("Task_WritePlan", cycle));
    assertThat(task("Task_ApprovePlan", cycle)).isAssignedTo("director1");
    complete(task("Task_ApprovePlan", cycle), withVariables("planApproved", true));

    // Steps 4 and 5 run side by side, with the year's QA visits beside them.
    assertThat(cycle).hasPassed("EndEvent_Step3", "Gateway_BrokerMerge").hasNotPassed("Task_ApproveIntensiveSupport")
        .isWaitingAt("Task_BrokerSupport", "Task_UpdateProgress", "Timer_ReReviewDue", "CallActivity_QaVisitSchedule");
    ProcessInstance visits = qaSchedule(cycle);
    assertThat(visits).hasBusinessKey("100001-2026/27").variables().containsEntry("cycleId", 1L)
        .containsEntry("category", 2).containsEntry("headGroup", "school-100001");
    complete(task("Task_BrokerSupport", cycle));
    assertThat(task("Task_AcceptDeployment", cycle)).isAssignedTo("sle1");
    complete(task("Task_AcceptDeployment", cycle), withVariables("deploymentAccepted", true));
    complete(task("Task_LogDeploymentOutcome", cycle));
    assertThat(cycle).hasPassed("Task_LogDeploymentOutcome", "EndEvent_Step4");

    reviewTerm(cycle, "AUTUMN", at("2026-12-18T17:00:00Z"));
    reviewTerm(cycle, "SPRING", at("2027-03-25T17:00:00Z"));
    ClockUtil.setCurrentTime(at("2027-02-12T07:00:00Z"));
    execute(job("Timer_ReReviewDue", cycle));
    complete(task("Task_ReReviewCategory", cycle), withVariables("categoryChangeProposed", false));
    assertThat(cycle).hasPassed("Gateway_ReReviewMerge").hasNotPassed("Task_ApproveCategoryChange");
    reviewTerm(cycle, "SUMMER", at("2027-07-21T17:00:00+01:00"));
    assertThat(cycle).hasPassed("EndEvent_Step5");

    assertThat(task("Task_ReviewImpact", cycle)).hasCandidateGroup("school-100001");
    complete(task("Task_ReviewImpact", cycle));
    assertThat(task("Task_DecideImpact", cycle)).isAssignedTo("director1");
    complete(task("Task_DecideImpact", cycle));
    assertThat(task("Task_SignOffTrusteeReport", cycle)).hasCandidateGroup("ceo");
    complete(task("Task_SignOffTrusteeReport", cycle));

    // The year ends when the last QA report is locked, too.
    assertThat(cycle).hasPassed("EndEvent_Step6").isWaitingAt("CallActivity_QaVisitSchedule").isNotEnded();
    complete(task("Task_VisitsStub", visits));
    assertThat(cycle).isEnded().hasPassed("Gateway_QaVisitsJoin", "EndEvent_CycleCompleted");
    verify(cycleCompleted).notify(any(DelegateExecution.class));
    for (int step = 1; step <= 6; step++) {
      verify(cycleSteps).enter(any(DelegateExecution.class), eq(step));
    }
  }

  @Test
  void anOverriddenCategoryGoesToTheCeoWhoMayReturnIt() {
    ProcessInstance cycle = startCycle("expected standard");
    complete(task("Task_CompleteSelfAudit", cycle), withVariables("selfAuditWorst", "strong standard",
        "selfAuditSafeguardingEffective", true));
    complete(task("Task_ModerateCategory", cycle), withVariables("category", 3, "categoryNeedsApproval", true));
    assertThat(cycle).isWaitingAt("Task_ApproveCategory");
    assertThat(task("Task_ApproveCategory", cycle)).hasCandidateGroup("ceo");

    complete(task("Task_ApproveCategory", cycle), withVariables("categoryApproved", false));
    assertThat(cycle).isWaitingAt("Task_ModerateCategory").hasNotPassed("EndEvent_Step1");

    complete(task("Task_ModerateCategory", cycle), withVariables("category", 3, "categoryNeedsApproval", true));
    complete(task("Task_ApproveCategory", cycle), withVariables("categoryApproved", true));
    assertThat(cycle).hasPassed("Task_ApproveCategory", "EndEvent_Step1").isWaitingAt("Task_ProvideDataPack");
  }

  @Test
  void aReturnedPlanGoesBackToTheHead() {
    ProcessInstance cycle = toPlanApproval(2);
    complete(task("Task_ApprovePlan", cycle), withVariables("planApproved", false));
    assertThat(cycle).isWaitingAt("Task_WritePlan").hasNotPassed("EndEvent_Step3");
    complete(task("Task_WritePlan", cycle));
    complete(task("Task_ApprovePlan", cycle), withVariables("planApproved", true));
    assertThat(cycle).hasPassed("EndEvent_Step3");
  }

  @Test
  void categoryFourNeedsTheCeosApprovalOfIntensiveSupport() {
    ProcessInstance cycle = startCycle("expected standard");
    complete(task("Task_CompleteSelfAudit", cycle), withVariables("selfAuditWorst", "urgent improvement",
        "selfAuditSafeguardingEffective", true));
    assertThat(cycle).variables().containsEntry("computedCategory", 4);
    complete(task("Task_ModerateCategory", cycle), withVariables("category", 4, "categoryNeedsApproval", false));
    completeStepsTwoAndThree(cycle);

    assertThat(cycle).hasPassed("Event_InterventionForCategory4").isWaitingAt("Task_ApproveIntensiveSupport");
    verify(interventions).needed(any(DelegateExecution.class), eq("CATEGORY_4"));
    assertThat(task("Task_ApproveIntensiveSupport", cycle)).hasCandidateGroup("ceo");
    complete(task("Task_ApproveIntensiveSupport", cycle));
    assertThat(cycle).isWaitingAt("Task_BrokerSupport");
  }

  @Test
  void aDeclinedDeploymentClosesWithoutAnOutcome() {
    ProcessInstance cycle = toPlanApproval(2);
    complete(task("Task_ApprovePlan", cycle), withVariables("planApproved", true));
    complete(task("Task_BrokerSupport", cycle));
    complete(task("Task_AcceptDeployment", cycle), withVariables("deploymentAccepted", false));
    assertThat(cycle).hasPassed("EndEvent_Step4").hasNotPassed("Task_LogDeploymentOutcome");
  }

  @Test
  void withoutDeploymentsSupportEndsOnceBrokered() {
    when(support.brokeredIds(any())).thenReturn(List.of());
    ProcessInstance cycle = toPlanApproval(2);
    complete(task("Task_ApprovePlan", cycle), withVariables("planApproved", true));
    complete(task("Task_BrokerSupport", cycle));
    assertThat(cycle).hasPassed("EndEvent_Step4").hasNotPassed("Task_AcceptDeployment");
  }

  @Test
  void aCategoryOneSchoolHasOneProgressBoardInTheSummer() {
    ProcessInstance cycle = toPlanApproval(1);
    complete(task("Task_ApprovePlan", cycle), withVariables("planApproved", true));
    Task update = task("Task_UpdateProgress", cycle);
    assertThat(taskService().getVariable(update.getId(), "term")).isEqualTo("SUMMER");
    complete(update);
    complete(task("Task_ValidateProgress", cycle));
    assertThat(cycle).hasPassed("SubProcess_TermlyReview");
  }

  @Test
  void theReReviewWaitsForSpringAndMayProposeAChange() throws Exception {
    ProcessInstance cycle = toPlanApproval(3);
    complete(task("Task_ApprovePlan", cycle), withVariables("planApproved", true));
    assertThat(job("Timer_ReReviewDue", cycle)).hasDueDate(at("2027-02-12T07:00:00Z"));

    ClockUtil.setCurrentTime(at("2027-02-12T07:00:01Z"));
    execute(job("Timer_ReReviewDue", cycle));
    assertThat(task("Task_ReReviewCategory", cycle)).isAssignedTo("director1")
        .hasDueDate(at("2027-03-25T17:00:00Z"));
    complete(task("Task_ReReviewCategory", cycle), withVariables("categoryChangeProposed", true));
    assertThat(task("Task_ApproveCategoryChange", cycle)).hasCandidateGroup("ceo");
    complete(task("Task_ApproveCategoryChange", cycle), withVariables("categoryChangeApproved", true));
    assertThat(cycle).hasPassed("Event_ReplanQaVisits", "Gateway_ReReviewMerge");
    verify(qaCategoryChanged).execute(any(DelegateExecution.class));
  }

  @Test
  void aRefusedChangeLeavesTheQaVisitsAsPlanned() throws Exception {
    ProcessInstance cycle = toPlanApproval(3);
    complete(task("Task_ApprovePlan", cycle), withVariables("planApproved", true));
    ClockUtil.setCurrentTime(at("2027-02-12T07:00:01Z"));
    execute(job("Timer_ReReviewDue", cycle));
    complete(task("Task_ReReviewCategory", cycle), withVariables("categoryChangeProposed", true));
    complete(task("Task_ApproveCategoryChange", cycle), withVariables("categoryChangeApproved", false));
    assertThat(cycle).hasPassed("Gateway_ReReviewMerge").hasNotPassed("Event_ReplanQaVisits");
    verify(qaCategoryChanged, never()).execute(any(DelegateExecution.class));
  }

  @Test
  void aPriorityRedTwiceRunningCallsForAnIntervention() {
    org.mockito.Mockito.doReturn(true).when(progressService).redTwice(1L, "SUMMER");
    ProcessInstance cycle = toPlanApproval(1);
    complete(task("Task_ApprovePlan", cycle), withVariables("planApproved", true));
    complete(task("Task_UpdateProgress", cycle));
    complete(task("Task_ValidateProgress", cycle));
    assertThat(cycle).hasPassed("Gateway_RedTwice", "Event_InterventionForRedTwice", "SubProcess_TermlyReview");
    verify(interventions).needed(any(DelegateExecution.class), eq("RED_TWICE"));
  }

  @Test
  void withoutARedPriorityTwiceTheTermEndsQuietly() {
    ProcessInstance cycle = toPlanApproval(1);
    complete(task("Task_ApprovePlan", cycle), withVariables("planApproved", true));
    complete(task("Task_UpdateProgress", cycle));
    complete(task("Task_ValidateProgress", cycle));
    assertThat(cycle).hasPassed("Gateway_RedTwice", "EndEvent_TermlyReview").hasNotPassed("Event_InterventionForRedTwice");
    verify(interventions, never()).needed(any(DelegateExecution.class), any());
  }

  @Test
  void anInterventionRunsBesideTheCycleAndEndsBackInIt() {
    ProcessInstance cycle = startCycle("expected standard");
    runtimeService().createMessageCorrelation("interventionNeeded").processInstanceBusinessKey("100001-2026/27")
        .setVariable("interventionReason", "SAFEGUARDING").setVariable("interventionDetail", "A concern at visit 1").correlateAll();

    assertThat(cycle).isWaitingAt("Task_CompleteSelfAudit", "CallActivity_SchoolIntervention");
    ProcessInstance intervention = runtimeService().createProcessInstanceQuery().processDefinitionKey("schoolIntervention")
        .superProcessInstanceId(cycle.getId()).singleResult();
    assertThat(intervention).hasBusinessKey("100001-2026/27").variables().containsEntry("interventionReason", "SAFEGUARDING")
        .containsEntry("urn", "100001").containsEntry("directorOfEducation", "director1");
    complete(task("Task_InterventionStub", intervention));
    assertThat(cycle).hasPassed("EndEvent_InterventionEnded").isWaitingAt("Task_CompleteSelfAudit");
  }

  // --- the story's steps

  private ProcessInstance startCycle(String worstReportCardGrade) {
    return runtimeService().startProcessInstanceByKey("improvementCycle", "100001-2026/27", withVariables(
        "urn", "100001", "academicYear", "2026/27", "cycleId", 1L, "headGroup", "school-100001",
        "directorOfEducation", "director1", "ofstedSafeguarding", "met", "worstReportCardGrade", worstReportCardGrade,
        "legacyGrade", null, "attainmentBelowNational", false, "attendanceBelowNational", false, "previousCategory", null));
  }

  private ProcessInstance toPlanApproval(int category) {
    ProcessInstance cycle = startCycle("expected standard");
    complete(task("Task_CompleteSelfAudit", cycle), withVariables("selfAuditWorst", "expected standard",
        "selfAuditSafeguardingEffective", true));
    complete(task("Task_ModerateCategory", cycle), withVariables("category", category, "categoryNeedsApproval", false));
    complete(task("Task_ProvideDataPack", cycle));
    complete(task("Task_AnalyseNeeds", cycle), withVariables("priorityCount", 3));
    complete(task("Task_WritePlan", cycle));
    return cycle;
  }

  private void completeStepsTwoAndThree(ProcessInstance cycle) {
    complete(task("Task_ProvideDataPack", cycle));
    complete(task("Task_AnalyseNeeds", cycle), withVariables("priorityCount", 3));
    complete(task("Task_WritePlan", cycle));
    complete(task("Task_ApprovePlan", cycle), withVariables("planApproved", true));
  }

  private void reviewTerm(ProcessInstance cycle, String term, Date due) {
    Task update = task("Task_UpdateProgress", cycle);
    assertThat(taskService().getVariable(update.getId(), "term")).isEqualTo(term);
    assertThat(update).hasCandidateGroup("school-100001").hasDueDate(due);
    complete(update);
    assertThat(task("Task_ValidateProgress", cycle)).hasCandidateGroup("improvement-partners");
    complete(task("Task_ValidateProgress", cycle));
  }

  private static ProcessInstance qaSchedule(ProcessInstance cycle) {
    return runtimeService().createProcessInstanceQuery().superProcessInstanceId(cycle.getId()).singleResult();
  }

  static Date at(String timestamp) {
    return Date.from(OffsetDateTime.parse(timestamp).toInstant());
  }
}
