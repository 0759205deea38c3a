package org.osicam.metrics.survey;

import java.util.List;
import org.osicam.metrics.Interval;
import org.osicam.metrics.internal.Distributions;

/** Weighted mean, standard deviation and t interval of a rating histogram. */
final class MeanStats {
  private final double mean;
  private final double populationVariance;
  private final double effectiveCount;

  MeanStats(int min, List<Double> weights, double effectiveCount) {
    double total = 0;
    double sum = 0;
    for (int i = 0; i < weights.size(); i++) {
      total += weights.get(i);
      sum += weights.get(i) * (min + i);
    }
    this.mean = sum / total;
    double ss = 0;
    for (int i = 0; i < weights.size(); i++) {
      double d = min + i - mean;
      ss += weights.get(i) * d * d;
    }
    this.populationVariance = ss / total;
    this.effectiveCount = effectiveCount;
  }

  double mean() {
    return mean;
  }

  double standardDeviation() {
    if (!(effectiveCount > 1)) {
      throw new IllegalStateException(
          "a standard deviation needs more than one answer, effective size was " + effectiveCount);
    }
    return Math.sqrt(populationVariance * effectiveCount / (effectiveCount - 1));
  }

  double standardError() {
    return standardDeviation() / Math.sqrt(effectiveCount);
  }

  Interval interval(double level, double lowest, double highest) {
    Interval.checkLevel(level);
    double se = standardError();
    double half = Distributions.tCritical(level, effectiveCount - 1) * se;
    return new Interval(Math.max(lowest, mean - half), Math.min(highest, mean + half), level);
  }
}
