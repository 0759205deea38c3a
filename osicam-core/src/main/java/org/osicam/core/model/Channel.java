package org.osicam.core.model;

import java.util.Locale;
import org.osicam.core.InvalidDataException;

/**
 * A contact channel. Parse with {@link #parse(String)}; written in lower case.
 *
 * <p>Read from {@link Interaction#channel()} and {@link Consent#channel()}.
 */
public enum Channel {
  EMAIL,
  SMS,
  PHONE,
  MAIL,
  PUSH,
  WEB;

  /**
   * Parses a channel name, case-insensitively.
   *
   * @param text e.g. {@code "email"}
   * @return the channel
   * @throws InvalidDataException naming the allowed values
   */
  public static Channel parse(String text) {
    return Enums.parse(Channel.class, text, "channel");
  }

  /** The lower-case name, e.g. {@code "email"}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
