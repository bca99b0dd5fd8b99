package org.schoolimprovement.board;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.schoolimprovement.calendar.AcademicCalendar;
import org.schoolimprovement.cycle.Deadlines;
import org.schoolimprovement.school.SchoolService;
import org.schoolimprovement.system.Actors;
import org.schoolimprovement.system.Clock;
import org.schoolimprovement.system.FormInput;
import org.springframework.stereotype.Component;

/** The glue of {@code partnershipBoard}: each meeting's agenda from the heads, its minutes, its actions. */
final class BoardSteps {

  static final int MAX_ACTIONS = 5;
  static final int AGENDA_OPENS_WORKING_DAYS_BEFORE = 10;
  static final int AGENDA_CLOSES_WORKING_DAYS_BEFORE = 3;
  static final int MINUTES_WITHIN_WORKING_DAYS = 5;

  private BoardSteps() {
  }

  /** The board's dates: {@code ${partnershipBoards.agendaOpens(meetingDate)}}. */
  @Component("partnershipBoards")
  public static class Dates {

    private final BoardProperties properties;
    private final AcademicCalendar calendar;
    private final Deadlines deadlines;

    Dates(BoardProperties properties, AcademicCalendar calendar, Deadlines deadlines) {
      this.properties = properties;
      this.calendar = calendar;
      this.deadlines = deadlines;
    }

    /** The meetings still to come this year, as ISO dates. */
    public List<String> meetings(String academicYear) {
      LocalDate today = calendar.today();
      return properties.meetingsOf(academicYear).stream().filter(day -> !day.isBefore(today)).map(LocalDate::toString).toList();
    }

    public Date agendaOpens(String meetingDate) {
      LocalDate opens = workingDaysBefore(LocalDate.parse(meetingDate), AGENDA_OPENS_WORKING_DAYS_BEFORE);
      return deadlines.startOf(opens.isBefore(calendar.today()) ? calendar.today() : opens);
    }

    public Date agendaCloses(String meetingDate) {
      return deadlines.dueOn(workingDaysBefore(LocalDate.parse(meetingDate), AGENDA_CLOSES_WORKING_DAYS_BEFORE));
    }

    /** Whether heads may still send items for the meeting: not if the year started after its agenda closed. */
    public boolean agendaStillOpen(String meetingDate) {
      return Clock.now().isBefore(agendaCloses(meetingDate).toInstant());
    }

    public Date meetingDay(String meetingDate) {
      return deadlines.startOf(LocalDate.parse(meetingDate));
    }

    public Date minutesDue(String meetingDate) {
      return deadlines.dueOn(calendar.addWorkingDays(LocalDate.parse(meetingDate), MINUTES_WITHIN_WORKING_DAYS));
    }

    private LocalDate workingDaysBefore(LocalDate day, int workingDays) {
      LocalDate date = day;
      for (int counted = 0; counted < workingDays; ) {
        date = date.minusDays(1);
        if (calendar.isWorkingDay(date)) {
          counted++;
        }
      }
      return date;
    }
  }

  @Component("openBoardMeeting")
  static class OpenMeeting implements JavaDelegate {

    private final BoardMeetingRepository meetings;

    OpenMeeting(BoardMeetingRepository meetings) {
      this.meetings = meetings;
    }

    @Override
    public void execute(DelegateExecution execution) {
      String year = (String) execution.getVariable("academicYear");
      LocalDate day = LocalDate.parse((String) execution.getVariable("meetingDate"));
      int number = ((Number) execution.getVariable("loopCounter")).intValue() + 1;
      BoardMeeting meeting = meetings.findByAcademicYearAndNumber(year, number)
          .orElseGet(() -> meetings.save(new BoardMeeting(year, number, day)));
      execution.setVariableLocal("meetingId", meeting.id);
      execution.setVariableLocal("meetingLabel", "Partnership board " + number + ", " + BoardDates.DAY.format(day));
      execution.setVariableLocal("stepName", "Partnership board");
    }
  }

  @Component("boardAgendaSent")
  static class AgendaSent implements TaskListener {

    private final BoardAgendaItemRepository items;
    private final Actors actors;

    AgendaSent(BoardAgendaItemRepository items, Actors actors) {
      this.items = items;
      this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = new FormInput(task);
      String item = input.optionalText("agendaItem", 1000);
      if (item != null) {
        items.save(new BoardAgendaItem((Long) task.getVariable("meetingId"), (String) task.getVariable("urn"), item,
            actors.of(task)));
      }
      task.getExecution().removeVariable("agendaItem");
    }
  }

  /** Shows whoever records the minutes the agenda the heads sent and the actions still open from before. */
  @Component("boardMinutesShown")
  static class MinutesShown implements TaskListener {

    private final BoardAgendaItemRepository items;
    private final BoardActionRepository actions;
    private final SchoolService schools;

    MinutesShown(BoardAgendaItemRepository items, BoardActionRepository actions, SchoolService schools) {
      this.items = items;
      this.actions = actions;
      this.schools = schools;
    }

    @Override
    public void notify(DelegateTask task) {
      List<BoardAgendaItem> agenda = items.findByMeetingIdOrderById((Long) task.getVariable("meetingId"));
      task.setVariableLocal("agendaSummary", agenda.isEmpty() ? "No head sent an item."
          : agenda.stream().map(item -> "- " + schools.get(item.urn).name() + ": " + item.item).collect(Collectors.joining("\n")));
      List<BoardAction> open = actions.findByStatusOrderById(ActionStatus.OPEN).stream().limit(MAX_ACTIONS).toList();
      for (int index = 0; index < open.size(); index++) {
        BoardAction action = open.get(index);
        task.setVariableLocal("previousAction" + (index + 1), action.description + " (" + action.owner + ", by "
            + BoardDates.DAY.format(action.dueBy) + ")");
        task.setVariableLocal("previousAction" + (index + 1) + "Id", action.id);
      }
      task.setVariableLocal("previousActionCount", open.size());
    }
  }

  @Component("boardMinutesRecorded")
  static class MinutesRecorded implements TaskListener {

    private final BoardMeetingRepository meetings;
    private final BoardActionRepository actions;
    private final Actors actors;

    MinutesRecorded(BoardMeetingRepository meetings, BoardActionRepository actions, Actors actors) {
      this.meetings = meetings;
      this.actions = actions;
      this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
      FormInput input = new FormInput(task);
      Long meetingId = (Long) task.getVariable("meetingId");
      BoardMeeting meeting = meetings.findById(meetingId).orElseThrow();
      String minutes = input.text("boardMeetingMinutes", FormInput.LONG_TEXT);
      int previous = ((Number) task.getVariable("previousActionCount")).intValue();
      for (int number = 1; number <= previous; number++) {
        BoardAction action = actions.findById((Long) task.getVariable("previousAction" + number + "Id")).orElseThrow();
        action.status = input.choice("previousAction" + number + "Status", ActionStatus.class);
        if (action.status == ActionStatus.OPEN) {
          throw FormInput.invalid("previousAction" + number + "Status", "say whether it was done: DONE or NOT_DONE");
        }
        action.followUpNote = input.optionalText("previousAction" + number + "Note", 1000);
        action.followedUpAt = meetingId;
      }
      List<BoardAction> agreed = new ArrayList<>();
      for (int number = 1; number <= MAX_ACTIONS; number++) {
        String prefix = "boardAction" + number;
        if (List.of("", "Owner", "DueBy").stream().allMatch(part -> input.isBlank(prefix + part))) {
          continue;
        }
        LocalDate due = input.date(prefix + "DueBy");
        if (due.isBefore(meeting.meetingDate)) {
          throw FormInput.invalid(prefix + "DueBy", due + " is before the meeting");
        }
        agreed.add(new BoardAction(meetingId, agreed.size() + 1, input.text(prefix, 1000), input.text(prefix + "Owner",
            FormInput.SHORT_TEXT), due));
      }
      actions.saveAll(agreed);
      meeting.minutes = minutes;
      meeting.recordedBy = actors.of(task);
      meeting.recordedAt = Clock.now();
      List<String> fields = new ArrayList<>(List.of("boardMeetingMinutes"));
      for (int number = 1; number <= MAX_ACTIONS; number++) {
        fields.addAll(List.of("boardAction" + number, "boardAction" + number + "Owner", "boardAction" + number + "DueBy",
            "previousAction" + number + "Status", "previousAction" + number + "Note"));
      }
      task.getExecution().removeVariables(fields);
    }
  }

  /** How the board's dates read. */
  static final class BoardDates {
    static final java.time.format.DateTimeFormatter DAY =
        java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.UK);

    private BoardDates() {
    }
  }
}
