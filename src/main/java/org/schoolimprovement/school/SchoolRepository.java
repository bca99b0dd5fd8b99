package org.schoolimprovement.school;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SchoolRepository extends JpaRepository<School, String> {

  List<School> findAllByOrderByUrn();

  @Query("select s.urn from School s where s.active = true order by s.urn")
  List<String> findActiveUrns();

  List<School> findByDirectorOfEducationOrderByUrn(String directorOfEducation);
}
