package org.schoolimprovement.system;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Who an email goes to: users by id, and every member of some groups (a role, a school's staff). A user id that
 * is null (a school with no director yet) names no one.
 */
public record Recipients(List<String> userIds, List<String> groupIds) {

  public Recipients {
    userIds = userIds.stream().filter(Objects::nonNull).toList();
    groupIds = List.copyOf(groupIds);
  }

  public static Recipients user(String userId) {
    return new Recipients(Collections.singletonList(userId), List.of());
  }

  public static Recipients membersOf(Collection<String> groupIds) {
    return new Recipients(List.of(), List.copyOf(groupIds));
  }

  /** These recipients and every member of the groups. */
  public Recipients andMembersOf(Collection<String> moreGroupIds) {
    return new Recipients(userIds, Stream.concat(groupIds.stream(), moreGroupIds.stream()).toList());
  }
}
