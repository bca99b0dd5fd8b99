package org.schoolimprovement.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecipientsTest {

  @Test
  void aUserAndTheMembersOfGroups() {
    Recipients recipients = Recipients.user("director2").andMembersOf(List.of("ceo"));
    assertThat(recipients.userIds()).containsExactly("director2");
    assertThat(recipients.groupIds()).containsExactly("ceo");
    assertThat(Recipients.membersOf(List.of("trustee", "ceo")).andMembersOf(List.of("school-100001")).groupIds())
        .containsExactly("trustee", "ceo", "school-100001");
  }

  @Test
  void noUserIdNamesNoOne() {
    Recipients recipients = Recipients.user(null).andMembersOf(List.of("ceo"));
    assertThat(recipients.userIds()).isEmpty();
    assertThat(recipients.groupIds()).containsExactly("ceo");
  }
}
