package org.osicam.metrics.uplift;

/**
 * Which test produced a p-value.
 *
 * <p>Read from {@link TestResult#method()}.
 */
public enum TestMethod {
  /** The pooled two-proportion z-test (equal to R's {@code prop.test(correct = FALSE)}). */
  Z_TEST,
  /** Fisher's exact test, conditional on the margins of the 2×2 table. */
  FISHER_EXACT
}
