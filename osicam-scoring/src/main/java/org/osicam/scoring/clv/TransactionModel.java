package org.osicam.scoring.clv;

/**
 * A continuous-time "buy till you die" model of repeat purchases (BG/NBD, MBG/NBD, Pareto/NBD).
 * Times are in the unit of the data it was fitted on; {@code x} is the repeat frequency, {@code tx}
 * the recency and {@code age} (T) the time since the first purchase (see {@link
 * CustomerSummaries}).
 *
 * <pre>{@code
 * BgNbd model = BgNbd.fitter().fit(summaries);
 * double pAlive = model.probabilityAlive(2, 30.43, 38.86);
 * double next39 = model.expectedPurchases(39, 2, 30.43, 38.86);
 * Scores scores = model.score(summaries, 39);
 * }</pre>
 */
public interface TransactionModel extends CustomerBaseModel {

  /**
   * The probability that a customer with this history is still active at the end of observation.
   *
   * @param x repeat frequency
   * @param tx recency
   * @param age time since the first purchase (T)
   * @return a probability in [0, 1]
   * @throws org.osicam.core.InvalidDataException if the history is impossible
   */
  double probabilityAlive(double x, double tx, double age);

  /**
   * Expected repeat purchases in the next {@code t} time units given the history.
   *
   * @param t horizon, &gt;= 0
   * @param x repeat frequency
   * @param tx recency
   * @param age time since the first purchase (T)
   * @return the conditional expectation, finite and &gt;= 0
   */
  double expectedPurchases(double t, double x, double tx, double age);

  /**
   * Expected repeat purchases of a new customer in the {@code t} time units after the first
   * purchase (the unconditional E[X(t)]).
   *
   * @param t time since the first purchase, &gt;= 0
   * @return the expectation, increasing in t
   */
  double expectedPurchases(double t);

  /**
   * Scores every row: P(alive) and expected purchases over the horizon.
   *
   * @param data the customers
   * @param horizon time units ahead
   * @return columnar scores, one per row
   */
  default Scores score(CustomerSummaries data, double horizon) {
    return Scoring.score(this, data, horizon, null, 0);
  }

  /**
   * Scores every row with spend: adds the expected value per purchase (from the Gamma-Gamma model
   * and the row's monetary value) and the CLV, the discounted expected value of the purchases over
   * the horizon: CLV = sum over steps k = 1..ceil(horizon) of m (E[Y(k)] - E[Y(k-1)]) / (1 + d)^k,
   * the last step ending at the horizon.
   *
   * @param data the customers (monetary values are read from it)
   * @param horizon time units ahead
   * @param spend the fitted spend model
   * @param discountRate discount rate per time unit, &gt;= 0
   * @return columnar scores, one per row; the expected value and CLV of a customer without repeat
   *     purchases are NaN when the spend model's q &lt;= 1 (its population mean is infinite)
   */
  default Scores score(
      CustomerSummaries data, double horizon, GammaGamma spend, double discountRate) {
    return Scoring.score(this, data, horizon, spend, discountRate);
  }

  /**
   * Population tracking: the expected cumulative number of repeat purchases of a cohort up to each
   * time, the customers having made their first purchase at the given times (all on one clock, for
   * calibration/holdout tracking plots).
   *
   * @param firstPurchaseTimes time of each customer's first purchase
   * @param times the times at which to evaluate the cumulative expectation
   * @return for each time, the sum over customers of E[X(time - first)] (0 before the first)
   */
  default double[] expectedCumulativePurchases(double[] firstPurchaseTimes, double[] times) {
    return Scoring.tracking(this, firstPurchaseTimes, times);
  }

  /**
   * Expected purchases in the next {@code t} time units if the customer is alive: E[Y(t)] divided
   * by P(alive), which depends only on (x, age, t). Batch scoring computes it once per distinct (x,
   * age).
   *
   * @param t horizon, &gt;= 0
   * @param x repeat frequency
   * @param age time since the first purchase (T)
   * @return the expectation given alive
   */
  double expectedPurchasesIfAlive(double t, double x, double age);
}
