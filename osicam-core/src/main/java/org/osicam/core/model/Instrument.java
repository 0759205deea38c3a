package org.osicam.core.model;

import java.util.Locale;

/**
 * A survey instrument and the score range it accepts.
 *
 * <p>Read from {@link SurveyResponse#instrument()}.
 */
public enum Instrument {
  /** Net Promoter Score question, 0 to 10. */
  NPS(0, 10),
  /** Customer Effort Score, 1 to 7 (a 1-5 scale is a subset). */
  CES(1, 7),
  /** Customer satisfaction, 1 to 5. */
  CSAT(1, 5);

  private final int min;
  private final int max;

  Instrument(int min, int max) {
    this.min = min;
    this.max = max;
  }

  /** Smallest valid score. */
  public int min() {
    return min;
  }

  /** Largest valid score. */
  public int max() {
    return max;
  }

  /**
   * Parses an instrument name, case-insensitively.
   *
   * @param text {@code "nps"}, {@code "ces"} or {@code "csat"}
   * @return the instrument
   * @throws org.osicam.core.InvalidDataException naming the allowed values
   */
  public static Instrument parse(String text) {
    return Enums.parse(Instrument.class, text, "instrument");
  }

  /** The lower-case name. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
