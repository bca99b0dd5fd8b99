package org.schoolimprovement.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.schoolimprovement.RestClient;
import org.schoolimprovement.TrustApplicationTest;
import org.schoolimprovement.calendar.Term;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * School 100001 carried through the whole of 2026/27 on the real app, by the demo users, through Camunda's
 * REST API as Tasklist calls it; the records of each step are checked as they are written.
 */
@TrustApplicationTest
class WholeYearTest {

  static final String YEAR = "2026/27";
  static final String CYCLE = "100001-" + YEAR;

  @Autowired
  TestRestTemplate rest;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  ManagementService managementService;
  @Autowired
  CycleService cycles;
  @Autowired
  SelfAuditService selfAudits;
  @Autowired
  NeedsService needs;
  @Autowired
  PlanService plans;
  @Autowired
  SupportService support;
  @Autowired
  ProgressService progress;
  @Autowired
  ImpactService impact;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void oneSchoolThroughTheWholeYear() {
    ClockUtil.setCurrentTime(at("2026-09-07T09:00:00+01:00"));

    // The CEO starts the year from Tasklist's start form; a second start is refused.
    ResponseEntity<Map> started = RestClient.as(rest, "ceo").post(
        "/engine-rest/process-definition/key/trustImprovementYear/submit-form", RestClient.variables(Map.of("academicYear", YEAR)), Map.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<String> again = RestClient.as(rest, "ceo").post(
        "/engine-rest/process-definition/key/trustImprovementYear/submit-form", RestClient.variables(Map.of("academicYear", YEAR)));
    assertThat(again.getStatusCode()).as(again.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(again.getBody()).contains("The improvement year 2026/27 was already started");
    runJobs((String) started.getBody().get("id"));

    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("improvementCycle")
        .processInstanceBusinessKeyLike("%-" + YEAR).count()).isEqualTo(6);
    ImprovementCycle cycle = cycles.find("100001", YEAR).orElseThrow();
    assertThat(cycle.step()).isEqualTo(1);

    // Step 1: the head's self-audit. A submission without strengths is refused and changes nothing.
    String selfAudit = taskOf("head100001", "Task_CompleteSelfAudit");
    assertThat(tasksOf("head100001")).allMatch(task -> CYCLE.equals(businessKeyOf(task)));
    assertThat(tasksOf("head100002")).noneMatch(task -> CYCLE.equals(businessKeyOf(task)));
    Map<String, Object> audit = selfAuditAnswers();
    audit.remove("strengths");
    ResponseEntity<String> refused = submit("head100001", selfAudit, audit);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("strengths: is required");
    assertThat(selfAudits.latest(cycle.id())).isEmpty();
    assertThat(RestClient.as(rest, "head100002").post("/engine-rest/task/" + selfAudit + "/submit-form",
        RestClient.variables(selfAuditAnswers())).getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(RestClient.as(rest, "head100002").get("/engine-rest/task/" + selfAudit + "/variables", String.class)
        .getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertOk(submit("head100001", selfAudit, selfAuditAnswers()));
    assertThat(selfAudits.latest(cycle.id()).orElseThrow().version()).isEqualTo(1);

    // The table computes category 1 (legacy outstanding, strong self-audit); the director overrides to 2.
    String moderation = taskOf("director1", "Task_ModerateCategory");
    assertThat(tasksOf("director2")).noneMatch(task -> CYCLE.equals(businessKeyOf(task)));
    assertThat(variable("director1", moderation, "computedCategory")).isEqualTo(1);
    ResponseEntity<String> noRationale = submit("director1", moderation,
        Map.of("moderationDecision", "OVERRIDE", "overrideCategory", "2"));
    assertThat(noRationale.getBody()).contains("moderationRationale: is required");
    assertOk(submit("director1", moderation, Map.of("moderationDecision", "OVERRIDE", "overrideCategory", "2",
        "moderationRationale", "Writing outcomes fell sharply this summer; the school needs core support.")));
    assertOk(submit("ceo", taskOf("ceo", "Task_ApproveCategory"), Map.of("categoryApprovalDecision", "APPROVE")));
    assertThat(cycles.get(cycle.id()).category()).isEqualTo(2);
    assertThat(cycles.decisions(cycle.id())).extracting(CategoryDecision::kind).containsExactly(
        CategoryDecision.Kind.COMPUTED, CategoryDecision.Kind.OVERRIDDEN, CategoryDecision.Kind.APPROVED);

    // Step 2: data pack and needs analysis. The head's appraisal objectives, open since the year started, have no
    // priorities to link to until the analysis is recorded, and then its three.
    String objectives = taskOf("director1", "Task_SetObjectives");
    assertThat(variable("director1", objectives, "priorityCount")).isEqualTo(0);
    assertOk(submit("datalead1", taskOf("datalead1", "Task_ProvideDataPack"), Map.of(
        "attainmentSummary", "KS2 combined 68% (national 61%); writing down 9 points.", "attendancePercent", 95.4,
        "persistentAbsencePercent", 12.1)));
    assertThat(cycles.get(cycle.id()).step()).isEqualTo(2);
    assertOk(submit("partner1", taskOf("partner1", "Task_AnalyseNeeds"), priorities()));
    assertThat(needs.latest(cycle.id()).orElseThrow().priorities()).extracting(Priority::title)
        .containsExactly("Raise writing attainment", "Improve attendance of disadvantaged pupils", "Develop middle leaders");
    assertThat(variable("director1", objectives, "priorityCount")).isEqualTo(3);
    assertThat(RestClient.as(rest, "director1").get("/engine-rest/task/" + objectives
        + "/form-variables?variableNames=priorityOptions&deserializeValues=false", String.class).getBody())
        .as("the options, as Tasklist reads them").contains("1: Raise writing attainment", "3: Develop middle leaders");

    // Step 3: the director returns the first plan; the revision is a new version.
    assertOk(submit("head100001", taskOf("head100001", "Task_WritePlan"), plan()));
    assertOk(submit("director1", taskOf("director1", "Task_ApprovePlan"),
        Map.of("planDecision", "RETURN", "planComments", "Make the writing criteria measurable.")));
    String revision = taskOf("head100001", "Task_WritePlan");
    assertThat(variable("head100001", revision, "planComments")).isEqualTo("Make the writing criteria measurable.");
    assertOk(submit("head100001", revision, plan()));
    assertOk(submit("director1", taskOf("director1", "Task_ApprovePlan"), Map.of("planDecision", "APPROVE")));
    assertThat(plans.versions(cycle.id())).extracting(ImprovementPlan::status)
        .containsExactly(ImprovementPlan.Status.RETURNED, ImprovementPlan.Status.APPROVED);

    // Step 4: core support; the director brokers two days of sle1, who accepts and logs the outcome.
    String broker = taskOf("director1", "Task_BrokerSupport");
    ResponseEntity<String> tooMany = submit("director1", broker, deployment(8));
    assertThat(tooMany.getBody()).contains("the school's support package offers 4");
    assertOk(submit("director1", broker, deployment(2)));
    String accept = taskOf("sle1", "Task_AcceptDeployment");
    assertThat(tasksOf("sle2")).noneMatch(task -> CYCLE.equals(businessKeyOf(task)));
    assertThat(variable("sle1", accept, "deploymentFocus")).isEqualTo("Modelled writing in Year 5 and 6");
    assertOk(submit("sle1", accept, Map.of("deploymentDecision", "ACCEPT")));
    assertOk(submit("sle1", taskOf("sle1", "Task_LogDeploymentOutcome"),
        Map.of("daysDelivered", 2, "impactNote", "Teachers now model writing daily; books show longer pieces.")));
    assertThat(support.deployments(cycle.id())).singleElement().satisfies(deployment -> {
      assertThat(deployment.status()).isEqualTo(SupportDeployment.Status.COMPLETED);
      assertThat(deployment.daysDelivered()).isEqualByComparingTo("2");
    });

    // QA visits beside steps 4 and 5: category 2 brings two partner visits, plus the external and peer reviews.
    assertThat(qaVisits()).extracting(visit -> visit.get("typeLabel") + " " + visit.get("term") + ": " + visit.get("focusLabel"))
        .containsExactly("Improvement partner visit Autumn: Safeguarding and SEND",
            "Improvement partner visit Spring: Curriculum and teaching", "External one-day review Spring: "
                + "Safeguarding, Curriculum and teaching and Leadership and governance",
            "Peer review Summer: Curriculum and teaching and Leadership and governance");
    // Visit 1: the head suggests another day, the partner takes it; findings add an action to the plan.
    runTimer(qaSchedule(), "Timer_WindowOpens");
    assertOk(submit("partner1", taskOf("partner1", "Task_ProposeVisitDate"), Map.of("visitDate", "2026-10-07")));
    assertOk(submit("head100001", taskOf("head100001", "Task_ConfirmVisitDate"), Map.of("dateAnswer", "SUGGEST_ANOTHER",
        "suggestedDate", "2026-10-08", "dateComment", "Our SENCo is out on the 7th.")));
    String counterProposal = taskOf("partner1", "Task_ProposeVisitDate");
    assertThat(variable("partner1", counterProposal, "visitDate")).isEqualTo("2026-10-08");
    assertOk(submit("partner1", counterProposal, Map.of("visitDate", "2026-10-08")));
    ClockUtil.setCurrentTime(at("2026-10-08T07:00:01+01:00"));
    runTimer(qaVisit(), "Timer_VisitDay");
    assertOk(submit("partner1", taskOf("partner1", "Task_RecordFindings"), findings(Map.of("ragSafeguarding", "GREEN", "ragSend", "AMBER",
        "action1Description", "Review SEND support plans with class teachers", "action1Owner", "SENCo",
        "action1DueBy", "2026-12-11", "action1Priority", "1"))));
    assertOk(submit("head100001", taskOf("head100001", "Task_ReplyToReport"), Map.of("reportReply", "ACCURATE")));
    assertThat(plans.latest(cycle.id()).orElseThrow().actions()).filteredOn(action -> action.qaVisitId() != null)
        .singleElement().satisfies(action -> {
          assertThat(action.description()).isEqualTo("Review SEND support plans with class teachers");
          assertThat(action.source()).isEqualTo("QA visit 1: Safeguarding and SEND");
        });
    assertThat(qaVisits().get(0)).containsEntry("status", "LOCKED");

    // Step 5: three termly reviews; the partner changes one rating with a comment; the re-review keeps category 2.
    reviewTerm(cycle.id(), Term.AUTUMN, "AMBER");
    ClockUtil.setCurrentTime(at("2027-01-05T09:00:00Z"));
    carryVisit("2027-01-20", true);
    carryVisit("2027-02-03", true);
    ClockUtil.setCurrentTime(at("2027-02-12T07:00:01Z"));
    Job reReview = managementService.createJobQuery().timers().activityId("Timer_ReReviewDue")
        .processInstanceId(cycle.processInstanceId()).singleResult();
    managementService.executeJob(reReview.getId());
    assertOk(submit("director1", taskOf("director1", "Task_ReReviewCategory"), Map.of("reReviewDecision", "KEEP")));
    reviewTerm(cycle.id(), Term.SPRING, "GREEN");
    // The peer review in the summer: the head lets the right of reply lapse and the report locks without it.
    ClockUtil.setCurrentTime(at("2027-04-13T09:00:00+01:00"));
    carryVisit("2027-05-10", false);
    assertThat(qaVisits()).allSatisfy(visit -> assertThat(visit).containsEntry("status", "LOCKED"));
    assertThat(qaVisits().get(3)).extracting(visit -> ((Map<?, ?>) visit.get("report")).get("reply")).isEqualTo("NONE");
    reviewTerm(cycle.id(), Term.SUMMER, "GREEN");
    assertThat(progress.history(cycle.id())).extracting(ProgressReview::term)
        .containsExactly(Term.AUTUMN, Term.SPRING, Term.SUMMER);

    // Step 6: impact, decisions, sign-off.
    ClockUtil.setCurrentTime(at("2027-07-01T09:00:00+01:00"));
    assertOk(submit("head100001", taskOf("head100001", "Task_ReviewImpact"), Map.of(
        "priority1Outcome", "MET", "priority1OutcomeEvidence", "Writing at expected standard 74%.",
        "priority2Outcome", "PARTIALLY_MET", "priority2OutcomeEvidence", "Attendance up 1.2 points.",
        "priority3Outcome", "MET", "priority3OutcomeEvidence", "Two middle leaders completed NPQML.",
        "lessons", "Daily modelled writing works; share the sequence.", "shareLessons", true)));
    assertOk(submit("director1", taskOf("director1", "Task_DecideImpact"), Map.of(
        "priority1Decision", "SCALE", "priority2Decision", "SUSTAIN", "priority3Decision", "STOP")));
    assertOk(submit("ceo", taskOf("ceo", "Task_SignOffTrusteeReport"), Map.of("trusteeReportConfirmed", true)));

    ImpactReview review = impact.find(cycle.id()).orElseThrow();
    assertThat(review.signedOffBy()).isEqualTo("ceo");
    assertThat(review.outcomes()).extracting(ImpactOutcome::decision).containsExactly(
        ImpactOutcome.Decision.SCALE, ImpactOutcome.Decision.SUSTAIN, ImpactOutcome.Decision.STOP);
    List<Map<String, Object>> lessons = RestClient.as(rest, "head100004").get("/api/lessons",
        new ParameterizedTypeReference<List<Map<String, Object>>>() {}).getBody();
    assertThat(lessons).anySatisfy(lesson -> assertThat(lesson).containsEntry("school", "Oakfield Primary School")
        .containsEntry("academicYear", YEAR).containsEntry("lessons", "Daily modelled writing works; share the sequence."));
    ImprovementCycle completed = cycles.get(cycle.id());
    assertThat(completed.step()).isEqualTo(6);
    assertThat(completed.completedAt()).isNotNull();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(cycle.processInstanceId()).count()).isZero();

    // The dashboard shows the finished year: the summer's validated ratings, no visit left.
    Map<String, Object> dashboard = RestClient.as(rest, "director1").get("/api/dashboard?year=" + YEAR,
        new ParameterizedTypeReference<Map<String, Object>>() {}).getBody();
    @SuppressWarnings("unchecked")
    Map<String, Object> oakfield = ((List<Map<String, Object>>) dashboard.get("schools")).get(0);
    assertThat(oakfield).containsEntry("urn", "100001").containsEntry("step", "Completed").containsEntry("category", 2)
        .containsEntry("rag", Map.of("term", "Summer", "red", 0, "amber", 2, "green", 1)).containsEntry("nextVisit", null);
  }

  private void reviewTerm(Long cycleId, Term term, String firstPriorityRag) {
    Map<String, Object> ratings = new HashMap<>();
    for (int priority = 1; priority <= 3; priority++) {
      ratings.put("priority" + priority + "Rag", "AMBER");
      ratings.put("priority" + priority + "Criterion1Rag", "AMBER");
      ratings.put("priority" + priority + "Commentary", term.label() + " progress on priority " + priority);
    }
    ratings.put("priority1Criterion2Rag", "GREEN");
    assertOk(submit("head100001", taskOf("head100001", "Task_UpdateProgress"), ratings));

    Map<String, Object> validated = new HashMap<>(ratings);
    validated.put("priority1Rag", firstPriorityRag);
    String validation = taskOf("partner1", "Task_ValidateProgress");
    if (!"AMBER".equals(firstPriorityRag)) {
      ResponseEntity<String> withoutComment = submit("partner1", validation, validated);
      assertThat(withoutComment.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(withoutComment.getBody()).contains("validationComment: is required");
      validated.put("validationComment", "Book scrutiny shows writing is now on track.");
    }
    assertOk(submit("partner1", validation, validated));
    ProgressReview review = progress.review(cycleId, term);
    assertThat(review.validatedBy()).isEqualTo("partner1");
    assertThat(review.rating(1, null).validatedRag()).isEqualTo(Rag.valueOf(firstPriorityRag));
    assertThat(review.rating(1, 2).headRag()).isEqualTo(Rag.GREEN);
  }

  /** One visit from its window to its locked report; the head replies, or lets the reply lapse. */
  private void carryVisit(String day, boolean headReplies) {
    runTimer(qaSchedule(), "Timer_WindowOpens");
    assertOk(submit("partner1", taskOf("partner1", "Task_ProposeVisitDate"), Map.of("visitDate", day)));
    assertOk(submit("head100001", taskOf("head100001", "Task_ConfirmVisitDate"), Map.of("dateAnswer", "CONFIRM")));
    ClockUtil.setCurrentTime(at(day + "T07:00:01Z"));
    runTimer(qaVisit(), "Timer_VisitDay");
    String findingsTask = taskOf("partner1", "Task_RecordFindings");
    Map<String, Object> rags = new HashMap<>();
    for (String focus : List.of("Safeguarding", "Curriculum", "Send", "Leadership", "Priorities")) {
      if (Boolean.TRUE.equals(variable("partner1", findingsTask, "focus" + focus))) {
        rags.put("rag" + focus, "GREEN");
      }
    }
    if (Boolean.TRUE.equals(variable("partner1", findingsTask, "namesReviewer"))) {
      rags.put("reviewerName", "Dr Priya Shah");
      rags.put("reviewerOrganisation", "Northern Education Consultancy");
    }
    assertOk(submit("partner1", findingsTask, findings(rags)));
    if (headReplies) {
      assertOk(submit("head100001", taskOf("head100001", "Task_ReplyToReport"), Map.of("reportReply", "INACCURATE",
          "replyComment", "The Year 4 lesson seen was a supply teacher's.")));
    } else {
      ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(java.time.Duration.ofDays(15))));
      runTimer(qaVisit(), "BoundaryTimer_ReplyLapsed");
    }
  }

  private static Map<String, Object> findings(Map<String, Object> extra) {
    Map<String, Object> answers = new HashMap<>(extra);
    answers.put("strengths", "Calm, purposeful classrooms.");
    answers.put("areasForDevelopment", "Consistency of feedback in writing.");
    answers.put("safeguardingConcern", "no");
    return answers;
  }

  private List<Map<String, Object>> qaVisits() {
    Map<String, Object> visits = RestClient.as(rest, "head100001").get("/api/schools/100001/qa-visits?year=" + YEAR,
        new ParameterizedTypeReference<Map<String, Object>>() {}).getBody();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> list = (List<Map<String, Object>>) visits.get("visits");
    return list;
  }

  private String qaSchedule() {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("qaVisitSchedule").processInstanceBusinessKey(CYCLE)
        .singleResult().getId();
  }

  private String qaVisit() {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("qaVisit").processInstanceBusinessKey(CYCLE)
        .singleResult().getId();
  }

  private void runTimer(String processInstanceId, String activityId) {
    Job timer = managementService.createJobQuery().timers().processInstanceId(processInstanceId).activityId(activityId)
        .singleResult();
    assertThat(timer).as(activityId + " waiting").isNotNull();
    assertThat(timer.getDuedate()).as(activityId + " due").isBeforeOrEqualTo(ClockUtil.getCurrentTime());
    managementService.executeJob(timer.getId());
  }

  // --- what the demo users fill in

  private static Map<String, Object> selfAuditAnswers() {
    Map<String, Object> answers = new HashMap<>();
    for (String area : List.of("Inclusion", "CurriculumAndTeaching", "Achievement", "AttendanceAndBehaviour",
        "PersonalDevelopmentAndWellbeing", "LeadershipAndGovernance")) {
      answers.put("judgement" + area, "STRONG_STANDARD");
    }
    answers.put("judgementEarlyYears", "EXCEPTIONAL");
    answers.put("judgementSixthForm", "NOT_APPLICABLE");
    answers.put("safeguardingEffective", "yes");
    answers.put("strengths", "Reading culture; <b>early years</b> provision.");
    answers.put("concerns", "Writing at KS2; attendance of disadvantaged pupils.");
    return answers;
  }

  private static Map<String, Object> priorities() {
    Map<String, Object> answers = new HashMap<>();
    List<String> titles = List.of("Raise writing attainment", "Improve attendance of disadvantaged pupils", "Develop middle leaders");
    List<String> areas = List.of("ACHIEVEMENT", "ATTENDANCE_AND_BEHAVIOUR", "LEADERSHIP_AND_GOVERNANCE");
    for (int i = 0; i < 3; i++) {
      answers.put("priority" + (i + 1) + "Area", areas.get(i));
      answers.put("priority" + (i + 1) + "Title", titles.get(i));
      answers.put("priority" + (i + 1) + "RootCause", "Root cause of " + titles.get(i));
      answers.put("priority" + (i + 1) + "Evidence", "Evidence for " + titles.get(i));
    }
    return answers;
  }

  private static Map<String, Object> plan() {
    Map<String, Object> answers = new HashMap<>();
    for (int priority = 1; priority <= 3; priority++) {
      answers.put("priority" + priority + "Action1", "Action for priority " + priority);
      answers.put("priority" + priority + "Action1Owner", "Deputy head");
      answers.put("priority" + priority + "Action1Milestone", "2027-03-19");
      answers.put("priority" + priority + "Criterion1", "Criterion 1 of priority " + priority);
    }
    answers.put("priority1Criterion2", "75% of Year 6 at expected standard in writing");
    return answers;
  }

  private static Map<String, Object> deployment(int days) {
    return Map.of("deployment1Sle", "sle1", "deployment1Priority", "1", "deployment1Days", days,
        "deployment1Focus", "Modelled writing in Year 5 and 6");
  }

  // --- REST as Tasklist uses it

  private List<Map<String, Object>> tasksOf(String user) {
    return RestClient.as(rest, user).get("/engine-rest/task?maxResults=200",
        new ParameterizedTypeReference<List<Map<String, Object>>>() {}).getBody();
  }

  private String taskOf(String user, String taskDefinitionKey) {
    List<Map<String, Object>> tasks = RestClient.as(rest, user).get("/engine-rest/task?taskDefinitionKey=" + taskDefinitionKey
        + "&processInstanceBusinessKey=" + CYCLE, new ParameterizedTypeReference<List<Map<String, Object>>>() {}).getBody();
    assertThat(tasks).as(user + " sees " + taskDefinitionKey).hasSize(1);
    assertThat(tasks.get(0).get("due")).as("due date of " + taskDefinitionKey).isNotNull();
    return (String) tasks.get(0).get("id");
  }

  private String businessKeyOf(Map<String, Object> task) {
    return runtimeService.createProcessInstanceQuery().processInstanceId((String) task.get("processInstanceId"))
        .singleResult().getBusinessKey();
  }

  private Object variable(String user, String taskId, String name) {
    Map<?, ?> value = RestClient.as(rest, user).get("/engine-rest/task/" + taskId + "/form-variables?variableNames=" + name,
        Map.class).getBody();
    return ((Map<?, ?>) value.get(name)).get("value");
  }

  private ResponseEntity<String> submit(String user, String taskId, Map<String, Object> values) {
    return RestClient.as(rest, user).post("/engine-rest/task/" + taskId + "/submit-form", RestClient.variables(values));
  }


  private void runJobs(String yearInstanceId) {
    for (Job job : managementService.createJobQuery().processInstanceId(yearInstanceId).messages().list()) {
      managementService.executeJob(job.getId());
    }
  }

  private static void assertOk(ResponseEntity<String> response) {
    assertThat(response.getStatusCode()).as(response.getBody()).isIn(HttpStatus.OK, HttpStatus.NO_CONTENT);
  }

  private static Date at(String timestamp) {
    return Date.from(OffsetDateTime.parse(timestamp).toInstant());
  }
}
