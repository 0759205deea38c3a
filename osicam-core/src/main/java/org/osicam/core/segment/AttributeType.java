package org.osicam.core.segment;

import java.util.Locale;

/** The type of a profile attribute, as declared in a {@link Schema}. */
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
}
