package org.osicam.core.interact;

import java.math.BigDecimal;

/** Deterministic number formatting for explanations. */
final class Numbers {
  private Numbers() {}

  static String format(double value) {
    if (!Double.isFinite(value)) {
      return "n/a";
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    String s = Double.toString(value);
    if (s.contains("E")) {
      s = new BigDecimal(s).toPlainString();
    }
    return s;
  }
}
