package org.osicam.scoring.rfm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.osicam.core.InvalidDataException;
import org.osicam.scoring.internal.Quantiles;

/**
 * How one RFM dimension is cut into scores 1..bins (for recency, the most recent bin scores
 * highest).
 *
 * <ul>
 *   <li>{@link #quantiles(int)} (default): the method of the R package {@code rfm}. Interior edges
 *       are the quantiles at 1/bins, 2/bins, ... (R's default type 7) plus one; a value goes to bin
 *       {@code 1 + (number of edges <= value)}. Equal values always share a bin, so bins are
 *       unequal when values are tied (order counts) and can even be empty.
 *   <li>{@link #equalCount(int)}: customers sorted by value, then by customer id (the deterministic
 *       tie rule), cut into bins of equal size (sizes differ by at most one). Tied customers may
 *       get different scores; the exposed edges are the lowest value of each bin but the first.
 *   <li>{@link #fixed(double...)}: business thresholds; a value goes to bin {@code 1 + (number of
 *       edges <= value)}.
 * </ul>
 *
 * <p>Immutable; equality by method, bins and edges.
 */
public final class Binning {
  enum Method {
    QUANTILES,
    EQUAL_COUNT,
    FIXED
  }

  private final Method method;
  private final int bins;
  private final double[] edges;

  private Binning(Method method, int bins, double[] edges) {
    this.method = method;
    this.bins = bins;
    this.edges = edges;
  }

  /**
   * The R {@code rfm} package's quantile binning.
   *
   * @param bins number of scores, 2 to 9
   * @return the binning
   * @throws IllegalArgumentException if {@code bins} is out of range
   */
  public static Binning quantiles(int bins) {
    return new Binning(Method.QUANTILES, checkBins(bins), new double[0]);
  }

  /**
   * Equal-count binning with ties broken by customer id.
   *
   * @param bins number of scores, 2 to 9
   * @return the binning
   * @throws IllegalArgumentException if {@code bins} is out of range
   */
  public static Binning equalCount(int bins) {
    return new Binning(Method.EQUAL_COUNT, checkBins(bins), new double[0]);
  }

  /**
   * Fixed thresholds: {@code edges.length + 1} scores.
   *
   * @param edges interior edges in the dimension's units, finite, strictly ascending, 1 to 8 of
   *     them
   * @return the binning
   * @throws InvalidDataException if the edges are not finite and strictly ascending
   */
  public static Binning fixed(double... edges) {
    double[] copy = edges.clone();
    if (copy.length < 1 || copy.length > 8) {
      throw new InvalidDataException(
          "binning edges", "1 to 8 interior edges", Integer.toString(copy.length));
    }
    for (int i = 0; i < copy.length; i++) {
      if (!Double.isFinite(copy[i]) || (i > 0 && copy[i] <= copy[i - 1])) {
        throw new InvalidDataException(
            "binning edges", "finite and strictly ascending", Arrays.toString(copy));
      }
    }
    return new Binning(Method.FIXED, copy.length + 1, copy);
  }

  private static int checkBins(int bins) {
    if (bins < 2 || bins > 9) {
      throw new IllegalArgumentException("bins must be between 2 and 9, was " + bins);
    }
    return bins;
  }

  /** The number of scores. */
  public int bins() {
    return bins;
  }

  Method method() {
    return method;
  }

  double[] edges() {
    return edges.clone();
  }

  /**
   * Scores the values: ascending scores 1..bins (callers invert recency).
   *
   * @param values one per customer
   * @param ids customer ids (for the equal-count tie rule)
   * @param scores receives the score of each customer
   * @return the interior edges used, ascending
   */
  double[] apply(double[] values, List<String> ids, byte[] scores) {
    int n = values.length;
    double[] used;
    switch (method) {
      case FIXED -> used = edges.clone();
      case QUANTILES -> {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        used = new double[bins - 1];
        for (int i = 1; i < bins; i++) {
          used[i - 1] = Quantiles.type7(sorted, i * (1.0 / bins)) + 1;
        }
      }
      case EQUAL_COUNT -> {
        return equalCount(values, ids, scores);
      }
      default -> throw new AssertionError(method);
    }
    for (int i = 0; i < n; i++) {
      scores[i] = (byte) (1 + atOrBelow(used, values[i]));
    }
    return used;
  }

  private double[] equalCount(double[] values, List<String> ids, byte[] scores) {
    int n = values.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        (a, b) -> {
          int c = Double.compare(values[a], values[b]);
          return c != 0 ? c : ids.get(a).compareTo(ids.get(b));
        });
    List<Double> used = new ArrayList<>();
    int current = 0;
    for (int rank = 0; rank < n; rank++) {
      int bin = (int) ((long) rank * bins / n);
      while (current < bin) {
        current++;
        used.add(values[order[rank]]);
      }
      scores[order[rank]] = (byte) (bin + 1);
    }
    while (used.size() < bins - 1) {
      used.add(n == 0 ? Double.NaN : values[order[n - 1]]);
    }
    return used.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static int atOrBelow(double[] edges, double v) {
    int c = 0;
    for (double e : edges) {
      if (e <= v) {
        c++;
      }
    }
    return c;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Binning b
        && method == b.method
        && bins == b.bins
        && Arrays.equals(edges, b.edges);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, bins, Arrays.hashCode(edges));
  }

  @Override
  public String toString() {
    return switch (method) {
      case QUANTILES -> "quantiles(" + bins + ")";
      case EQUAL_COUNT -> "equalCount(" + bins + ")";
      case FIXED -> "fixed" + Arrays.toString(edges);
    };
  }
}
