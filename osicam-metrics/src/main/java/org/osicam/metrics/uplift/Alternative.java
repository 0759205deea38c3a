package org.osicam.metrics.uplift;

/**
 * The alternative hypothesis of a test comparing a first group with a second.
 *
 * <p>Read from {@link TestResult#alternative()}; passed to {@link ProportionTests#fisherExact(long,
 * long, long, long, Alternative)}.
 */
public enum Alternative {
  /** The groups differ, in either direction. */
  TWO_SIDED,
  /** The first group's rate (odds) is lower. */
  LESS,
  /** The first group's rate (odds) is higher. */
  GREATER
}
