package org.osicam.scoring.matrix;

import java.util.Arrays;
import java.util.Objects;
import org.osicam.core.InvalidDataException;
import org.osicam.scoring.internal.Quantiles;

/**
 * How one axis of the matrix is cut into bins 1..bins (1 = lowest): at the population's quantiles
 * (R type 7; a value at or above an edge goes up; equal values share a bin) or at fixed edges.
 *
 * <p>Immutable.
 *
 * <pre>{@code
 * RelationalMatrix matrix = RelationalMatrix.builder()
 *     .valueAxis(Axis.fixed(100, 500))          // bins: below 100, 100 to 500, 500 and above
 *     .potentialAxis(Axis.quantiles(3))         // the population's terciles
 *     .build();
 * }</pre>
 */
public final class Axis {
  private final int bins;
  private final double[] edges;

  private Axis(int bins, double[] edges) {
    this.bins = bins;
    this.edges = edges;
  }

  /**
   * Bins at the quantiles {@code 1/bins, 2/bins, ...} of the population's values.
   *
   * @param bins 2 to 9
   * @return the axis
   * @throws IllegalArgumentException if out of range
   */
  public static Axis quantiles(int bins) {
    if (bins < 2 || bins > 9) {
      throw new IllegalArgumentException("bins must be between 2 and 9, was " + bins);
    }
    return new Axis(bins, new double[0]);
  }

  /**
   * Bins at fixed edges ({@code edges.length + 1} bins).
   *
   * @param edges finite, strictly ascending, 1 to 8 of them
   * @return the axis
   * @throws InvalidDataException if not
   */
  public static Axis fixed(double... edges) {
    double[] e = edges.clone();
    if (e.length < 1 || e.length > 8) {
      throw new InvalidDataException("axis edges", "1 to 8 edges", Integer.toString(e.length));
    }
    for (int i = 0; i < e.length; i++) {
      if (!Double.isFinite(e[i]) || (i > 0 && e[i] <= e[i - 1])) {
        throw new InvalidDataException(
            "axis edges", "finite and strictly ascending", Arrays.toString(e));
      }
    }
    return new Axis(e.length + 1, e);
  }

  /** The number of bins. */
  public int bins() {
    return bins;
  }

  /** The edges for these values (NaN values are ignored when computing quantiles). */
  double[] edgesFor(double[] values) {
    if (edges.length > 0) {
      return edges.clone();
    }
    double[] present = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
    double[] out = new double[bins - 1];
    if (present.length == 0) {
      Arrays.fill(out, Double.NaN);
      return out;
    }
    for (int i = 1; i < bins; i++) {
      out[i - 1] = Quantiles.type7(present, i * (1.0 / bins));
    }
    return out;
  }

  /** The bin of a value: 1 + number of edges at or below it; 0 for NaN. */
  static int bin(double[] edges, double v) {
    if (Double.isNaN(v)) {
      return 0;
    }
    int b = 1;
    for (double e : edges) {
      if (e <= v) {
        b++;
      }
    }
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Axis a && bins == a.bins && Arrays.equals(edges, a.edges);
  }

  @Override
  public int hashCode() {
    return Objects.hash(bins, Arrays.hashCode(edges));
  }

  @Override
  public String toString() {
    return edges.length > 0 ? "fixed" + Arrays.toString(edges) : "quantiles(" + bins + ")";
  }
}
