package org.osicam.metrics.survey;

import java.util.Objects;

/**
 * Customer Effort Score on the 1–5 (low is good) or 1–7 (high is good) scale: mean, distribution,
 * interval and share of "easy" answers.
 *
 * <pre>{@code
 * CesAccumulator acc = Ces.accumulator(CesScale.SEVEN_POINT);
 * acc.addAll(7, 6, 5, 2);
 * CesResult r = acc.snapshot();
 * r.mean();                 // 5.0
 * r.interval(0.95);         // t interval on the mean
 * r.goodShare();            // 0.75: answers 5-7
 * }</pre>
 */
public final class Ces {
  private Ces() {}

  /**
   * A new empty accumulator.
   *
   * @param scale the scale every answer is on
   * @return the accumulator
   */
  public static CesAccumulator accumulator(CesScale scale) {
    return new CesAccumulator(Objects.requireNonNull(scale, "scale"));
  }
}
