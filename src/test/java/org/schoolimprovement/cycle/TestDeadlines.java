package org.schoolimprovement.cycle;

import org.schoolimprovement.ShippedConfiguration;
import org.schoolimprovement.calendar.AcademicCalendar;
import org.schoolimprovement.calendar.CalendarProperties;
import org.springframework.boot.context.properties.bind.Binder;

/** The deadlines and calendar exactly as application.yaml configures them, without starting Spring. */
public final class TestDeadlines {

  private TestDeadlines() {
  }

  public static Deadlines fromApplicationYaml() {
    Binder binder = ShippedConfiguration.binder();
    CalendarProperties calendar = binder.bind("trust.calendar", CalendarProperties.class).get();
    CycleProperties cycle = binder.bind("trust.cycle", CycleProperties.class).get();
    return new Deadlines(new AcademicCalendar(calendar), cycle);
  }
}
