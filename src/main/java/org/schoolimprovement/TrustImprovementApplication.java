package org.schoolimprovement;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TrustImprovementApplication {

  public static void main(String[] args) {
    SpringApplication.run(TrustImprovementApplication.class, args);
  }
}
