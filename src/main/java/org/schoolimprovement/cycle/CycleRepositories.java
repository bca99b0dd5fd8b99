package org.schoolimprovement.cycle;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ImprovementYearRepository extends JpaRepository<ImprovementYear, String> {
}

interface ImprovementCycleRepository extends JpaRepository<ImprovementCycle, Long> {

  Optional<ImprovementCycle> findByUrnAndAcademicYear(String urn, String academicYear);

  Optional<ImprovementCycle> findFirstByUrnAndAcademicYearLessThanOrderByAcademicYearDesc(String urn, String academicYear);

  Optional<ImprovementCycle> findFirstByUrnAndAcademicYearLessThanEqualOrderByAcademicYearDesc(String urn,
      String academicYear);
}

interface SelfAuditRepository extends JpaRepository<SelfAudit, Long> {

  Optional<SelfAudit> findFirstByCycleIdOrderByVersionDesc(Long cycleId);
}

interface CategoryDecisionRepository extends JpaRepository<CategoryDecision, Long> {

  List<CategoryDecision> findByCycleIdOrderById(Long cycleId);
}

interface DataPackRepository extends JpaRepository<DataPack, Long> {

  Optional<DataPack> findFirstByCycleIdOrderByVersionDesc(Long cycleId);
}

interface NeedsAnalysisRepository extends JpaRepository<NeedsAnalysis, Long> {

  Optional<NeedsAnalysis> findFirstByCycleIdOrderByVersionDesc(Long cycleId);

  @Query("select n from NeedsAnalysis n where n.cycleId = (select c.id from ImprovementCycle c where c.urn = ?1"
      + " and c.academicYear = ?2) order by n.version desc limit 1")
  Optional<NeedsAnalysis> findLatestOfCycle(String urn, String academicYear);
}

interface ImprovementPlanRepository extends JpaRepository<ImprovementPlan, Long> {

  Optional<ImprovementPlan> findFirstByCycleIdOrderByVersionDesc(Long cycleId);

  List<ImprovementPlan> findByCycleIdOrderByVersion(Long cycleId);
}

interface SupportPackageRepository extends JpaRepository<SupportPackage, Long> {

  Optional<SupportPackage> findFirstByCycleIdOrderByIdDesc(Long cycleId);
}

interface SupportDeploymentRepository extends JpaRepository<SupportDeployment, Long> {

  List<SupportDeployment> findByCycleIdOrderById(Long cycleId);

  @Query("select d.id from SupportDeployment d where d.cycleId = ?1 and d.status = 'BROKERED' order by d.id")
  List<Long> findBrokeredIds(Long cycleId);
}

interface ProgressReviewRepository extends JpaRepository<ProgressReview, Long> {

  Optional<ProgressReview> findByCycleIdAndTerm(Long cycleId, org.schoolimprovement.calendar.Term term);

  List<ProgressReview> findByCycleIdOrderById(Long cycleId);
}

interface ImpactReviewRepository extends JpaRepository<ImpactReview, Long> {

  Optional<ImpactReview> findByCycleId(Long cycleId);

  List<ImpactReview> findByShareLessonsTrueOrderById();
}
