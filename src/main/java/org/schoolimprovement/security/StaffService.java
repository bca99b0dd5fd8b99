package org.schoolimprovement.security;

import java.util.Collection;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The trust's staff as Camunda users, so Tasklist, Cockpit and emails show names, not ids. */
@Service
public class StaffService {

  private final IdentityService identityService;

  StaffService(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** Creates the user if new (the password is only set then) and adds them to the given groups. */
  @Transactional
  public void enrol(StaffMember member, String initialPassword, Collection<String> groupIds) {
    User user = identityService.createUserQuery().userId(member.userId()).singleResult();
    if (user == null) {
      user = identityService.newUser(member.userId());
      user.setPassword(initialPassword);
    }
    user.setFirstName(member.firstName());
    user.setLastName(member.lastName());
    user.setEmail(member.email());
    identityService.saveUser(user);
    for (String groupId : groupIds) {
      boolean alreadyMember = identityService.createUserQuery().userId(member.userId()).memberOfGroup(groupId).count() > 0;
      if (!alreadyMember) {
        identityService.createMembership(member.userId(), groupId);
      }
    }
  }

  public boolean exists(String userId) {
    return identityService.createUserQuery().userId(userId).count() > 0;
  }
}
