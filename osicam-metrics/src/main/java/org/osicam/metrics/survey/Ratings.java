package org.osicam.metrics.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.osicam.core.InvalidDataException;

/**
 * A weighted histogram of integer ratings on {@code [min, max]}; the state of every accumulator.
 */
final class Ratings {
  private final String field;
  private final int min;
  private final int max;
  private final long[] counts;
  private final double[] weights;
  private long weightedCount;
  private double weightSquares;

  Ratings(String field, int min, int max) {
    this.field = field;
    this.min = min;
    this.max = max;
    this.counts = new long[max - min + 1];
    this.weights = new double[max - min + 1];
  }

  String rule() {
    return String.format(Locale.ROOT, "an integer from %d to %d", min, max);
  }

  void add(int score) {
    int i = score - min;
    if (i < 0 || score > max) {
      throw new InvalidDataException(field, rule(), Integer.toString(score));
    }
    counts[i]++;
  }

  void add(int score, double weight) {
    int i = score - min;
    if (i < 0 || score > max) {
      throw new InvalidDataException(field, rule(), Integer.toString(score));
    }
    if (!(weight > 0) || !Double.isFinite(weight)) {
      throw new InvalidDataException(field + ".weight", "a positive finite number", "" + weight);
    }
    weights[i] += weight;
    weightSquares += weight * weight;
    weightedCount++;
  }

  void addAll(int[] scores) {
    for (int k = 0; k < scores.length; k++) {
      int score = scores[k];
      if (score < min || score > max) {
        throw new InvalidDataException(
            field,
            rule(),
            Integer.toString(score),
            String.format(
                Locale.ROOT, "%s at index %d must be %s, was %d", field, k, rule(), score));
      }
      counts[score - min]++;
    }
  }

  void merge(Ratings other) {
    if (other.min != min || other.max != max) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "cannot merge ratings on %d..%d into %d..%d",
              other.min,
              other.max,
              min,
              max));
    }
    for (int i = 0; i < counts.length; i++) {
      counts[i] += other.counts[i];
      weights[i] += other.weights[i];
    }
    weightedCount += other.weightedCount;
    weightSquares += other.weightSquares;
  }

  long count() {
    long n = weightedCount;
    for (long c : counts) {
      n += c;
    }
    return n;
  }

  /** Total weight per score, from {@code min} to {@code max} (unweighted answers weigh 1). */
  List<Double> totals() {
    List<Double> out = new ArrayList<>(counts.length);
    for (int i = 0; i < counts.length; i++) {
      out.add(counts[i] + weights[i]);
    }
    return List.copyOf(out);
  }

  /** Kish's effective sample size {@code (sum w)^2 / sum w^2}; {@code n} when unweighted. */
  double effectiveCount() {
    double sum = 0;
    long unweighted = 0;
    for (int i = 0; i < counts.length; i++) {
      sum += counts[i] + weights[i];
      unweighted += counts[i];
    }
    if (weightedCount == 0) {
      return unweighted;
    }
    double squares = unweighted + weightSquares;
    return squares == 0 ? 0 : sum * sum / squares;
  }
}
