package org.osicam.metrics;

import java.util.Locale;

/**
 * A confidence interval: {@code [lower, upper]} at a confidence {@code level} such as 0.95. Record
 * equality on the doubles follows {@link Double#compare}.
 *
 * <pre>{@code
 * Interval ci = Nps.accumulator().addAll(10, 9, 6, 8, 9).snapshot().adjustedWaldInterval(0.95);
 * System.out.println(ci.lower() + " to " + ci.upper() + " at " + ci.level());
 * boolean includesZero = ci.contains(0);
 * }</pre>
 *
 * @param lower the lower bound, finite
 * @param upper the upper bound, finite and not below {@code lower}
 * @param level the confidence level, strictly between 0 and 1
 */
public record Interval(double lower, double upper, double level) {

  /** Validates. */
  public Interval {
    if (!Double.isFinite(lower) || !Double.isFinite(upper) || lower > upper) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT, "interval must be finite and ordered, was [%s, %s]", lower, upper));
    }
    checkLevel(level);
  }

  /**
   * Checks a confidence level.
   *
   * @param level the level
   * @return the level
   * @throws IllegalArgumentException unless {@code 0 < level < 1}
   */
  public static double checkLevel(double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("level must be strictly between 0 and 1, was " + level);
    }
    return level;
  }

  /** The width {@code upper - lower}. */
  public double width() {
    return upper - lower;
  }

  /**
   * @param value a value
   * @return whether {@code lower <= value <= upper}
   */
  public boolean contains(double value) {
    return lower <= value && value <= upper;
  }
}
