package org.schoolimprovement.cycle;

import java.io.IOException;
import java.util.List;
import org.schoolimprovement.calendar.AcademicCalendar;
import org.schoolimprovement.calendar.CalendarProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;

/** The deadlines and calendar exactly as application.yaml configures them, without starting Spring. */
public final class TestDeadlines {

  private TestDeadlines() {
  }

  public static Deadlines fromApplicationYaml() {
    try {
      List<PropertySource<?>> sources = new YamlPropertySourceLoader()
          .load("application.yaml", new ClassPathResource("application.yaml"));
      Binder binder = new Binder(ConfigurationPropertySources.from(sources));
      CalendarProperties calendar = binder.bind("trust.calendar", CalendarProperties.class).get();
      CycleProperties cycle = binder.bind("trust.cycle", CycleProperties.class).get();
      return new Deadlines(new AcademicCalendar(calendar), cycle);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
