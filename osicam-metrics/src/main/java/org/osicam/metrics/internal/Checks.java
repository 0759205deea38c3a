package org.osicam.metrics.internal;

import org.osicam.core.InvalidDataException;

/** Argument checks and safe ratios shared by the metrics packages. */
public final class Checks {
  private Checks() {}

  /**
   * @param field the field named in the error
   * @param value an amount
   * @return the amount
   * @throws InvalidDataException if negative, NaN or infinite
   */
  public static double nonNegativeAmount(String field, double value) {
    if (!(value >= 0) || !Double.isFinite(value)) {
      throw new InvalidDataException(field, "a non-negative finite number", "" + value);
    }
    return value;
  }

  /**
   * A rate whose denominator may be zero.
   *
   * @param numerator the numerator
   * @param denominator the denominator
   * @param what what the denominator counts, for the message
   * @return numerator / denominator
   * @throws IllegalStateException if the denominator is zero
   */
  public static double ratio(double numerator, double denominator, String what) {
    if (denominator == 0) {
      throw new IllegalStateException("no " + what + ": the rate is undefined");
    }
    return numerator / denominator;
  }
}
