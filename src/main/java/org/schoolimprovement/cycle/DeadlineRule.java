package org.schoolimprovement.cycle;

/**
 * How one kind of deadline is computed: from an anchor date, less {@code daysBefore} calendar days, plus
 * {@code workingDays}; never earlier than {@code atLeastWorkingDays} after the task was created.
 */
public record DeadlineRule(Anchor anchor, int daysBefore, int workingDays, int atLeastWorkingDays) {

  public enum Anchor {
    NOW, VISIT_DATE, OCTOBER_HALF_TERM, TERM_END, SPRING_HALF_TERM, SPRING_TERM_END, SUMMER_HALF_TERM, SUMMER_TERM_END
  }

  public DeadlineRule {
    if (anchor == null) {
      throw new IllegalArgumentException("anchor must be set");
    }
    if (daysBefore < 0 || workingDays < 0 || atLeastWorkingDays < 0) {
      throw new IllegalArgumentException("days-before, working-days and at-least-working-days must not be negative");
    }
  }
}
