package org.schoolimprovement.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * A user only for wrong-password tests: Camunda delays the next sign-in after a failed one (brute-force
 * protection), so a demo user used that way would be locked for the tests that follow.
 */
final class LockoutUser {

  static final String ID = "wrong-password-test";

  private LockoutUser() {
  }

  static String ensure(IdentityService identityService) {
    if (identityService.createUserQuery().userId(ID).count() == 0) {
      User user = identityService.newUser(ID);
      user.setFirstName("Wrong");
      user.setLastName("Password");
      user.setPassword("the-right-password");
      identityService.saveUser(user);
    }
    return ID;
  }
}
