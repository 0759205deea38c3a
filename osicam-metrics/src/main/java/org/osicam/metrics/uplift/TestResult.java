package org.osicam.metrics.uplift;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The outcome of a significance test.
 *
 * <p>Obtained from {@link UpliftResult#test()} or {@link ProportionTests#test(long, long, long,
 * long)}.
 *
 * @param method the test used
 * @param alternative the alternative hypothesis
 * @param pValue the p-value, 0 to 1
 * @param z the z statistic of the z-test; empty for Fisher's exact test
 */
public record TestResult(
    TestMethod method, Alternative alternative, double pValue, OptionalDouble z) {

  /** Validates. */
  public TestResult {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(alternative, "alternative");
    Objects.requireNonNull(z, "z");
    if (!(pValue >= 0 && pValue <= 1)) {
      throw new IllegalArgumentException("pValue must be in [0, 1], was " + pValue);
    }
  }
}
