package org.schoolimprovement.escalation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EscalationRepository extends JpaRepository<Escalation, Long> {

  List<Escalation> findByTaskIdOrderById(String taskId);
}
