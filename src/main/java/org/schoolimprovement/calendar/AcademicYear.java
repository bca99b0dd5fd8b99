package org.schoolimprovement.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An English academic year such as {@code 2026/27}: 1 September to 31 August.
 */
public record AcademicYear(int startYear) implements Comparable<AcademicYear> {

  private static final Pattern FORMAT = Pattern.compile("(\\d{4})/(\\d{2})");

  public static AcademicYear parse(String text) {
    Matcher matcher = text == null ? null : FORMAT.matcher(text.trim());
    if (matcher == null || !matcher.matches()) {
      throw new IllegalArgumentException("academic year must look like 2026/27, got '" + text + "'");
    }
    int start = Integer.parseInt(matcher.group(1));
    int end = Integer.parseInt(matcher.group(2));
    if ((start + 1) % 100 != end) {
      throw new IllegalArgumentException(
          "academic year " + text + " must span two consecutive years, e.g. " + start + "/" + String.format("%02d", (start + 1) % 100));
    }
    return new AcademicYear(start);
  }

  public static AcademicYear containing(LocalDate date) {
    return new AcademicYear(date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1);
  }

  public LocalDate firstDay() {
    return LocalDate.of(startYear, Month.SEPTEMBER, 1);
  }

  public LocalDate lastDay() {
    return LocalDate.of(startYear + 1, Month.AUGUST, 31);
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
  }

  public AcademicYear next() {
    return new AcademicYear(startYear + 1);
  }

  @Override
  public int compareTo(AcademicYear other) {
    return Integer.compare(startYear, other.startYear);
  }

  @Override
  public String toString() {
    return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
  }
}
