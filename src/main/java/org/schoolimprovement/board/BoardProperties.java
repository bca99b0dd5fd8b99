package org.schoolimprovement.board;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.schoolimprovement.calendar.AcademicYear;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** {@code trust.partnership-board}: the board's meeting dates per academic year, up to six a year. */
@Validated
@ConfigurationProperties("trust.partnership-board")
public record BoardProperties(@NotNull List<YearMeetings> years) {

  static final int MAX_MEETINGS = 6;

  public BoardProperties {
    years = years == null ? List.of() : List.copyOf(years);
  }

  public record YearMeetings(String year, List<LocalDate> meetings) {

    public YearMeetings {
      AcademicYear academicYear = AcademicYear.parse(year);
      meetings = meetings == null ? List.of() : meetings.stream().sorted().toList();
      if (meetings.size() > MAX_MEETINGS) {
        throw new IllegalArgumentException("trust.partnership-board: " + year + " has " + meetings.size()
            + " meetings; the board meets at most " + MAX_MEETINGS + " times a year");
      }
      meetings.stream().filter(day -> !academicYear.contains(day)).findFirst().ifPresent(day -> {
        throw new IllegalArgumentException("trust.partnership-board: " + day + " is not in " + year);
      });
    }
  }

  List<LocalDate> meetingsOf(String year) {
    return years.stream().filter(meetings -> meetings.year().equals(year)).findFirst().map(YearMeetings::meetings)
        .orElse(List.of());
  }
}
