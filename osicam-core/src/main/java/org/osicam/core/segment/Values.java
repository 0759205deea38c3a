package org.osicam.core.segment;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Parsing of untyped text into rule values. */
final class Values {
  private Values() {}

  static @Nullable Object parse(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String s = text.strip();
    if (looksNumeric(s)) {
      try {
        double d = Double.parseDouble(s);
        if (Double.isFinite(d)) {
          return d;
        }
      } catch (NumberFormatException e) {
        // not a number
      }
    }
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.equals("true") || lower.equals("false")) {
      return Boolean.valueOf(lower);
    }
    if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      try {
        return LocalDate.parse(s);
      } catch (DateTimeParseException e) {
        // not a date
      }
    }
    return s;
  }

  private static boolean looksNumeric(String s) {
    // reject hex, "NaN", "Infinity" and type suffixes that Double.parseDouble accepts
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9') && c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
        return false;
      }
    }
    return true;
  }
}
