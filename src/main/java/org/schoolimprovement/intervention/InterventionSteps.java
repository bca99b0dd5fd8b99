package org.schoolimprovement.intervention;


import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.schoolimprovement.calendar.AcademicCalendar;
import org.schoolimprovement.cycle.Deadlines;
import org.schoolimprovement.system.Actors;
import org.schoolimprovement.system.FormInput;
import org.schoolimprovement.system.Grants;
import org.springframework.stereotype.Component;

/** The glue of {@code schoolIntervention}: open it, the CEO's package, each half-term's board, the exit. */
final class InterventionSteps {

  enum ExitDecision { EXIT, CONTINUE }

  static final int MAX_CRITERIA = 3;
  /** The board is held in the last fortnight of the half term. */
  static final int BOARD_OPENS_WORKING_DAYS_BEFORE = 10;

  private InterventionSteps() {
  }

  @Component("openIntervention")
  static class OpenIntervention implements JavaDelegate {

    private final InterventionService interventions;
    private final Grants grants;

    OpenIntervention(InterventionService interventions, Grants grants) {
      this.interventions = interventions;
      this.grants = grants;
    }

    @Override
    public void execute(DelegateExecution execution) {
      Intervention intervention = interventions.open((Long) execution.getVariable("cycleId"), (String) execution.getVariable("urn"),
          Intervention.Reason.valueOf((String) execution.getVariable("interventionReason")),
          (String) execution.getVariable("interventionDetail"), execution.getProcessInstanceId());
      execution.setVariable("interventionId", intervention.id());
      execution.setVariable("interventionReasonLabel", intervention.reason().label());
      execution.setVariable("stepName", "Intervention");
      String instance = execution.getProcessInstanceId();
      String director = (String) execution.getVariable("directorOfEducation");
      String headGroup = (String) execution.getVariable("headGroup");
      grants.startingInstanceToUser(director, instance);
      grants.startingInstanceToGroup(headGroup, instance);
    }
  }

  @Component("interventionPackageDecided")
  static class PackageDecided implements TaskListener {

    private final InterventionService interventions;
    private final Actors actors;

    PackageDecided(InterventionService interventions, Actors actors) {
      this.interventions = interventions;
      this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = new FormInput(task);
      Intervention.Package chosen = input.choice("interventionPackage", Intervention.Package.class);
      String rationale = input.text("interventionRationale", 20, FormInput.LONG_TEXT);
      List<String> criteria = new ArrayList<>();
      for (int number = 1; number <= MAX_CRITERIA; number++) {
        String criterion = number == 1 ? input.text("exitCriterion1", 1000) : input.optionalText("exitCriterion" + number, 1000);
        if (criterion != null) {
          if (criteria.size() < number - 1) {
            throw FormInput.invalid("exitCriterion" + number, "fill in exit criterion " + (number - 1) + " first");
          }
          criteria.add(criterion);
        }
      }
      interventions.decide((Long) task.getVariable("interventionId"), chosen, rationale, criteria, actors.of(task));
      task.setVariable("exitCriteriaCount", criteria.size());
    }
  }

  /** When the next board opens (a fortnight before the half term ends) and when it is due (that last day). */
  @Component("scheduleBoard")
  static class ScheduleBoard implements JavaDelegate {

    private final AcademicCalendar calendar;
    private final Deadlines deadlines;

    ScheduleBoard(AcademicCalendar calendar, Deadlines deadlines) {
      this.calendar = calendar;
      this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
      LocalDate today = calendar.today();
      // At least a fortnight of working days to prepare, and never two boards in one half term.
      LocalDate earliest = calendar.addWorkingDays(today, BOARD_OPENS_WORKING_DAYS_BEFORE);
      Date previous = (Date) execution.getVariable("boardDue");
      if (previous != null) {
        LocalDate afterPrevious = previous.toInstant().atZone(calendar.zone()).toLocalDate().plusDays(1);
        earliest = afterPrevious.isAfter(earliest) ? afterPrevious : earliest;
      }
      LocalDate due = calendar.halfTermEndOnOrAfter(earliest).orElse(earliest.plusWeeks(6));
      LocalDate opens = due.minusWeeks(2);
      execution.setVariable("boardOpens", deadlines.startOf(opens.isBefore(today) ? today : opens));
      execution.setVariable("boardDue", deadlines.dueOn(due));
      execution.setVariable("boardDueLabel", calendar.describe((Date) execution.getVariable("boardDue")));
    }
  }

  @Component("progressBoardHeld")
  static class BoardHeld implements TaskListener {

    private final InterventionService interventions;
    private final AcademicCalendar calendar;
    private final Actors actors;

    BoardHeld(InterventionService interventions, AcademicCalendar calendar, Actors actors) {
      this.interventions = interventions;
      this.calendar = calendar;
      this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = new FormInput(task);
      LocalDate heldOn = input.date("boardHeldOn");
      if (heldOn.isAfter(calendar.today())) {
        throw FormInput.invalid("boardHeldOn", heldOn + " is in the future: record a board once it has met");
      }
      int criteria = ((Number) task.getVariable("exitCriteriaCount")).intValue();
      int met = 0;
      for (int number = 1; number <= criteria; number++) {
        met += input.yesNo("criterion" + number + "Met") ? 1 : 0;
      }
      boolean recommend = input.yesNo("exitRecommended");
      if (recommend && met < criteria) {
        throw FormInput.invalid("exitRecommended", "only " + met + " of " + criteria + " exit criteria are met: exit needs them all");
      }
      interventions.recordBoard((Long) task.getVariable("interventionId"), heldOn, input.text("boardMinutes", FormInput.LONG_TEXT),
          input.text("boardDecisions", FormInput.LONG_TEXT), met, recommend, actors.of(task));
      task.getExecution().setVariable("exitRecommended", recommend);
      task.getExecution().removeVariables(List.of("boardMinutes", "boardDecisions", "boardHeldOn", "criterion1Met",
          "criterion2Met", "criterion3Met"));
    }
  }

  @Component("interventionExitDecided")
  static class ExitDecided implements TaskListener {

    private final InterventionService interventions;
    private final Actors actors;

    ExitDecided(InterventionService interventions, Actors actors) {
      this.interventions = interventions;
      this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = new FormInput(task);
      boolean exit = input.choice("exitDecision", ExitDecision.class) == ExitDecision.EXIT;
      String comment = exit ? input.optionalText("exitComment", FormInput.LONG_TEXT) : input.text("exitComment", FormInput.LONG_TEXT);
      if (exit) {
        interventions.exit((Long) task.getVariable("interventionId"), actors.of(task), comment);
      }
      task.setVariable("exitApproved", exit);
      task.getExecution().removeVariables(List.of("exitDecision", "exitComment"));
    }
  }
}
