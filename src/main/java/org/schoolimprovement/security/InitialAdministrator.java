package org.schoolimprovement.security;

import java.util.List;
import org.schoolimprovement.school.TrustRole;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With the {@code postgres} profile there are no demo users: the first administrator comes from
 * {@code trust.admin.user-id} and {@code trust.admin.password}, and the app refuses to start without them.
 */
@Component
@Profile("postgres")
@Order(1)
class InitialAdministrator implements ApplicationRunner {

  private final AdminProperties admin;
  private final StaffService staff;

  InitialAdministrator(AdminProperties admin, StaffService staff) {
    if (isBlank(admin.userId()) || isBlank(admin.password())) {
      throw new IllegalStateException("trust.admin.user-id and trust.admin.password (environment variables "
          + "TRUST_ADMIN_USER and TRUST_ADMIN_PASSWORD) must be set with the postgres profile: "
          + "they create the first administrator");
    }
    if (admin.password().length() < 8) {
      throw new IllegalStateException("trust.admin.password (TRUST_ADMIN_PASSWORD) must have at least 8 characters");
    }
    this.admin = admin;
    this.staff = staff;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!staff.exists(admin.userId())) {
      staff.enrol(new StaffMember(admin.userId(), "Trust", "Administrator", null), admin.password(),
          List.of(TrustRole.ADMIN.groupId()));
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
