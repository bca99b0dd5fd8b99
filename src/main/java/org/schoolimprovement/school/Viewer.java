package org.schoolimprovement.school;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.schoolimprovement.system.ApiException;
import org.springframework.http.HttpStatus;

/** The signed-in user as Camunda's authentication filter established it for this request. */
public record Viewer(String userId, Set<String> groupIds) {

  public Viewer {
    groupIds = Set.copyOf(groupIds);
  }

  public static Viewer current(IdentityService identityService) {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      throw new NotSignedInException();
    }
    List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    return new Viewer(authentication.getUserId(), Set.copyOf(groups));
  }

  public boolean isIn(TrustRole role) {
    return groupIds.contains(role.groupId());
  }

  public static class NotSignedInException extends ApiException {
    public NotSignedInException() {
      super(HttpStatus.UNAUTHORIZED, null, "sign in first");
    }
  }
}
