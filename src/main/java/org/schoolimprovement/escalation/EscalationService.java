package org.schoolimprovement.escalation;

import java.util.List;
import org.schoolimprovement.system.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The record of overdue work and what was done about it. */
@Service
public class EscalationService {

  private final EscalationRepository escalations;

  EscalationService(EscalationRepository escalations) {
    this.escalations = escalations;
  }

  @Transactional
  public Long raise(OverdueTask task, int level) {
    return escalations.save(new Escalation(task, level, Clock.now())).id();
  }

  @Transactional
  public void resolve(Long escalationId, Escalation.Resolution resolution, String by, String note) {
    escalations.findById(escalationId).filter(Escalation::isOpen)
        .ifPresent(escalation -> escalation.resolve(resolution, by, note, Clock.now()));
  }

  /** Closes every open level of a task, e.g. when the task itself is done or its deadline moved. */
  @Transactional
  public void resolveAll(String taskId, Escalation.Resolution resolution, String by, String note) {
    escalations.findByTaskIdOrderById(taskId).stream().filter(Escalation::isOpen)
        .forEach(escalation -> escalation.resolve(resolution, by, note, Clock.now()));
  }

  @Transactional(readOnly = true)
  public List<Escalation> ofTask(String taskId) {
    return escalations.findByTaskIdOrderById(taskId);
  }
}
