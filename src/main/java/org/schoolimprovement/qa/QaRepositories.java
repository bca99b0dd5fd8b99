package org.schoolimprovement.qa;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface QaVisitRepository extends JpaRepository<QaVisit, Long> {

  List<QaVisit> findByCycleIdOrderByNumber(Long cycleId);

  List<QaVisit> findByUrnAndAcademicYearAndStatusNot(String urn, String academicYear, QaVisit.Status excluded);

  Optional<QaVisit> findFirstByCycleIdAndStatusOrderByWindowOpensAscNumberAsc(Long cycleId, QaVisit.Status status);
}

interface QaReportRepository extends JpaRepository<QaReport, Long> {

  Optional<QaReport> findFirstByVisitIdOrderByVersionDesc(Long visitId);

  List<QaReport> findByVisitIdIn(java.util.Collection<Long> visitIds);
}
