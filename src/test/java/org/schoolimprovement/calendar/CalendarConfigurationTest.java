package org.schoolimprovement.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Bad term dates stop start-up with a message that names the setting. */
class CalendarConfigurationTest {

  @Configuration
  @EnableConfigurationProperties(CalendarProperties.class)
  @Import(AcademicCalendar.class)
  static class CalendarOnly {
  }

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class))
      .withUserConfiguration(CalendarOnly.class)
      .withPropertyValues(
          "trust.calendar.years[0].year=2026/27",
          "trust.calendar.years[0].spring.starts=2027-01-04",
          "trust.calendar.years[0].spring.half-term-starts=2027-02-15",
          "trust.calendar.years[0].spring.half-term-ends=2027-02-19",
          "trust.calendar.years[0].spring.ends=2027-03-25",
          "trust.calendar.years[0].summer.starts=2027-04-12",
          "trust.calendar.years[0].summer.half-term-starts=2027-05-31",
          "trust.calendar.years[0].summer.half-term-ends=2027-06-04",
          "trust.calendar.years[0].summer.ends=2027-07-21");

  @Test
  void startsWithValidDates() {
    runner.withPropertyValues(
            "trust.calendar.years[0].autumn.starts=2026-09-02",
            "trust.calendar.years[0].autumn.half-term-starts=2026-10-26",
            "trust.calendar.years[0].autumn.half-term-ends=2026-10-30",
            "trust.calendar.years[0].autumn.ends=2026-12-18")
        .run(context -> assertThat(context).hasNotFailed().hasSingleBean(AcademicCalendar.class));
  }

  @Test
  void refusesATermThatEndsBeforeItStarts() {
    runner.withPropertyValues(
            "trust.calendar.years[0].autumn.starts=2026-12-18",
            "trust.calendar.years[0].autumn.half-term-starts=2026-10-26",
            "trust.calendar.years[0].autumn.half-term-ends=2026-10-30",
            "trust.calendar.years[0].autumn.ends=2026-09-02")
        .run(context -> assertThat(context).hasFailed().getFailure()
            .rootCause().hasMessageContaining("ends (2026-09-02) must be after starts (2026-12-18)"));
  }

  @Test
  void namesTheSettingThatFailedToBind() {
    runner.withPropertyValues(
            "trust.calendar.years[0].autumn.starts=2026-12-18",
            "trust.calendar.years[0].autumn.half-term-starts=2026-10-26",
            "trust.calendar.years[0].autumn.half-term-ends=2026-10-30",
            "trust.calendar.years[0].autumn.ends=2026-09-02")
        .run(context -> assertThat(context).getFailure().hasStackTraceContaining("trust.calendar"));
  }
}
