package org.schoolimprovement.board;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** A meeting of the headteacher partnership board. */
@Entity
@Table(name = "board_meeting")
class BoardMeeting {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;
  String academicYear;
  int number;
  LocalDate meetingDate;
  String minutes;
  String recordedBy;
  Instant recordedAt;

  protected BoardMeeting() {
  }

  BoardMeeting(String academicYear, int number, LocalDate meetingDate) {
    this.academicYear = academicYear;
    this.number = number;
    this.meetingDate = meetingDate;
  }
}

/** An item a head sent in for a meeting's agenda. */
@Entity
@Table(name = "board_agenda_item")
class BoardAgendaItem {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;
  Long meetingId;
  String urn;
  String item;
  String submittedBy;

  protected BoardAgendaItem() {
  }

  BoardAgendaItem(Long meetingId, String urn, String item, String submittedBy) {
    this.meetingId = meetingId;
    this.urn = urn;
    this.item = item;
    this.submittedBy = submittedBy;
  }
}

/** Whether a board action was done, as followed up at the next meeting. */
enum ActionStatus { OPEN, DONE, NOT_DONE }

/** An action the board agreed, followed up at the next meeting. */
@Entity
@Table(name = "board_action")
class BoardAction {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;
  Long meetingId;
  int number;
  String description;
  String owner;
  LocalDate dueBy;
  @Enumerated(EnumType.STRING)
  ActionStatus status;
  String followUpNote;
  Long followedUpAt;

  protected BoardAction() {
  }

  BoardAction(Long meetingId, int number, String description, String owner, LocalDate dueBy) {
    this.meetingId = meetingId;
    this.number = number;
    this.description = description;
    this.owner = owner;
    this.dueBy = dueBy;
    this.status = ActionStatus.OPEN;
  }
}

interface BoardMeetingRepository extends JpaRepository<BoardMeeting, Long> {
  Optional<BoardMeeting> findByAcademicYearAndNumber(String academicYear, int number);
}

interface BoardAgendaItemRepository extends JpaRepository<BoardAgendaItem, Long> {
  List<BoardAgendaItem> findByMeetingIdOrderById(Long meetingId);
}

interface BoardActionRepository extends JpaRepository<BoardAction, Long> {
  List<BoardAction> findByStatusOrderById(ActionStatus status);
}
