package org.osicam.metrics.uplift;

/**
 * One arm of an experiment. Record equality on doubles follows {@link Double#compare}.
 *
 * <p>Obtained from {@link UpliftResult#treatment()} and {@link UpliftResult#control()}.
 *
 * @param n customers in the group
 * @param conversions customers who converted
 * @param revenue total revenue of the group
 * @param revenueSquares sum of squared per-customer revenues (for the revenue test)
 */
public record GroupSummary(long n, long conversions, double revenue, double revenueSquares) {

  /** Validates. */
  public GroupSummary {
    if (n < 0 || conversions < 0 || conversions > n) {
      throw new IllegalArgumentException(
          "conversions must be between 0 and n, were " + conversions + " of " + n);
    }
    if (!Double.isFinite(revenue) || !(revenueSquares >= 0) || !Double.isFinite(revenueSquares)) {
      throw new IllegalArgumentException("revenue sums must be finite");
    }
  }

  /**
   * The conversion rate.
   *
   * @return conversions / n
   * @throws IllegalStateException if the group is empty
   */
  public double rate() {
    requireCustomers();
    return (double) conversions / n;
  }

  /**
   * Revenue per customer of the group (converted or not).
   *
   * @return revenue / n
   * @throws IllegalStateException if the group is empty
   */
  public double revenuePerCustomer() {
    requireCustomers();
    return revenue / n;
  }

  /**
   * The sample variance of per-customer revenue.
   *
   * @return the variance
   * @throws IllegalStateException with fewer than two customers
   */
  public double revenueVariance() {
    if (n < 2) {
      throw new IllegalStateException("a variance needs two customers, group has " + n);
    }
    double mean = revenue / n;
    return Math.max(0, (revenueSquares - n * mean * mean) / (n - 1));
  }

  void requireCustomers() {
    if (n == 0) {
      throw new IllegalStateException("the group has no customers: check n() first");
    }
  }
}
