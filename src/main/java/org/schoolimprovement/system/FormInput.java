package org.schoolimprovement.system;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Reads what a user submitted with a task and checks it on the server: REST calls bypass the form's own
 * checks. A bad value throws {@link FormFieldValidationException}, which Camunda's REST API answers with
 * 400 and "field: rule"; the task stays open and the transaction, with anything written, rolls back.
 */
public final class FormInput {

  public static final int SHORT_TEXT = 200;
  public static final int LONG_TEXT = 4000;

  private final VariableScope scope;

  public FormInput(VariableScope scope) {
    this.scope = scope;
  }

  public static FormFieldValidationException invalid(String field, String rule) {
    return new FormFieldValidationException(field, field + ": " + rule);
  }

  public boolean isBlank(String field) {
    Object value = scope.getVariable(field);
    return value == null || value.toString().isBlank();
  }

  public String text(String field, int maxLength) {
    String value = optionalText(field, maxLength);
    if (value == null) {
      throw invalid(field, "is required");
    }
    return value;
  }

  public String optionalText(String field, int maxLength) {
    Object value = scope.getVariable(field);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (!(value instanceof String text)) {
      throw invalid(field, "must be text");
    }
    String trimmed = text.strip();
    if (trimmed.length() > maxLength) {
      throw invalid(field, "must be at most " + maxLength + " characters, got " + trimmed.length());
    }
    return trimmed;
  }

  public String text(String field, int minLength, int maxLength) {
    String value = text(field, maxLength);
    if (value.length() < minLength) {
      throw invalid(field, "must be at least " + minLength + " characters");
    }
    return value;
  }

  public <E extends Enum<E>> E choice(String field, Class<E> type) {
    E value = optionalChoice(field, type);
    if (value == null) {
      throw invalid(field, "is required: choose one of " + options(type));
    }
    return value;
  }

  public <E extends Enum<E>> E optionalChoice(String field, Class<E> type) {
    Object value = scope.getVariable(field);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.toString().strip());
    } catch (IllegalArgumentException e) {
      throw invalid(field, "'" + value + "' is not one of " + options(type));
    }
  }

  /** A required yes / no answer: a boolean, or the text yes, no, true or false. */
  public boolean yesNo(String field) {
    Object value = scope.getVariable(field);
    if (value instanceof Boolean bool) {
      return bool;
    }
    if (value instanceof String text) {
      switch (text.strip().toLowerCase()) {
        case "yes", "true" -> { return true; }
        case "no", "false" -> { return false; }
        default -> { }
      }
    }
    throw invalid(field, value == null ? "is required: yes or no" : "'" + value + "' is not yes or no");
  }

  /** An optional checkbox: unticked when absent. */
  public boolean checked(String field) {
    return scope.getVariable(field) != null && yesNo(field);
  }

  public int integer(String field, int min, int max) {
    BigDecimal value = number(field, BigDecimal.valueOf(min), BigDecimal.valueOf(max));
    if (value.stripTrailingZeros().scale() > 0) {
      throw invalid(field, "must be a whole number");
    }
    return value.intValue();
  }

  public BigDecimal number(String field, BigDecimal min, BigDecimal max) {
    Object value = scope.getVariable(field);
    if (value == null || value.toString().isBlank()) {
      throw invalid(field, "is required");
    }
    BigDecimal number;
    try {
      number = value instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(value.toString().strip());
    } catch (NumberFormatException e) {
      throw invalid(field, "'" + value + "' is not a number");
    }
    if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
      throw invalid(field, "must be between " + min.toPlainString() + " and " + max.toPlainString());
    }
    return number;
  }

  public LocalDate date(String field) {
    Object value = scope.getVariable(field);
    if (value == null || value.toString().isBlank()) {
      throw invalid(field, "is required");
    }
    if (value instanceof java.util.Date date) {
      return date.toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate();
    }
    try {
      String text = value.toString().strip();
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw invalid(field, "'" + value + "' is not a date (yyyy-mm-dd)");
    }
  }

  private static <E extends Enum<E>> String options(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
