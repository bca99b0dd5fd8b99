package org.schoolimprovement.school;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The one rule for who may see a school's records: trust-wide roles see every school, a director their
 * portfolio, a head their own school. Camunda's authorizations are granted to match (see
 * {@code SchoolService} and the cycle's start listener), and our own endpoints ask this class.
 */
@Component
public class SchoolAccess {

  private static final Set<TrustRole> TRUST_WIDE =
      EnumSet.of(TrustRole.CEO, TrustRole.TRUSTEE, TrustRole.IMPROVEMENT_PARTNER, TrustRole.DATA_LEAD, TrustRole.ADMIN);

  public boolean canView(Viewer viewer, School school) {
    return TRUST_WIDE.stream().anyMatch(viewer::isIn)
        || viewer.groupIds().contains(school.groupId())
        || viewer.userId().equals(school.directorOfEducation());
  }
}
