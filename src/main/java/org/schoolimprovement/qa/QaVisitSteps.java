package org.schoolimprovement.qa;


import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.schoolimprovement.calendar.AcademicCalendar;
import org.schoolimprovement.calendar.AcademicYear;
import org.schoolimprovement.cycle.Rag;
import org.schoolimprovement.school.TrustRole;
import org.schoolimprovement.system.Actors;
import org.schoolimprovement.system.AsProcess;
import org.schoolimprovement.system.FormInput;
import org.schoolimprovement.system.Grants;
import org.schoolimprovement.system.Mailer;
import org.schoolimprovement.system.Recipients;
import org.springframework.stereotype.Component;

/** The glue of {@code qaVisit}: open the visit, agree its date, record findings, the head's reply, and lock. */
final class QaVisitSteps {

  enum DateAnswer { CONFIRM, SUGGEST_ANOTHER }

  static final int MAX_ACTIONS = 3;
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

  private QaVisitSteps() {
  }

  /** Checks a date a user gave: a school day of the cycle's academic year, not in the past. */
  @Component
  static class SchoolDays {

    private final AcademicCalendar calendar;

    SchoolDays(AcademicCalendar calendar) {
      this.calendar = calendar;
    }

    LocalDate check(FormInput input, String field, String academicYear) {
      LocalDate date = input.date(field);
      AcademicYear year = AcademicYear.parse(academicYear);
      if (!year.contains(date)) {
        throw FormInput.invalid(field, date + " is not in the academic year " + year);
      }
      if (date.isBefore(calendar.today())) {
        throw FormInput.invalid(field, date + " is in the past");
      }
      if (!calendar.isWorkingDay(date)) {
        throw FormInput.invalid(field, DAY.format(date) + " is not a school day (a weekend, holiday or closure day)");
      }
      return date;
    }
  }

  /** Starts the visit's record and shows the visit to the school's head and director. */
  @Component("openQaVisit")
  static class OpenQaVisit implements JavaDelegate {

    private final QaVisitService visits;
    private final Grants grants;

    OpenQaVisit(QaVisitService visits, Grants grants) {
      this.visits = visits;
      this.grants = grants;
    }

    @Override
    public void execute(DelegateExecution execution) {
      Long visitId = (Long) execution.getVariable("visitId");
      visits.begin(visitId, execution.getProcessInstanceId());
      QaVisit visit = visits.get(visitId);
      execution.setVariable("visitNumber", visit.number());
      execution.setVariable("visitType", visit.type().name());
      execution.setVariable("visitTypeLabel", visit.type().label());
      execution.setVariable("visitFocus", visit.focusLabel());
      execution.setVariable("namesReviewer", visit.type().namesReviewer());
      for (QaFocus focus : QaFocus.values()) {
        execution.setVariable(focus.flagVariable(), visit.focus().contains(focus));
      }
      execution.setVariable("windowOpensLabel", DAY.format(visit.windowOpens()));
      // Tasklist's Step column.
      execution.setVariable("stepName", "QA visit " + visit.number() + ": " + visit.focusLabel());

      String instance = execution.getProcessInstanceId();
      String headGroup = (String) execution.getVariable("headGroup");
      String director = (String) execution.getVariable("directorOfEducation");
      grants.startingInstanceToGroup(headGroup, instance);
      grants.startingInstanceToUser(director, instance);
    }
  }

  /** The improvement partner's proposal: agreed at once when it is the day the head suggested. */
  @Component("qaVisitDateProposed")
  static class DateProposed implements TaskListener {

    private final QaVisitService visits;
    private final SchoolDays schoolDays;
    private final Actors actors;
    private final IdentityService identityService;

    DateProposed(QaVisitService visits, SchoolDays schoolDays, Actors actors, IdentityService identityService) {
      this.visits = visits;
      this.schoolDays = schoolDays;
      this.actors = actors;
      this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = new FormInput(task);
      LocalDate date = schoolDays.check(input, "visitDate", (String) task.getVariable("academicYear"));
      input.optionalText("proposalNote", 1000);
      Long visitId = (Long) task.getVariable("visitId");
      String partner = actors.of(task);
      visits.propose(visitId, date, partner);
      Object suggested = task.getVariable("suggestedDate");
      boolean agreed = suggested != null && date.toString().equals(suggested.toString());
      if (agreed) {
        visits.confirm(visitId);
      }
      task.setVariable("visitDate", date.toString());
      task.setVariable("visitDateLabel", DAY.format(date));
      task.setVariable("visitLead", partner);
      task.setVariable("visitLeadName", nameOf(identityService, partner));
      task.setVariable("dateAgreed", agreed);
    }
  }

  /** The head confirms the proposed date, or suggests another for the partner to answer. */
  @Component("qaVisitDateAnswered")
  static class DateAnswered implements TaskListener {

    private final QaVisitService visits;
    private final SchoolDays schoolDays;

    DateAnswered(QaVisitService visits, SchoolDays schoolDays) {
      this.visits = visits;
      this.schoolDays = schoolDays;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = new FormInput(task);
      Long visitId = (Long) task.getVariable("visitId");
      if (input.choice("dateAnswer", DateAnswer.class) == DateAnswer.CONFIRM) {
        visits.confirm(visitId);
        task.setVariable("dateAgreed", true);
        return;
      }
      LocalDate suggested = schoolDays.check(input, "suggestedDate", (String) task.getVariable("academicYear"));
      String comment = input.text("dateComment", 1000);
      task.setVariable("suggestedDate", suggested.toString());
      task.setVariable("suggestedDateLabel", DAY.format(suggested));
      task.setVariable("dateComment", comment);
      // The partner's next proposal starts from the head's day.
      task.setVariable("visitDate", suggested.toString());
      task.setVariable("dateAgreed", false);
    }
  }

  /** The visit lead's report: a RAG per focus area, strengths, areas for development, actions, any concern. */
  @Component("qaFindingsRecorded")
  static class FindingsRecorded implements TaskListener {

    private final QaVisitService visits;
    private final SchoolDays schoolDays;
    private final Actors actors;

    FindingsRecorded(QaVisitService visits, SchoolDays schoolDays, Actors actors) {
      this.visits = visits;
      this.schoolDays = schoolDays;
      this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = new FormInput(task);
      Long visitId = (Long) task.getVariable("visitId");
      QaVisit visit = visits.get(visitId);
      Map<QaFocus, Rag> rags = new EnumMap<>(QaFocus.class);
      visit.focus().forEach(focus -> rags.put(focus, input.choice(focus.ragField(), Rag.class)));
      String reviewerName = null;
      String reviewerOrganisation = null;
      if (visit.type().namesReviewer()) {
        reviewerName = input.text("reviewerName", FormInput.SHORT_TEXT);
        reviewerOrganisation = input.text("reviewerOrganisation", FormInput.SHORT_TEXT);
      }
      String strengths = input.text("strengths", FormInput.LONG_TEXT);
      String areas = input.text("areasForDevelopment", FormInput.LONG_TEXT);
      List<QaAgreedAction> actions = agreedActions(task, input);
      boolean concern = input.yesNo("safeguardingConcern");
      String detail = concern ? input.text("safeguardingDetail", FormInput.LONG_TEXT) : null;
      visits.recordFindings(visitId, new QaVisitService.Findings(rags, strengths, areas, actions, concern, detail,
          reviewerName, reviewerOrganisation), actors.of(task));
      task.setVariable("safeguardingConcern", concern);
    }

    private List<QaAgreedAction> agreedActions(DelegateTask task, FormInput input) {
      int priorities = ((Number) task.getVariable("priorityCount")).intValue();
      String academicYear = (String) task.getVariable("academicYear");
      List<QaAgreedAction> actions = new ArrayList<>();
      for (int number = 1; number <= MAX_ACTIONS; number++) {
        String prefix = "action" + number;
        if (List.of("Description", "Owner", "DueBy", "Priority").stream().allMatch(part -> input.isBlank(prefix + part))) {
          continue;
        }
        actions.add(new QaAgreedAction(actions.size() + 1, input.integer(prefix + "Priority", 1, priorities),
            input.text(prefix + "Description", 1000), input.text(prefix + "Owner", FormInput.SHORT_TEXT),
            schoolDays.check(input, prefix + "DueBy", academicYear)));
      }
      return actions;
    }
  }

  /** Tells the school's director and the CEO of a safeguarding concern at once (in a job of its own). */
  @Component("alertSafeguardingConcern")
  static class AlertSafeguardingConcern implements JavaDelegate {

    private final QaVisitService visits;
    private final Mailer mailer;
    private final IdentityService identityService;

    AlertSafeguardingConcern(QaVisitService visits, Mailer mailer, IdentityService identityService) {
      this.visits = visits;
      this.mailer = mailer;
      this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
      Long visitId = (Long) execution.getVariable("visitId");
      QaVisit visit = visits.get(visitId);
      QaReport report = visits.report(visitId).orElseThrow();
      Recipients recipients = Recipients.user((String) execution.getVariable("directorOfEducation"))
          .andMembersOf(List.of(TrustRole.CEO.groupId()));
      String school = (String) execution.getVariable("schoolName");
      mailer.send("safeguarding-concern", "Safeguarding concern raised at " + school, recipients, Map.of(
          "schoolName", school, "urn", visit.urn(), "visitNumber", visit.number(), "visitTypeLabel", visit.type().label(),
          "visitDay", DAY.format(visit.confirmedDate()), "raisedBy", nameOf(identityService, report.recordedBy()),
          "detail", report.safeguardingDetail()));
    }
  }

  /** Shows the head the report they are replying to. */
  @Component("qaReportShown")
  static class ReportShown implements TaskListener {

    private final QaVisitService visits;

    ReportShown(QaVisitService visits) {
      this.visits = visits;
    }

    @Override
    public void notify(DelegateTask task) {
      QaReport report = visits.report((Long) task.getVariable("visitId")).orElseThrow();
      String findings = report.findings().entrySet().stream().sorted(Map.Entry.comparingByKey())
          .map(finding -> "- " + finding.getKey().label() + ": **" + finding.getValue() + "**").collect(Collectors.joining("\n"));
      String actions = report.actions().stream()
          .map(action -> "- " + action.description() + " (" + action.owner() + ", by " + DAY.format(action.dueBy())
              + ", priority " + action.priorityNumber() + ")")
          .collect(Collectors.joining("\n"));
      task.setVariableLocal("reportSummary", "#### Findings\n" + findings + "\n\n**Strengths:** " + report.strengths()
          + "\n\n**Areas for development:** " + report.areasForDevelopment()
          + (actions.isEmpty() ? "\n\nNo actions were agreed." : "\n\n#### Agreed actions\n" + actions)
          + (report.safeguardingConcern() ? "\n\n**A safeguarding concern was raised** and sent to the director and the CEO." : ""));
    }
  }

  @Component("qaReportReplied")
  static class ReportReplied implements TaskListener {

    private final QaVisitService visits;
    private final Actors actors;

    ReportReplied(QaVisitService visits, Actors actors) {
      this.visits = visits;
      this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = new FormInput(task);
      QaReport.Reply reply = input.choice("reportReply", QaReport.Reply.class);
      if (reply == QaReport.Reply.NONE) {
        throw FormInput.invalid("reportReply", "choose ACCURATE or INACCURATE");
      }
      String comment = reply == QaReport.Reply.INACCURATE
          ? input.text("replyComment", FormInput.LONG_TEXT)
          : input.optionalText("replyNote", FormInput.LONG_TEXT);
      visits.reply((Long) task.getVariable("visitId"), reply, comment, actors.of(task));
    }
  }

  @Component("lockQaReport")
  static class LockQaReport implements JavaDelegate {

    private final QaVisitService visits;

    LockQaReport(QaVisitService visits) {
      this.visits = visits;
    }

    @Override
    public void execute(DelegateExecution execution) {
      QaReport report = visits.lock((Long) execution.getVariable("visitId"));
      execution.setVariable("reportReply", report.reply().name());
    }
  }

  static String nameOf(IdentityService identityService, String userId) {
    User user = AsProcess.call(() -> identityService.createUserQuery().userId(userId).singleResult());
    return user == null ? userId : user.getFirstName() + " " + user.getLastName();
  }
}
