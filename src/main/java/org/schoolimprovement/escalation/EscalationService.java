package org.schoolimprovement.escalation;

import java.sql.Timestamp;
import java.util.List;
import java.util.Objects;
import org.schoolimprovement.system.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The record of overdue work and what was done about it. */
@Service
public class EscalationService {

  private final EscalationRepository escalations;
  private final JdbcClient jdbc;

  EscalationService(EscalationRepository escalations, JdbcClient jdbc) {
    this.escalations = escalations;
    this.jdbc = jdbc;
  }

  /**
   * Records a level the task reached, now; returns the record's id. One INSERT over the transaction's connection,
   * not through JPA: every overdue task is recorded in its flag's job, and in an escalation storm Hibernate's
   * insert (the entity persisted, its generated key read back, the session flushed) was about a tenth of the JVM's
   * CPU a timer in the first storm after a start (README "Performance", round 20). Timestamps are written as JPA
   * writes them, in the JVM's zone.
   */
  @Transactional
  public Long raise(OverdueTask task, int level) {
    KeyHolder id = new GeneratedKeyHolder();
    jdbc.sql("insert into escalation (urn, process_instance_id, task_id, task_name, level, due_at, raised_at) "
        + "values (?, ?, ?, ?, ?, ?, ?)")
        .params(task.urn(), task.processInstanceId(), task.taskId(), task.taskName(), level,
            Timestamp.from(task.dueDate().toInstant()), Timestamp.from(Clock.now()))
        .update(id, "id");
    return id.getKey().longValue();
  }

  /** Resolves one level, unless it is resolved already. */
  @Transactional
  public void resolve(Long escalationId, Escalation.Resolution resolution, String by, String note) {
    escalations.resolveIfOpen(Objects.requireNonNull(escalationId, "escalationId"), resolution, by, note, Clock.now());
  }

  /**
   * Closes every open level of a task, e.g. when the task itself is done or its deadline moved: one UPDATE, where
   * reading the task's levels into JPA and writing each open one took a SELECT and an UPDATE a level. Levels already
   * resolved keep how they were.
   */
  @Transactional
  public void resolveAll(String taskId, Escalation.Resolution resolution, String by, String note) {
    escalations.resolveOpenOfTask(taskId, resolution, by, note, Clock.now());
  }

  @Transactional(readOnly = true)
  public List<Escalation> ofTask(String taskId) {
    return escalations.findByTaskIdOrderById(taskId);
  }
}
