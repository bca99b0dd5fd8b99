package org.schoolimprovement.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * A user only for wrong-password tests: Camunda delays the next sign-in after a failed one (brute-force
 * protection), so a demo user used that way would be locked for the tests that follow. A test that counts the
 * failed attempts takes one of its own, so that another test's lock does not stop the count.
 */
public final class LockoutUser {

  static final String ID = "wrong-password-test";

  private LockoutUser() {
  }

  static String ensure(IdentityService identityService) {
    return ensure(identityService, ID);
  }

  /** The user {@code id}, made with the password "the-right-password" if it is not there yet. */
  public static String ensure(IdentityService identityService, String id) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setFirstName("Wrong");
      user.setLastName("Password");
      user.setPassword("the-right-password");
      identityService.saveUser(user);
    }
    return id;
  }
}
