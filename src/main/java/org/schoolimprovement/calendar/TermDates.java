package org.schoolimprovement.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One term's dates as configured: first and last teaching day, and the half-term holiday inside it.
 */
public record TermDates(LocalDate starts, LocalDate halfTermStarts, LocalDate halfTermEnds, LocalDate ends) {

  public TermDates {
    Objects.requireNonNull(starts, "starts must be set");
    Objects.requireNonNull(halfTermStarts, "half-term-starts must be set");
    Objects.requireNonNull(halfTermEnds, "half-term-ends must be set");
    Objects.requireNonNull(ends, "ends must be set");
    if (!ends.isAfter(starts)) {
      throw new IllegalArgumentException("ends (" + ends + ") must be after starts (" + starts + ")");
    }
    if (halfTermEnds.isBefore(halfTermStarts)) {
      throw new IllegalArgumentException(
          "half-term-ends (" + halfTermEnds + ") must not be before half-term-starts (" + halfTermStarts + ")");
    }
    if (!halfTermStarts.isAfter(starts) || !halfTermEnds.isBefore(ends)) {
      throw new IllegalArgumentException("the half term (" + halfTermStarts + " to " + halfTermEnds
          + ") must lie inside the term (" + starts + " to " + ends + ")");
    }
  }

  public boolean isTeachingDay(LocalDate date) {
    boolean inTerm = !date.isBefore(starts) && !date.isAfter(ends);
    boolean inHalfTerm = !date.isBefore(halfTermStarts) && !date.isAfter(halfTermEnds);
    return inTerm && !inHalfTerm;
  }
}
