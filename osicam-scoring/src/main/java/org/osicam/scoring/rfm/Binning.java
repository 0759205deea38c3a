package org.osicam.scoring.rfm;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
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
 *
 * <pre>{@code
 * Rfm rfm = Rfm.builder()
 *     .asOf(LocalDate.of(2006, 12, 31))
 *     .recencyBinning(Binning.fixed(30, 90, 180, 365))   // days
 *     .frequencyBinning(Binning.equalCount(5))
 *     .monetaryBinning(Binning.quantiles(5))
 *     .build();
 * }</pre>
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
   * @param idRanks rank of each customer id in ascending order (for the equal-count tie rule; only
   *     called by that method)
   * @param scores receives the score of each customer
   * @return the interior edges used, ascending
   */
  double[] apply(double[] values, Supplier<int[]> idRanks, byte[] scores) {
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
        return equalCount(values, idRanks.get(), scores);
      }
      default -> throw new AssertionError(method);
    }
    for (int i = 0; i < n; i++) {
      scores[i] = (byte) (1 + atOrBelow(used, values[i]));
    }
    return used;
  }

  private double[] equalCount(double[] values, int[] idRank, byte[] scores) {
    int n = values.length;
    int[] rowOfRank = new int[n];
    for (int i = 0; i < n; i++) {
      rowOfRank[idRank[i]] = i;
    }
    // order by (value, customer id): dense value rank in the high bits, id rank in the low bits
    double[] distinct = Arrays.stream(values).sorted().distinct().toArray();
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      long valueRank = Arrays.binarySearch(distinct, values[i]);
      keys[i] = (valueRank << 32) | idRank[i];
    }
    Arrays.sort(keys);
    double[] used = new double[bins - 1];
    Arrays.fill(used, n == 0 ? Double.NaN : distinct[distinct.length - 1]);
    int current = 0;
    for (int rank = 0; rank < n; rank++) {
      int row = rowOfRank[(int) (keys[rank] & 0xffffffffL)];
      int bin = (int) ((long) rank * bins / n);
      while (current < bin) {
        current++;
        used[current - 1] = values[row];
      }
      scores[row] = (byte) (bin + 1);
    }
    return used;
  }

  /** The rank of each customer id in ascending (String) order; ids are distinct. */
  static int[] idRanks(List<String> ids) {
    String[] sorted = ids.toArray(new String[0]);
    Arrays.sort(sorted);
    Map<String, Integer> rank = new HashMap<>(sorted.length * 2);
    for (int i = 0; i < sorted.length; i++) {
      rank.put(sorted[i], i);
    }
    int[] out = new int[ids.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = Objects.requireNonNull(rank.get(ids.get(i)));
    }
    return out;
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
