package org.osicam.core.model;

import java.util.Locale;

/**
 * Why a customer is contacted: marketing needs consent, service does not.
 *
 * <p>Read from {@link Consent#purpose()} and {@link Interaction#purpose()}.
 */
public enum Purpose {
  MARKETING,
  SERVICE;

  /**
   * Parses a purpose name, case-insensitively.
   *
   * @param text {@code "marketing"} or {@code "service"}
   * @return the purpose
   * @throws org.osicam.core.InvalidDataException naming the allowed values
   */
  public static Purpose parse(String text) {
    return Enums.parse(Purpose.class, text, "purpose");
  }

  /** The lower-case name. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
