package org.osicam.core.interact;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Deterministic number formatting for explanations: at most four decimals, no exponent. */
final class Numbers {
  private Numbers() {}

  static String format(double value) {
    if (!Double.isFinite(value)) {
      return "n/a";
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return BigDecimal.valueOf(value)
        .setScale(4, RoundingMode.HALF_EVEN)
        .stripTrailingZeros()
        .toPlainString();
  }
}
