package org.schoolimprovement.system;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;

/**
 * The starter's engine configuration, with one change: a job of the trust's year reads the part of the year's
 * execution tree it walks, not the whole tree.
 *
 * <p>Camunda reads a process instance's whole execution tree the first time a command looks at an execution's
 * parent, children or process instance ("execution tree prefetch", on by default): one query, then every relation
 * in memory. The year's instance holds two executions for every school of the trust all year (its cycle and its
 * appraisal, each a parallel multi-instance), and each of its jobs, the start of one school's cycle or appraisal
 * above all, looked at a parent: every one of the 2,000 jobs that start a 1,000-school year read and mapped all of
 * the year's executions, 2,000 and more, so the year's start grew with the square of the trust (2.4 ms of
 * PostgreSQL's time a job and more of the JVM's; README "Performance", round 18). In a job of the year
 * the engine reads the executions it walks one by one, by id (a parent, the instance) or by parent (an execution's
 * children); everywhere else, where a tree is a handful of executions, it reads the whole tree at once as before
 * (reading those one by one cost 8 statements more an overdue timer and 7 a completion).
 */
class TrustProcessEngineConfiguration extends SpringProcessEngineConfiguration {

  /**
   * The process whose jobs walk one branch of a wide tree: the year, a parallel multi-instance over the trust's
   * schools all year. The partnership board's agenda is one too while it is open, but its job there, the timer that
   * closes the agenda, ends every school's branch at once, which one read of the whole tree serves better.
   */
  static final String YEAR_PROCESS = "trustImprovementYear";

  @Override
  public boolean isExecutionTreePrefetchEnabled() {
    return super.isExecutionTreePrefetchEnabled() && !inJobOfTheYear();
  }

  private static boolean inJobOfTheYear() {
    CommandContext command = Context.getCommandContext();
    JobEntity job = command == null ? null : command.getCurrentJob();
    return job != null && YEAR_PROCESS.equals(job.getProcessDefinitionKey());
  }
}
