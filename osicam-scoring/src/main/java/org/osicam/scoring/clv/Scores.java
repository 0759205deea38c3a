package org.osicam.scoring.clv;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Batch predictions, one per input row, in columnar form. Accessors returning arrays return copies;
 * the per-row accessors do not copy.
 *
 * <pre>{@code
 * Scores scores = model.score(summaries, 26, spend, 0.002);  // 26 periods, discount per period
 * for (int i = 0; i < scores.size(); i++) {
 *   System.out.println(summaries.customerId(i) + " " + scores.pAlive(i) + " " + scores.clv(i));
 * }
 * double[] clv = scores.clv().orElseThrow();                  // present when spend was given
 * }</pre>
 */
public final class Scores {
  private final double[] pAlive;
  private final double[] expectedPurchases;
  private final double @Nullable [] expectedValue;
  private final double @Nullable [] clv;

  Scores(
      double[] pAlive,
      double[] expectedPurchases,
      double @Nullable [] expectedValue,
      double @Nullable [] clv) {
    this.pAlive = pAlive;
    this.expectedPurchases = expectedPurchases;
    this.expectedValue = expectedValue;
    this.clv = clv;
  }

  /** The number of rows. */
  public int size() {
    return pAlive.length;
  }

  /**
   * @param i row
   * @return the probability that the customer is alive
   */
  public double pAlive(int i) {
    return pAlive[i];
  }

  /**
   * @param i row
   * @return the expected repeat purchases over the horizon
   */
  public double expectedPurchases(int i) {
    return expectedPurchases[i];
  }

  /** Whether spend predictions are present (scored with a spend model). */
  public boolean hasValue() {
    return expectedValue != null;
  }

  /**
   * @param i row
   * @return the expected value of one future purchase
   * @throws IllegalStateException if scored without a spend model
   */
  public double expectedValue(int i) {
    if (expectedValue == null) {
      throw new IllegalStateException("scored without a spend model");
    }
    return expectedValue[i];
  }

  /**
   * @param i row
   * @return the discounted value over the horizon
   * @throws IllegalStateException if scored without a spend model
   */
  public double clv(int i) {
    if (clv == null) {
      throw new IllegalStateException("scored without a spend model");
    }
    return clv[i];
  }

  /** A copy of the P(alive) column. */
  public double[] pAlive() {
    return pAlive.clone();
  }

  /** A copy of the expected purchases column. */
  public double[] expectedPurchases() {
    return expectedPurchases.clone();
  }

  /** A copy of the CLV column, when scored with a spend model. */
  public Optional<double[]> clv() {
    return Optional.ofNullable(clv).map(double[]::clone);
  }

  /** A copy of the expected value column, when scored with a spend model. */
  public Optional<double[]> expectedValue() {
    return Optional.ofNullable(expectedValue).map(double[]::clone);
  }
}
