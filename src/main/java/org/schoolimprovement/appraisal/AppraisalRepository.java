package org.schoolimprovement.appraisal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppraisalRepository extends JpaRepository<HeadteacherAppraisal, Long> {

  Optional<HeadteacherAppraisal> findByUrnAndAcademicYear(String urn, String academicYear);
}
