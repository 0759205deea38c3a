package org.osicam.cli;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Bad input data: the command exits with code 3 and prints this message, which names the file, the
 * line, the column, the value and what was expected.
 */
public final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param file the input file name ({@code -} for stdin)
   * @param line the 1-based line number in the file, or 0 when not tied to a line
   * @param column the column name, or {@code null}
   * @param value the offending value, or {@code null}
   * @param expected what was expected
   */
  public BadInputException(
      String file, long line, @Nullable String column, @Nullable String value, String expected) {
    super(format(file, line, column, value, expected));
  }

  /**
   * @param message a complete message (it should name the file and what was expected)
   */
  public BadInputException(String message) {
    super(message);
  }

  private static String format(
      String file, long line, @Nullable String column, @Nullable String value, String expected) {
    StringBuilder sb = new StringBuilder(file);
    if (line > 0) {
      sb.append(String.format(Locale.ROOT, ", line %d", line));
    }
    if (column != null) {
      sb.append(", column '").append(column).append('\'');
    }
    sb.append(": expected ").append(expected);
    if (value != null) {
      sb.append(", was '").append(value).append('\'');
    }
    return sb.toString();
  }
}
