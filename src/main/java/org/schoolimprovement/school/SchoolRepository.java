package org.schoolimprovement.school;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SchoolRepository extends JpaRepository<School, String> {

  List<School> findAllByOrderByUrn();

  List<School> findByActiveTrueOrderByUrn();

  List<School> findByDirectorOfEducationOrderByUrn(String directorOfEducation);
}
