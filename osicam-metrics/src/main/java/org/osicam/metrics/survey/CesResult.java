package org.osicam.metrics.survey;

import java.util.List;
import java.util.Objects;
import org.osicam.metrics.Interval;

/**
 * A Customer Effort Score summary. Statistics need at least one answer ({@link #standardDeviation}
 * and {@link #interval} need an effective size above 1) and throw {@link IllegalStateException}
 * otherwise. Record equality on doubles follows {@link Double#compare}.
 *
 * <p>Obtained from {@link CesAccumulator#snapshot()}.
 *
 * @param scale the scale (which says which end is good)
 * @param count number of answers (unweighted)
 * @param weights total weight per score from 1 to the scale's maximum (counts when unweighted)
 * @param effectiveCount Kish's effective sample size ({@code count} when unweighted)
 */
public record CesResult(CesScale scale, long count, List<Double> weights, double effectiveCount) {

  /** Validates and copies. */
  public CesResult {
    Objects.requireNonNull(scale, "scale");
    weights = SurveyChecks.weights(weights, scale.max(), "weights");
    SurveyChecks.consistent(count, SurveyChecks.sum(weights), effectiveCount);
  }

  private MeanStats stats() {
    SurveyChecks.nonEmpty(count, "CES answers");
    return new MeanStats(1, weights, effectiveCount);
  }

  /** The mean score. */
  public double mean() {
    return stats().mean();
  }

  /** The sample standard deviation of the scores. */
  public double standardDeviation() {
    return stats().standardDeviation();
  }

  /** The standard error of the mean. */
  public double standardError() {
    return stats().standardError();
  }

  /**
   * The Student t interval on the mean, with effective size − 1 degrees of freedom, clipped to the
   * scale.
   *
   * @param level confidence level, e.g. 0.95
   * @return the interval
   */
  public Interval interval(double level) {
    return stats().interval(level, 1, scale.max());
  }

  /** Share of answers per score from 1 to the maximum, summing to 1. */
  public List<Double> distribution() {
    SurveyChecks.nonEmpty(count, "CES answers");
    return SurveyChecks.shares(weights);
  }

  /** Share of "easy" answers: 1–2 on the 5-point scale, 5–7 on the 7-point scale. */
  public double goodShare() {
    SurveyChecks.nonEmpty(count, "CES answers");
    double good = 0;
    for (int s = 1; s <= scale.max(); s++) {
      if (scale.isGood(s)) {
        good += weights.get(s - 1);
      }
    }
    return good / SurveyChecks.sum(weights);
  }
}
