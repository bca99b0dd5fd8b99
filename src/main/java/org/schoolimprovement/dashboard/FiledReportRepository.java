package org.schoolimprovement.dashboard;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FiledReportRepository extends JpaRepository<FiledReport, Long> {

  List<FiledReport> findAllByOrderByGeneratedAtDesc();

  Optional<FiledReport> findByAcademicYearAndPeriod(String academicYear, String period);
}
