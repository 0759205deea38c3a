package org.osicam.metrics.survey;

import java.util.Locale;
import org.osicam.core.InvalidDataException;

/**
 * The two Customer Effort Score scales in use. They have opposite polarity: never mix their
 * answers.
 *
 * <p>Passed to {@link Ces#accumulator(CesScale)}.
 */
public enum CesScale {
  /**
   * The original CES (CEB, 2010): "How much effort did you personally have to put forth to handle
   * your request?", 1 (very low effort) to 5 (very high effort). <b>Low is good.</b>
   */
  FIVE_POINT(5, false),
  /**
   * CES 2.0 (Dixon, Toman and DeLisi, "The Effortless Experience", 2013): agreement with "The
   * company made it easy for me to handle my issue", 1 (strongly disagree) to 7 (strongly agree).
   * <b>High is good.</b>
   */
  SEVEN_POINT(7, true);

  private final int max;
  private final boolean highIsGood;

  CesScale(int max, boolean highIsGood) {
    this.max = max;
    this.highIsGood = highIsGood;
  }

  /** The lowest score, 1. */
  public int min() {
    return 1;
  }

  /** The highest score, 5 or 7. */
  public int max() {
    return max;
  }

  /** Whether a high score means low effort (the good end). */
  public boolean highIsGood() {
    return highIsGood;
  }

  /** {@code "low"} or {@code "high"}: the end of the scale that means little effort. */
  public String goodEnd() {
    return highIsGood ? "high" : "low";
  }

  /**
   * Whether a score counts as "easy": 1–2 on the 5-point scale, 5–7 on the 7-point scale.
   *
   * @param score a score on this scale
   * @return whether it is on the good side
   */
  public boolean isGood(int score) {
    return highIsGood ? score >= 5 : score <= 2;
  }

  /**
   * Parses {@code "5"} or {@code "7"}.
   *
   * @param text the number of points
   * @return the scale
   * @throws InvalidDataException otherwise
   */
  public static CesScale parse(String text) {
    switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "5":
      case "five_point":
        return FIVE_POINT;
      case "7":
      case "seven_point":
        return SEVEN_POINT;
      default:
        throw new InvalidDataException("ces.scale", "5 or 7", text);
    }
  }
}
