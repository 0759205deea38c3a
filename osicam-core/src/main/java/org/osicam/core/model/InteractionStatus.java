package org.osicam.core.model;

import java.util.Locale;

/**
 * The status or outcome of an interaction. Only {@link #DELIVERED} and the outcomes after delivery
 * count as contacts for contact pressure.
 *
 * <p>Read from {@link Interaction#status()}.
 */
public enum InteractionStatus {
  PLANNED,
  DELIVERED,
  FAILED,
  OPENED,
  CLICKED,
  RESPONDED,
  PURCHASED,
  COMPLAINED,
  UNSUBSCRIBED,
  NO_REACTION;

  /**
   * Parses a status name, case-insensitively ({@code "no_reaction"} or {@code "no-reaction"}).
   *
   * @param text the status
   * @return the status
   * @throws org.osicam.core.InvalidDataException naming the allowed values
   */
  public static InteractionStatus parse(String text) {
    return Enums.parse(InteractionStatus.class, text.replace('-', '_'), "status");
  }

  /** The lower-case name, e.g. {@code "no_reaction"}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
