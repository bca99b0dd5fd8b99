package org.schoolimprovement.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The trustImprovementYear model, started by the CEO or by the yearly schedule: one cycle per school. */
@Deployment(resources = {"processes/trust-improvement-year.bpmn", "processes/trust-improvement-year-schedule.bpmn",
    "stubs/improvement-cycle-stub.bpmn", "stubs/headteacher-appraisal-stub.bpmn",
    "stubs/partnership-board-stub.bpmn"})
class TrustImprovementYearProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  ImprovementYearService years = mock(ImprovementYearService.class);
  ExecutionListener yearCompleted = mock(ExecutionListener.class);
  JavaDelegate fileTrusteeReport = mock(JavaDelegate.class);
  JavaDelegate notifyTrustees = mock(JavaDelegate.class);
  boolean yearAlreadyOpen;

  @BeforeEach
  void setUp() {
    init(engine.getProcessEngine());
    Mocks.register("yearSchedule", (YearScheduleStub) () -> "0 0 6 1 9 ?");
    Mocks.register("improvementYearService", years);
    Mocks.register("improvementYearCompleted", yearCompleted);
    Mocks.register("openImprovementYear", (JavaDelegate) execution -> {
      if (execution.getVariable("academicYear") == null) {
        execution.setVariable("academicYear", "2026/27");
      }
      if (!yearAlreadyOpen) { // as the real step: the opened year is the instance's business key
        execution.setProcessBusinessKey((String) execution.getVariable("academicYear"));
      }
      execution.setVariable("yearAlreadyOpen", yearAlreadyOpen);
    });
    when(years.schoolUrns()).thenReturn(List.of("100001", "100002", "100003"));
    Mocks.register("trusteeReports", new TermEnds());
    Mocks.register("fileTrusteeReport", fileTrusteeReport);
    Mocks.register("notifyTrustees", notifyTrustees);
  }

  /** The end of each term, as the trusteeReports bean answers for 2026/27. */
  public static class TermEnds {
    public List<String> terms() {
      return List.of("AUTUMN", "SPRING", "SUMMER");
    }

    public java.util.Date termEnded(String academicYear, String term) {
      return java.util.Date.from(java.time.Instant.parse(Map.of("AUTUMN", "2026-12-19T07:00:00Z",
          "SPRING", "2027-03-26T07:00:00Z", "SUMMER", "2027-07-22T06:00:00Z").get(term)));
    }
  }

  /** What the timer start event asks of the yearSchedule bean. */
  public interface YearScheduleStub {
    String getCron();
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
  }

  @Test
  void theCeoStartsTheYearAndEverySchoolGetsItsCycle() throws Exception {
    ProcessInstance year = runtimeService().startProcessInstanceByKey("trustImprovementYear",
        withVariables("academicYear", "2026/27"));
    assertThat(year).hasPassed("Task_OpenYear").isWaitingAt("CallActivity_RunSchoolCycles");

    // Each school's cycle, and each head's appraisal, starts in its own transaction.
    List<Job> starts = managementService().createJobQuery().processInstanceId(year.getId()).messages().list();
    assertThat(starts).hasSize(6);
    starts.forEach(job -> execute(job));

    List<String> businessKeys = historyService().createHistoricProcessInstanceQuery().processDefinitionKey("improvementCycle")
        .superProcessInstanceId(year.getId()).list().stream().map(HistoricProcessInstance::getBusinessKey).toList();
    assertThat(businessKeys).containsExactlyInAnyOrder("100001-2026/27", "100002-2026/27", "100003-2026/27");

    List<ProcessInstance> appraisals = runtimeService().createProcessInstanceQuery().processDefinitionKey("headteacherAppraisal")
        .superProcessInstanceId(year.getId()).list();
    assertThat(appraisals).extracting(ProcessInstance::getBusinessKey)
        .containsExactlyInAnyOrder("100001-2026/27", "100002-2026/27", "100003-2026/27");
    appraisals.forEach(appraisal -> complete(task("Task_AppraisalStub", appraisal)));
    ProcessInstance board = runtimeService().createProcessInstanceQuery().processDefinitionKey("partnershipBoard")
        .superProcessInstanceId(year.getId()).singleResult();
    assertThat(board).hasBusinessKey("board-2026/27");
    complete(task("Task_BoardStub", board));

    // Each school's cycle and appraisal ends in the year in a job of its own, not in the command that finished it.
    assertThat(year).isNotEnded();
    List<Job> ends = managementService().createJobQuery().processInstanceId(year.getId()).messages().list();
    assertThat(ends).extracting(Job::getJobDefinitionId).hasSize(6)
        .allSatisfy(definition -> assertThat(managementService().createJobDefinitionQuery().jobDefinitionId(definition)
            .singleResult().getJobConfiguration()).isEqualTo("async-after"));
    ends.forEach(job -> execute(job));

    // The cycles and appraisals are done; the year ends once the last term's trustees' report is filed and sent.
    assertThat(year).hasPassed("CallActivity_RunSchoolCycles").isWaitingAt("Timer_TermEnded").isNotEnded();
    for (String termEnd : List.of("2026-12-19T07:00:00Z", "2027-03-26T07:00:00Z", "2027-07-22T06:00:00Z")) {
      Job timer = managementService().createJobQuery().processInstanceId(year.getId()).activityId("Timer_TermEnded").singleResult();
      assertThat(timer.getDuedate()).isEqualTo(java.util.Date.from(java.time.Instant.parse(termEnd)));
      execute(timer);
      assertThat(year).isWaitingAt("Task_NotifyTrustees");
      execute(job("Task_NotifyTrustees", year));
    }
    verify(fileTrusteeReport, times(3)).execute(any(DelegateExecution.class));
    verify(notifyTrustees, times(3)).execute(any(DelegateExecution.class));
    assertThat(year).isEnded().hasPassed("Gateway_YearJoin", "EndEvent_YearCompleted");
    verify(yearCompleted).notify(any(DelegateExecution.class));
  }

  @Test
  void theTimerOpensTheYearOnItsFirstDay() {
    Job timer = managementService().createJobQuery().timers().activityId("StartEvent_FirstDayOfYear").singleResult();
    assertThat(timer).isNotNull();
    execute(timer);

    ProcessInstance schedule = runtimeService().createProcessInstanceQuery()
        .processDefinitionKey("trustImprovementYearSchedule").singleResult();
    assertThat(schedule).isWaitingAt("CallActivity_RunYear");
    ProcessInstance year = runtimeService().createProcessInstanceQuery().superProcessInstanceId(schedule.getId())
        .singleResult();
    assertThat(year).isWaitingAt("CallActivity_RunSchoolCycles", "CallActivity_Appraisals", "CallActivity_PartnershipBoard",
        "Timer_TermEnded").variables()
        .containsEntry("academicYear", "2026/27");
    assertThat(managementService().createJobQuery().timers().activityId("StartEvent_FirstDayOfYear").singleResult())
        .as("next year's timer").isNotNull();
  }

  @Test
  void theTimerEndsQuietlyWhenTheCeoOpenedTheYearAlready() {
    yearAlreadyOpen = true;
    execute(managementService().createJobQuery().timers().singleResult());

    HistoricProcessInstance year = historyService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("trustImprovementYear").singleResult();
    assertThat(year.getEndActivityId()).isEqualTo("EndEvent_YearAlreadyOpen");
    assertThat(historyService().createHistoricProcessInstanceQuery().processDefinitionKey("improvementCycle").count())
        .isZero();
  }
}
