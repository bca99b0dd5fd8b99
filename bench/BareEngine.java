import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;

/**
 * The bare Camunda engine the benchmarks compare the app with: the same process shape as the trust's year start
 * (per school: a cycle and an appraisal, each in its own job, each reaching a user task with a deadline, whose
 * creation starts a watch instance shaped as the app's overdue escalation; the partnership board's agenda task per
 * school), on
 * PostgreSQL with full history and the job executor configured as the app's, but with no app code: no records,
 * no grants, no authorization checks, no-op steps.
 *
 *   java -cp 'lib/*' bench/BareEngine.java JDBC_URL USER PASSWORD SCHOOLS
 *
 * Deploys the twins, starts the year for SCHOOLS schools, then keeps its job executor running (timers) until
 * killed. The bench harness measures it through the database, with the same queries as the app.
 */
public class BareEngine {

  public static void main(String[] args) throws Exception {
    var config = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
        .setJdbcUrl(args[0]).setJdbcUsername(args[1]).setJdbcPassword(args[2])
        .setJdbcMaxActiveConnections(10)
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
        .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
        .setJobExecutorActivate(true);
    // As the app's camunda.bpm.job-execution settings (and the Spring Boot starter's pool defaults).
    var jobExecutor = new DefaultJobExecutor();
    jobExecutor.setCorePoolSize(3);
    jobExecutor.setMaxPoolSize(10);
    jobExecutor.setQueueSize(3);
    jobExecutor.setWaitTimeInMillis(1000);
    jobExecutor.setMaxWait(2000);
    jobExecutor.setBackoffTimeInMillis(0);
    jobExecutor.setLockTimeInMillis(60000);
    config.setJobExecutor(jobExecutor);
    config.setHostname("bare");
    // As the Spring Boot starter: UUIDs (the default id blocks take a second connection from the pool).
    config.setIdGenerator(new StrongUuidGenerator());
    config.setCustomPostBPMNParseListeners(new ArrayList<>(List.of(new WatchEveryDeadline())));
    ProcessEngine engine = config.buildProcessEngine();

    var deployment = engine.getRepositoryService().createDeployment().name("bare twins").enableDuplicateFiltering(true);
    twins().forEach(model -> deployment.addModelInstance(
        model.getModelElementsByType(Process.class).iterator().next().getId() + ".bpmn", model));
    deployment.deploy();

    int schools = Integer.parseInt(args[3]);
    List<String> urns = IntStream.rangeClosed(1, schools).mapToObj(i -> String.valueOf(200000 + i)).toList();
    engine.getRuntimeService().startProcessInstanceByKey("bareYear", "bare-year", Map.of("urns", urns));
    System.out.println("bare engine: year started for " + schools + " schools");
    Thread.currentThread().join();
  }

  /** Each user task with a deadline starts a watch instance (the app's overdue escalation), as the app's plugin. */
  static class WatchEveryDeadline extends AbstractBpmnParseListener {
    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
      if (task.getDueDateExpression() != null) {
        task.addTaskListener(TaskListener.EVENTNAME_CREATE, delegateTask -> delegateTask.getProcessEngineServices()
            .getRuntimeService().startProcessInstanceByKey("bareWatch", delegateTask.getId(),
                Map.of("dueDate", delegateTask.getDueDate())));
      }
    }
  }

  static List<BpmnModelInstance> twins() {
    String due = "${dateTime().plusDays(28).toDate()}";
    BpmnModelInstance year = yearTwin();
    // As the app's year: each school's start is a job of its own, and the jobs run in parallel (not exclusive).
    year.getModelElementsByType(MultiInstanceLoopCharacteristics.class).forEach(mi -> mi.setCamundaExclusive(false));
    return List.of(year,
        Bpmn.createExecutableProcess("bareCycle").camundaHistoryTimeToLive(1)
            .startEvent().serviceTask("openCycle").camundaExpression("${true}")
            .userTask("selfAudit").camundaCandidateGroups("school-${urn}").camundaDueDate(due)
            .endEvent().done(),
        Bpmn.createExecutableProcess("bareAppraisal").camundaHistoryTimeToLive(1)
            .startEvent().serviceTask("openAppraisal").camundaExpression("${true}")
            .userTask("setObjectives").camundaAssignee("director").camundaDueDate(due)
            .endEvent().done(),
        Bpmn.createExecutableProcess("bareBoard").camundaHistoryTimeToLive(1)
            .startEvent()
            .userTask("agendaItem").camundaCandidateGroups("school-${urn}")
            .multiInstance().camundaCollection("${urns}").camundaElementVariable("urn").multiInstanceDone()
            .endEvent().done(),
        // As overdueEscalation: at the due date flag the task, then remind in a job of its own, and wait for the
        // director's and the CEO's windows.
        Bpmn.createExecutableProcess("bareWatch").camundaHistoryTimeToLive(1)
            .startEvent().intermediateCatchEvent("taskDue").timerWithDate("${dueDate}")
            .serviceTask("flagOverdue").camundaExpression("${true}")
            .parallelGateway("overdue")
            .serviceTask("remind").camundaExpression("${true}").camundaAsyncBefore().endEvent()
            .moveToNode("overdue")
            .intermediateCatchEvent("directorWindow").timerWithDate("${dateTime().plusDays(35).toDate()}").endEvent()
            .moveToNode("overdue")
            .intermediateCatchEvent("ceoWindow").timerWithDate("${dateTime().plusDays(42).toDate()}").endEvent()
            .done());
  }

  static BpmnModelInstance yearTwin() {
    return Bpmn.createExecutableProcess("bareYear").camundaHistoryTimeToLive(1)
        .startEvent().serviceTask("open").camundaExpression("${true}")
        .parallelGateway("split")
        .callActivity("cycles").calledElement("bareCycle").camundaIn("urn", "urn")
        .multiInstance().camundaCollection("${urns}").camundaElementVariable("urn").camundaAsyncBefore().multiInstanceDone()
        .parallelGateway("join").endEvent()
        .moveToNode("split")
        .callActivity("appraisals").calledElement("bareAppraisal").camundaIn("urn", "urn")
        .multiInstance().camundaCollection("${urns}").camundaElementVariable("urn").camundaAsyncBefore().multiInstanceDone()
        .connectTo("join")
        .moveToNode("split")
        .callActivity("board").calledElement("bareBoard").camundaIn("urns", "urns")
        .connectTo("join")
        .done();
  }
}
