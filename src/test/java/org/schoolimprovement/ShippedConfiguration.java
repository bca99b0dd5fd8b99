package org.schoolimprovement;

import java.io.IOException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/** The settings exactly as application.yaml ships them, bound without starting Spring. */
public final class ShippedConfiguration {

  private ShippedConfiguration() {
  }

  public static Binder binder() {
    try {
      return new Binder(ConfigurationPropertySources.from(
          new YamlPropertySourceLoader().load("application.yaml", new ClassPathResource("application.yaml"))));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
