package org.osicam.core.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.osicam.core.InvalidDataException;

/** Argument checks shared by the model records. */
final class Checks {
  private Checks() {}

  static String nonBlank(@Nullable String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new InvalidDataException(field, "non-blank", "\"" + value + "\"");
    }
    return value;
  }

  static <T> T nonNull(@Nullable T value, String field) {
    return Objects.requireNonNull(value, field);
  }
}
