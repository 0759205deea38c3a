package org.osicam.metrics.uplift;

import java.util.Objects;
import java.util.OptionalDouble;
import org.osicam.metrics.internal.Distributions;

/**
 * Tests of two proportions {@code x1/n1} versus {@code x2/n2}.
 *
 * <pre>{@code
 * ProportionTests.zTest(144, 1200, 192, 1200).pValue();       // 0.0047
 * ProportionTests.fisherExact(3, 4, 1, 4).pValue();           // 0.4857
 * ProportionTests.test(3, 4, 1, 4).method();                  // FISHER_EXACT: expected cell < 5
 * }</pre>
 */
public final class ProportionTests {
  /** The smallest expected cell count for which the z-test is used by {@link #test}. */
  public static final double MIN_EXPECTED_CELL = 5;

  private ProportionTests() {}

  /**
   * The z-test when every expected cell count of the 2×2 table is at least 5, Fisher's exact test
   * otherwise; two-sided.
   *
   * @param x1 successes in group 1
   * @param n1 size of group 1, positive
   * @param x2 successes in group 2
   * @param n2 size of group 2, positive
   * @return the test result
   */
  public static TestResult test(long x1, long n1, long x2, long n2) {
    check(x1, n1, x2, n2);
    return minimumExpectedCell(x1, n1, x2, n2) < MIN_EXPECTED_CELL
        ? fisherExact(x1, n1, x2, n2)
        : zTest(x1, n1, x2, n2);
  }

  /**
   * The smallest expected count of the 2×2 table (groups × success/failure) under independence.
   *
   * @param x1 successes in group 1
   * @param n1 size of group 1
   * @param x2 successes in group 2
   * @param n2 size of group 2
   * @return min over cells of row total × column total / N
   */
  public static double minimumExpectedCell(long x1, long n1, long x2, long n2) {
    check(x1, n1, x2, n2);
    double n = (double) n1 + n2;
    double successes = (double) x1 + x2;
    double failures = n - successes;
    double small = Math.min(successes, failures);
    return Math.min(n1, n2) * small / n;
  }

  /**
   * The pooled two-proportion z-test, two-sided: z = (p1 − p2) / sqrt(p(1 − p)(1/n1 + 1/n2)) with
   * the pooled p = (x1 + x2)/(n1 + n2). When p is 0 or 1 there is no variance: z is 0 and p is 1.
   *
   * @param x1 successes in group 1
   * @param n1 size of group 1, positive
   * @param x2 successes in group 2
   * @param n2 size of group 2, positive
   * @return the result, with z
   */
  public static TestResult zTest(long x1, long n1, long x2, long n2) {
    check(x1, n1, x2, n2);
    double p1 = (double) x1 / n1;
    double p2 = (double) x2 / n2;
    double pooled = (double) (x1 + x2) / (n1 + n2);
    double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
    double z = se == 0 ? 0 : (p1 - p2) / se;
    return new TestResult(
        TestMethod.Z_TEST,
        Alternative.TWO_SIDED,
        Distributions.twoSidedNormalP(z),
        OptionalDouble.of(z));
  }

  /**
   * Fisher's exact test, two-sided (tables as or less probable than the observed one, R's rule).
   *
   * @param x1 successes in group 1
   * @param n1 size of group 1, positive
   * @param x2 successes in group 2
   * @param n2 size of group 2, positive
   * @return the result
   */
  public static TestResult fisherExact(long x1, long n1, long x2, long n2) {
    return fisherExact(x1, n1, x2, n2, Alternative.TWO_SIDED);
  }

  /**
   * Fisher's exact test on {@code [[x1, n1 − x1], [x2, n2 − x2]]}, via the hypergeometric
   * distribution. {@link Alternative#LESS} means group 1 has the lower odds of success.
   *
   * @param x1 successes in group 1
   * @param n1 size of group 1, positive
   * @param x2 successes in group 2
   * @param n2 size of group 2, positive
   * @param alternative the alternative hypothesis
   * @return the result
   */
  public static TestResult fisherExact(
      long x1, long n1, long x2, long n2, Alternative alternative) {
    check(x1, n1, x2, n2);
    Objects.requireNonNull(alternative, "alternative");
    int tail = alternative == Alternative.LESS ? -1 : alternative == Alternative.GREATER ? 1 : 0;
    double p = Distributions.fisherExact(x1, n1 - x1, x2, n2 - x2, tail);
    return new TestResult(TestMethod.FISHER_EXACT, alternative, p, OptionalDouble.empty());
  }

  static void check(long x1, long n1, long x2, long n2) {
    if (n1 <= 0 || n2 <= 0) {
      throw new IllegalArgumentException("group sizes must be positive, were " + n1 + " and " + n2);
    }
    if (x1 < 0 || x1 > n1 || x2 < 0 || x2 > n2) {
      throw new IllegalArgumentException(
          "successes must be between 0 and the group size, were "
              + x1
              + "/"
              + n1
              + " and "
              + x2
              + "/"
              + n2);
    }
  }
}
