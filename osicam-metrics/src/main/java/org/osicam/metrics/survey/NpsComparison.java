package org.osicam.metrics.survey;

import java.util.Objects;
import org.osicam.metrics.Interval;

/**
 * The difference between two Net Promoter Scores with its uncertainty. Record equality on the
 * doubles follows {@link Double#compare}.
 *
 * <pre>{@code
 * NpsResult gold = Nps.accumulator().addAll(10, 9, 9, 8, 10, 7, 9, 6).snapshot();
 * NpsResult silver = Nps.accumulator().addAll(6, 7, 9, 3, 8, 10, 5, 7).snapshot();
 * NpsComparison diff = Nps.compare(gold, silver);
 * System.out.println(diff.difference() + " points, p = " + diff.pValue());
 * }</pre>
 *
 * @param difference first − second, in points (−200 to 200); adjusted scores for the adjusted-Wald
 *     method
 * @param standardError standard error of the difference, in points
 * @param z the z statistic
 * @param pValue two-sided p-value of "no difference"
 * @param interval confidence interval of the difference, in points
 * @param method the method used
 */
public record NpsComparison(
    double difference,
    double standardError,
    double z,
    double pValue,
    Interval interval,
    NpsMethod method) {

  /** Validates. */
  public NpsComparison {
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(method, "method");
    if (!(pValue >= 0 && pValue <= 1)) {
      throw new IllegalArgumentException("pValue must be in [0, 1], was " + pValue);
    }
  }
}
