package org.schoolimprovement.escalation;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface EscalationRepository extends JpaRepository<Escalation, Long> {

  List<Escalation> findByTaskIdOrderById(String taskId);

  /**
   * Resolves a task's open levels in one UPDATE, after the transaction's own changes not yet written. Records of
   * the task already read in this transaction are not refreshed: callers resolve all first, then read.
   */
  @Modifying(flushAutomatically = true)
  @Query("update Escalation e set e.resolution = :resolution, e.resolvedBy = :by, e.note = :note, e.resolvedAt = :at"
      + " where e.taskId = :taskId and e.resolvedAt is null")
  int resolveOpen(String taskId, Escalation.Resolution resolution, String by, String note, Instant at);
}
