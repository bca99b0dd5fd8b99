package org.schoolimprovement.onboarding;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OnboardingRepository extends JpaRepository<SchoolOnboarding, Long> {

  Optional<SchoolOnboarding> findByUrn(String urn);
}
