package org.osicam.core;

import java.util.Locale;
import java.util.Objects;

/**
 * Thrown when input data breaks a rule: a value out of range, a missing required field, a reference
 * to something unknown. The message reads {@code <field> must be <rule>, was <value>}.
 *
 * <p>Personal values are never put in the message: callers pass {@link #redacted()} as the value
 * when the field holds personal data (a name, an email, a phone number).
 *
 * <pre>{@code
 * throw new InvalidDataException("transaction.amount", "finite", String.valueOf(amount));
 * }</pre>
 */
public class InvalidDataException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private static final String REDACTED = "<redacted>";

  private final String field;
  private final String rule;
  private final String value;

  /**
   * Creates the exception.
   *
   * @param field the field that holds the bad value, e.g. {@code "consent.purpose"}
   * @param rule what the value must be, e.g. {@code "one of marketing, service"}
   * @param value the offending value as text (or {@link #redacted()})
   */
  public InvalidDataException(String field, String rule, String value) {
    super(String.format(Locale.ROOT, "%s must be %s, was %s", field, rule, value));
    this.field = Objects.requireNonNull(field, "field");
    this.rule = Objects.requireNonNull(rule, "rule");
    this.value = Objects.requireNonNull(value, "value");
  }

  /**
   * Creates the exception with a free-form message (for rules that span several fields).
   *
   * @param field the field the problem is attached to
   * @param rule the rule that was broken
   * @param value the offending value as text
   * @param message the full message
   */
  public InvalidDataException(String field, String rule, String value, String message) {
    super(message);
    this.field = Objects.requireNonNull(field, "field");
    this.rule = Objects.requireNonNull(rule, "rule");
    this.value = Objects.requireNonNull(value, "value");
  }

  /** The placeholder to pass instead of a personal value. */
  public static String redacted() {
    return REDACTED;
  }

  /** The field that holds the bad value. */
  public String field() {
    return field;
  }

  /** The rule the value breaks. */
  public String rule() {
    return rule;
  }

  /** The offending value as text ({@code <redacted>} for personal data). */
  public String value() {
    return value;
  }
}
