package org.osicam.scoring.rfm;

import java.util.List;

/**
 * The interior bin edges used for each dimension, ascending, in the dimension's own units (days,
 * orders, money): {@code bins - 1} values each. A value at or above edge {@code i} (0-based) is in
 * bin {@code i + 2} or higher; for recency, bin {@code b} scores {@code bins + 1 - b}.
 *
 * <p>Obtained from {@link RfmResult#thresholds()}.
 *
 * @param r recency edges (days)
 * @param f frequency edges (orders)
 * @param m monetary edges (amount)
 */
public record RfmThresholds(List<Double> r, List<Double> f, List<Double> m) {
  /** Copies. */
  public RfmThresholds {
    r = List.copyOf(r);
    f = List.copyOf(f);
    m = List.copyOf(m);
  }
}
