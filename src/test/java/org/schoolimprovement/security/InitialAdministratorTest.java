package org.schoolimprovement.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The postgres profile refuses to start without an initial administrator, and says which settings to set. */
class InitialAdministratorTest {

  @Configuration
  @EnableConfigurationProperties(AdminProperties.class)
  @Import(InitialAdministrator.class)
  static class AdminOnly {
  }

  private final ApplicationContextRunner postgresProfile = new ApplicationContextRunner()
      .withInitializer(context -> context.getEnvironment().setActiveProfiles("postgres"))
      .withBean(StaffService.class, () -> mock(StaffService.class))
      .withUserConfiguration(AdminOnly.class);

  @Test
  void refusesToStartWithoutAdminCredentials() {
    postgresProfile.withPropertyValues("trust.admin.user-id=", "trust.admin.password=")
        .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
        .hasMessageContaining("trust.admin.user-id").hasMessageContaining("TRUST_ADMIN_PASSWORD"));
  }

  @Test
  void refusesAShortPassword() {
    postgresProfile.withPropertyValues("trust.admin.user-id=admin", "trust.admin.password=short")
        .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
            .hasMessageContaining("trust.admin.password (TRUST_ADMIN_PASSWORD) must have at least 8 characters"));
  }

  @Test
  void startsWithAdminCredentials() {
    postgresProfile.withPropertyValues("trust.admin.user-id=admin", "trust.admin.password=long-enough")
        .run(context -> assertThat(context).hasNotFailed());
  }
}
