package org.schoolimprovement.calendar;

import jakarta.validation.constraints.NotEmpty;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code trust.calendar}: the trust's time zone (deadlines fall due at its local time) and its term dates,
 * one entry per academic year.
 */
@Validated
@ConfigurationProperties("trust.calendar")
public record CalendarProperties(ZoneId zone, @NotEmpty List<AcademicYearDates> years) {

  public CalendarProperties {
    zone = zone == null ? ZoneId.of("Europe/London") : zone;
    years = years == null ? List.of() : List.copyOf(years);
    long distinct = years.stream().map(AcademicYearDates::year).distinct().count();
    if (distinct != years.size()) {
      throw new IllegalArgumentException("each academic year may be configured only once");
    }
  }
}
