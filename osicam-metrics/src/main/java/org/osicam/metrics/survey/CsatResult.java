package org.osicam.metrics.survey;

import java.util.List;
import org.osicam.metrics.Interval;
import org.osicam.metrics.internal.Distributions;

/**
 * A CSAT summary. Statistics need at least one answer and throw {@link IllegalStateException}
 * otherwise. Record equality on doubles follows {@link Double#compare}.
 *
 * <p>Obtained from {@link CsatAccumulator#snapshot()}.
 *
 * @param count number of answers (unweighted)
 * @param weights total weight per score 1 to 5 (counts when unweighted)
 * @param effectiveCount Kish's effective sample size ({@code count} when unweighted)
 */
public record CsatResult(long count, List<Double> weights, double effectiveCount) {

  /** Validates and copies. */
  public CsatResult {
    weights = SurveyChecks.weights(weights, 5, "weights");
    SurveyChecks.consistent(count, SurveyChecks.sum(weights), effectiveCount);
  }

  /** Share of satisfied answers (4 or 5), 0 to 1. */
  public double satisfiedShare() {
    SurveyChecks.nonEmpty(count, "CSAT answers");
    return (weights.get(3) + weights.get(4)) / SurveyChecks.sum(weights);
  }

  /** CSAT in points, 0 to 100: the top-two-box share × 100. */
  public double csat() {
    return 100 * satisfiedShare();
  }

  /**
   * The Wilson score interval of the top-two-box share (Wilson 1927; R's {@code prop.test(x, n,
   * correct = FALSE)} interval), in points, using the effective sample size. It contains {@link
   * #csat()} and is never outside [0, 100].
   *
   * @param level confidence level, e.g. 0.95
   * @return the interval in points
   */
  public Interval wilsonInterval(double level) {
    Interval.checkLevel(level);
    double p = satisfiedShare();
    double n = effectiveCount;
    double z = Distributions.zCritical(level);
    double z2n = z * z / n;
    double center = (p + z2n / 2) / (1 + z2n);
    double half = z / (1 + z2n) * Math.sqrt(p * (1 - p) / n + z2n / (4 * n));
    double lo = Math.max(0, Math.min(p, center - half));
    double hi = Math.min(1, Math.max(p, center + half));
    return new Interval(100 * lo, 100 * hi, level);
  }

  /** The mean score, 1 to 5 (reported beside CSAT, not instead of it). */
  public double mean() {
    SurveyChecks.nonEmpty(count, "CSAT answers");
    return new MeanStats(1, weights, effectiveCount).mean();
  }

  /** Share of answers per score 1 to 5, summing to 1. */
  public List<Double> distribution() {
    SurveyChecks.nonEmpty(count, "CSAT answers");
    return SurveyChecks.shares(weights);
  }
}
