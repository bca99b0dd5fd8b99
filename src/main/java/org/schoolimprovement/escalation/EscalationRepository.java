package org.schoolimprovement.escalation;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Escalation records are read through JPA and written by statements: inserted by {@link EscalationService#raise},
 * resolved by the UPDATEs below, each after the transaction's own changes not yet written. Records already read in
 * the transaction are not refreshed: callers resolve first, then read.
 */
interface EscalationRepository extends JpaRepository<Escalation, Long> {

  /** Sets how the open levels chosen by the condition that follows were resolved; resolved levels keep theirs. */
  String RESOLVE_OPEN = "update Escalation e set e.resolution = :resolution, e.resolvedBy = :by, e.note = :note,"
      + " e.resolvedAt = :at where e.resolvedAt is null and ";

  List<Escalation> findByTaskIdOrderById(String taskId);

  @Modifying(flushAutomatically = true)
  @Query(RESOLVE_OPEN + "e.taskId = :taskId")
  void resolveOpenOfTask(String taskId, Escalation.Resolution resolution, String by, String note, Instant at);

  @Modifying(flushAutomatically = true)
  @Query(RESOLVE_OPEN + "e.id = :id")
  void resolveIfOpen(Long id, Escalation.Resolution resolution, String by, String note, Instant at);
}
