package org.osicam.core.segment;

import java.time.LocalDate;
import java.util.Objects;
import org.osicam.core.InvalidDataException;

/**
 * A typed constant in a condition. Numbers are doubles; equality of numbers follows {@link
 * Double#compare}.
 */
record Literal(AttributeType type, Object value) {

  Literal {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    switch (type) {
      case NUMBER -> {
        if (!(value instanceof Double d) || !Double.isFinite(d)) {
          throw new InvalidDataException("rule value", "a finite number", String.valueOf(value));
        }
      }
      case STRING -> cast(value, String.class);
      case BOOLEAN -> cast(value, Boolean.class);
      case DATE -> cast(value, LocalDate.class);
    }
  }

  private static void cast(Object value, Class<?> type) {
    if (!type.isInstance(value)) {
      throw new IllegalArgumentException("expected " + type.getSimpleName() + ": " + value);
    }
  }

  static Literal number(double v) {
    return new Literal(AttributeType.NUMBER, v);
  }

  static Literal string(String v) {
    return new Literal(AttributeType.STRING, Objects.requireNonNull(v, "value"));
  }

  static Literal bool(boolean v) {
    return new Literal(AttributeType.BOOLEAN, v);
  }

  static Literal date(LocalDate v) {
    return new Literal(AttributeType.DATE, Objects.requireNonNull(v, "value"));
  }

  /** The value as a double for ordering: numbers as is, dates as epoch days. */
  double asDouble() {
    return switch (type) {
      case NUMBER -> (Double) value;
      case DATE -> ((LocalDate) value).toEpochDay();
      case BOOLEAN -> ((Boolean) value) ? 1 : 0;
      case STRING -> throw new IllegalStateException("text has no order");
    };
  }

  @Override
  public String toString() {
    return switch (type) {
      case NUMBER -> Format.number((Double) value);
      case STRING -> "\"" + value + "\"";
      case BOOLEAN, DATE -> value.toString();
    };
  }
}
