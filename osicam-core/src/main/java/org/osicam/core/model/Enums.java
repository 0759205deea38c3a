package org.osicam.core.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.osicam.core.InvalidDataException;

final class Enums {
  private Enums() {}

  static <E extends Enum<E>> E parse(Class<E> type, String text, String field) {
    Checks.nonNull(text, field);
    String name = text.strip().toUpperCase(Locale.ROOT);
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    String allowed =
        Arrays.stream(type.getEnumConstants())
            .map(e -> e.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(", "));
    throw new InvalidDataException(field, "one of " + allowed, "\"" + text + "\"");
  }
}
