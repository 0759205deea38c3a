package org.osicam.core.segment;

/** Number formatting for rule text and explanations. */
final class Format {
  private Format() {}

  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }
}
