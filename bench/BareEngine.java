import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileInputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.context.Context;
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
 * school, unless the app sent none in the same run because the meeting's agenda had closed), on
 * PostgreSQL with full history and the job executor configured as the app's, but with no app code: no records,
 * no grants, no authorization checks, no-op steps.
 *
 *   java -cp 'lib/*' BareEngine JDBC_URL USER PASSWORD year SCHOOLS CATEGORY_DMN AGENDA_OPEN
 *   java -cp 'lib/*' BareEngine JDBC_URL USER PASSWORD day ACTIONS RESULTS SELF_AUDIT_JSON
 *
 * year: deploys the twins, starts the year for SCHOOLS schools, then keeps its job executor running (timers)
 * until killed. The bench harness measures it through the database, with the same queries as the app.
 * day: P2's twin. Runs each line of ACTIONS ("complete head<urn> <task id>", "list head<urn>",
 * "list <director>-<n>"), eight at a time, as the engine's Java API calls Tasklist's REST requests make
 * (a list: the first page of 15 earliest due, the school and step variables, the identity links and
 * definitions Tasklist's HAL list embeds, and the count; a completion: the self-audit's answers), and writes
 * "kind status seconds" per call to RESULTS, as the harness's curl does for the app.
 */
public class BareEngine {

  public static void main(String[] args) throws Exception {
    ProcessEngine engine = engine(args[0], args[1], args[2]);
    switch (args[3]) {
      case "year" -> year(engine, Integer.parseInt(args[4]), Path.of(args[5]), Boolean.parseBoolean(args[6]));
      case "day" -> day(engine, Path.of(args[4]), Path.of(args[5]), Path.of(args[6]));
      default -> throw new IllegalArgumentException("mode: year or day");
    }
  }

  static ProcessEngine engine(String url, String user, String password) {
    // Camunda's default: a command reads a process instance's whole execution tree at once. With
    // BARE_LAZY_YEAR_TREE=true in the environment, a job of the year reads only the executions it walks, as the app's
    // engine does (system/TrustProcessEngineConfiguration): the twin with the app's setting (README, round 18).
    var config = (ProcessEngineConfigurationImpl) (Boolean.parseBoolean(System.getenv("BARE_LAZY_YEAR_TREE"))
        ? new LazyYearTree() : ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration())
        .setJdbcUrl(url).setJdbcUsername(user).setJdbcPassword(password)
        .setJdbcMaxActiveConnections(20)
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
    jobExecutor.setMaxJobsPerAcquisition(10);
    config.setJobExecutor(jobExecutor);
    config.setHostname("bare");
    // As the Spring Boot starter: UUIDs (the default id blocks take a second connection from the pool).
    config.setIdGenerator(new StrongUuidGenerator());
    config.setCustomPostBPMNParseListeners(new ArrayList<>(List.of(new WatchEveryDeadline())));
    return config.buildProcessEngine();
  }

  /** A job of the year reads the executions it walks, not the year's whole tree. */
  static class LazyYearTree extends StandaloneProcessEngineConfiguration {
    @Override
    public boolean isExecutionTreePrefetchEnabled() {
      var command = Context.getCommandContext();
      var job = command == null ? null : command.getCurrentJob();
      return super.isExecutionTreePrefetchEnabled() && (job == null || !"bareYear".equals(job.getProcessDefinitionKey()));
    }
  }

  /** agendaOpen: whether the board's agenda task is sent to each school, as the app did in the same run. */
  static void year(ProcessEngine engine, int schools, Path categoryDmn, boolean agendaOpen) throws Exception {
    var deployment = engine.getRepositoryService().createDeployment().name("bare twins").enableDuplicateFiltering(true);
    twins().forEach(model -> deployment.addModelInstance(
        model.getModelElementsByType(Process.class).iterator().next().getId() + ".bpmn", model));
    // The app's own decision table, called with the same inputs.
    deployment.addInputStream("school-category.dmn", new FileInputStream(categoryDmn.toFile()));
    deployment.deploy();

    List<String> urns = IntStream.rangeClosed(1, schools).mapToObj(i -> String.valueOf(200000 + i)).toList();
    engine.getRuntimeService().startProcessInstanceByKey("bareYear", "bare-year",
        Map.of("urns", urns, "agendaOpen", agendaOpen));
    System.out.println("bare engine: year started for " + schools + " schools");
    Thread.currentThread().join();
  }

  static void day(ProcessEngine engine, Path actions, Path results, Path selfAuditJson) throws Exception {
    Map<String, Object> answers = new HashMap<>();
    JsonNode variables = new ObjectMapper().readTree(selfAuditJson.toFile()).get("variables");
    variables.fields().forEachRemaining(field -> answers.put(field.getKey(), field.getValue().get("value").asText()));
    // What the app's self-audit step computes from the answers and the school's data for the decision table.
    answers.putAll(Map.of("ofstedSafeguarding", "met", "worstReportCardGrade", "expected standard",
        "legacyGrade", "good", "selfAuditWorst", "needs attention", "selfAuditSafeguardingEffective", true,
        "attainmentBelowNational", false, "attendanceBelowNational", false));
    TaskService tasks = engine.getTaskService();
    ExecutorService users = Executors.newFixedThreadPool(8);
    long start = System.nanoTime();
    try (var out = new PrintWriter(Files.newBufferedWriter(results))) {
      for (String line : Files.readAllLines(actions)) {
        String[] action = line.split(" ");
        users.submit(() -> {
          String result = switch (action[0]) {
            case "complete" -> timed("complete", () -> tasks.complete(action[2], answers));
            case "list" -> timed("list", () -> list(engine, action[1])) + "\n" + timed("count", () -> query(tasks, action[1]).count());
            default -> throw new IllegalArgumentException(line);
          };
          synchronized (out) {
            out.println(result);
          }
        });
      }
      users.shutdown();
      users.awaitTermination(1, TimeUnit.DAYS);
    }
    System.out.printf("actions took %.1f s%n", (System.nanoTime() - start) / 1e9);
    engine.close();
  }

  /** "kind status seconds", as curl's -w reports each of the app's requests. */
  static String timed(String kind, Runnable call) {
    long start = System.nanoTime();
    String status = "200";
    try {
      call.run();
    } catch (RuntimeException e) {
      status = "500";
      e.printStackTrace();
    }
    return kind + " " + status + " " + String.format("%.6f", (System.nanoTime() - start) / 1e9);
  }

  /** A head's "My school" (their groups' tasks) or a director's "My schools" (their 25 schools' tasks). */
  static org.camunda.bpm.engine.task.TaskQuery query(TaskService tasks, String user) {
    List<String> groups;
    if (user.startsWith("head")) {
      groups = List.of("school-" + user.substring(4), "headteachers");
    } else {
      int portfolio = Integer.parseInt(user.substring(user.lastIndexOf('-') + 1));
      groups = IntStream.rangeClosed(1, 25).mapToObj(i -> "school-" + (200000 + (portfolio - 1) * 25 + i)).toList();
    }
    return tasks.createTaskQuery().taskCandidateGroupIn(groups).orderByDueDate().asc();
  }

  /**
   * As Tasklist's HAL list: the page and the filter's total (Camunda's REST API counts the filter for every HAL
   * list it answers), each task's identity links, the definitions and the two variables.
   */
  static void list(ProcessEngine engine, String user) {
    List<Task> page = query(engine.getTaskService(), user).listPage(0, 15);
    query(engine.getTaskService(), user).count();
    for (Task task : page) {
      try {
        engine.getTaskService().getIdentityLinksForTask(task.getId());
      } catch (NullValueException completedMeanwhile) {
        // Another user completed it since the page was read; the list shows it without its links.
      }
    }
    String[] definitions = page.stream().map(Task::getProcessDefinitionId).filter(id -> id != null).distinct()
        .toArray(String[]::new);
    if (definitions.length > 0) {
      engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionIdIn(definitions).list();
    }
    String[] scopes = page.stream().flatMap(task -> java.util.stream.Stream.of(task.getId(), task.getExecutionId(),
        task.getProcessInstanceId())).filter(id -> id != null).distinct().toArray(String[]::new);
    engine.getRuntimeService().createVariableInstanceQuery().variableScopeIdIn(scopes)
        .variableNameIn("schoolName", "stepName").list();
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
        // As the app: completing the task closes its watch.
        task.addTaskListener(TaskListener.EVENTNAME_COMPLETE, delegateTask -> delegateTask.getProcessEngineServices()
            .getRuntimeService().createMessageCorrelation("bareClosed").processInstanceBusinessKey(delegateTask.getId())
            .correlateAll());
      }
    }
  }

  static List<BpmnModelInstance> twins() {
    String due = "${dateTime().plusDays(28).toDate()}";
    BpmnModelInstance year = yearTwin();
    // As the app's year: each school's start is a job of its own, and so is its end in the year; the jobs run in
    // parallel (not exclusive).
    year.getModelElementsByType(MultiInstanceLoopCharacteristics.class).forEach(mi -> mi.setCamundaExclusive(false));
    return List.of(year,
        // As the cycle's first step: the self-audit, the category decision, the director's moderation.
        Bpmn.createExecutableProcess("bareCycle").camundaHistoryTimeToLive(1)
            .startEvent().serviceTask("openCycle").camundaExpression("${true}")
            .userTask("selfAudit").camundaCandidateGroups("school-${urn}").camundaDueDate(due)
            .businessRuleTask("categorise").camundaDecisionRef("schoolCategory").camundaMapDecisionResult("singleResult")
            .camundaResultVariable("category")
            .userTask("moderate").camundaAssignee("director").camundaDueDate(due)
            .endEvent().done(),
        Bpmn.createExecutableProcess("bareAppraisal").camundaHistoryTimeToLive(1)
            .startEvent().serviceTask("openAppraisal").camundaExpression("${true}")
            .userTask("setObjectives").camundaAssignee("director").camundaDueDate(due)
            .endEvent().done(),
        Bpmn.createExecutableProcess("bareBoard").camundaHistoryTimeToLive(1)
            .startEvent()
            // As the app: no agenda task when the meeting's agenda closed before the year started.
            .exclusiveGateway("agendaStillOpen").condition("open", "${agendaOpen}")
            .userTask("agendaItem").camundaCandidateGroups("school-${urn}")
            .multiInstance().camundaCollection("${urns}").camundaElementVariable("urn").multiInstanceDone()
            .endEvent()
            .moveToNode("agendaStillOpen").condition("closed", "${!agendaOpen}").endEvent().done(),
        watchTwin());
  }

  /**
   * As overdueEscalation: at the due date flag the task, then remind in a job of its own, and wait for the
   * director's and the CEO's windows; the task's completion closes it.
   */
  static BpmnModelInstance watchTwin() {
    var watch = Bpmn.createExecutableProcess("bareWatch").camundaHistoryTimeToLive(1);
    watch.eventSubProcess().startEvent().message("bareClosed")
        .serviceTask("closeEscalations").camundaExpression("${true}").endEvent();
    return watch.startEvent().intermediateCatchEvent("taskDue").timerWithDate("${dueDate}")
            .serviceTask("flagOverdue").camundaExpression("${true}")
            .parallelGateway("overdue")
            .serviceTask("remind").camundaExpression("${true}").camundaAsyncBefore().endEvent()
            .moveToNode("overdue")
            .intermediateCatchEvent("directorWindow").timerWithDate("${dateTime().plusDays(35).toDate()}").endEvent()
            .moveToNode("overdue")
            .intermediateCatchEvent("ceoWindow").timerWithDate("${dateTime().plusDays(42).toDate()}").endEvent()
            .done();
  }

  static BpmnModelInstance yearTwin() {
    return Bpmn.createExecutableProcess("bareYear").camundaHistoryTimeToLive(1)
        .startEvent().serviceTask("open").camundaExpression("${true}")
        .parallelGateway("split")
        .callActivity("cycles").calledElement("bareCycle").camundaIn("urn", "urn")
        .multiInstance().camundaCollection("${urns}").camundaElementVariable("urn").camundaAsyncBefore().camundaAsyncAfter().multiInstanceDone()
        .parallelGateway("join").endEvent()
        .moveToNode("split")
        .callActivity("appraisals").calledElement("bareAppraisal").camundaIn("urn", "urn")
        .multiInstance().camundaCollection("${urns}").camundaElementVariable("urn").camundaAsyncBefore().camundaAsyncAfter().multiInstanceDone()
        .connectTo("join")
        .moveToNode("split")
        .callActivity("board").calledElement("bareBoard").camundaIn("urns", "urns").camundaIn("agendaOpen", "agendaOpen")
        .connectTo("join")
        .done();
  }
}
