package org.osicam.core.segment;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.osicam.core.InvalidDataException;

/**
 * The type of a profile attribute, as declared in a {@link Schema}.
 *
 * <p>For attributes read as text (CSV columns), {@link #infer(Iterable)} picks the type of a whole
 * column and {@link #parse(String)} types one cell:
 *
 * <pre>{@code
 * AttributeType t = AttributeType.infer(List.of("12", "", "7.5"));   // NUMBER
 * Object v = t.parse("7.5");                                          // 7.5 (a Double)
 * }</pre>
 */
public enum AttributeType {
  /** A finite number (stored as {@code double}). */
  NUMBER,
  /** Text, compared for equality only. */
  STRING,
  /** {@code true} or {@code false}. */
  BOOLEAN,
  /** A calendar date ({@link java.time.LocalDate}). */
  DATE;

  /** The lower-case name used in messages and JSON, e.g. {@code "number"}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The type of a column of text cells: {@link #NUMBER} when every non-blank cell is a finite
   * number, else {@link #BOOLEAN} when every one is {@code true}/{@code false} (any case), else
   * {@link #DATE} when every one is an ISO date ({@code 2024-03-01}), else {@link #STRING}. A
   * column with no non-blank cell is {@link #STRING}.
   *
   * @param cells the column's cells (blank or {@code null} = missing)
   * @return the inferred type
   */
  public static AttributeType infer(Iterable<? extends @Nullable String> cells) {
    boolean number = true;
    boolean bool = true;
    boolean date = true;
    boolean any = false;
    for (String c : cells) {
      if (c == null || c.isBlank()) {
        continue;
      }
      any = true;
      Object v = Values.parse(c);
      number &= v instanceof Double;
      bool &= v instanceof Boolean;
      date &= v instanceof LocalDate;
      if (!number && !bool && !date) {
        return STRING;
      }
    }
    if (!any) {
      return STRING;
    }
    return number ? NUMBER : bool ? BOOLEAN : date ? DATE : STRING;
  }

  /**
   * Types one text cell as this type.
   *
   * @param text the cell
   * @return a Double, String, Boolean or LocalDate; {@code null} for blank text
   * @throws InvalidDataException if the text is not a value of this type
   */
  public @Nullable Object parse(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String s = text.strip();
    switch (this) {
      case STRING -> {
        return s;
      }
      case NUMBER -> {
        if (Values.parse(s) instanceof Double d) {
          return d;
        }
        throw new InvalidDataException("value", "a finite number", "\"" + s + "\"");
      }
      case BOOLEAN -> {
        if (Values.parse(s) instanceof Boolean b) {
          return b;
        }
        throw new InvalidDataException("value", "true or false", "\"" + s + "\"");
      }
      case DATE -> {
        try {
          return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
          throw new InvalidDataException("value", "a date like 2024-03-01", "\"" + s + "\"");
        }
      }
    }
    throw new AssertionError(this);
  }
}
