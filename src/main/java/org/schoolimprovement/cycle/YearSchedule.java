package org.schoolimprovement.cycle;

import org.springframework.stereotype.Component;

/** The year process's timer start: {@code ${yearSchedule.cron}}. */
@Component("yearSchedule")
public class YearSchedule {

  private final CycleProperties properties;

  public YearSchedule(CycleProperties properties) {
    this.properties = properties;
  }

  public String getCron() {
    return properties.yearStartCron();
  }
}
