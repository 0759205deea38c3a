package org.osicam.core.segment;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.osicam.core.InvalidDataException;

/** Argument checks for names. */
final class Names {
  private Names() {}

  static String check(@Nullable String name, String what) {
    Objects.requireNonNull(name, what);
    if (name.isBlank()) {
      throw new InvalidDataException(what + " name", "non-blank", "\"" + name + "\"");
    }
    return name;
  }
}
