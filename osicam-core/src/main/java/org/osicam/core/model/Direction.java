package org.osicam.core.model;

import java.util.Locale;

/**
 * Who started an interaction.
 *
 * <p>Read from {@link Interaction#direction()}.
 */
public enum Direction {
  INBOUND,
  OUTBOUND;

  /**
   * Parses a direction name, case-insensitively.
   *
   * @param text {@code "inbound"} or {@code "outbound"}
   * @return the direction
   * @throws org.osicam.core.InvalidDataException naming the allowed values
   */
  public static Direction parse(String text) {
    return Enums.parse(Direction.class, text, "direction");
  }

  /** The lower-case name. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
