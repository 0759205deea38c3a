package org.osicam.scoring.rfm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The segment of every customer of an {@link RfmResult} under one {@link RfmSegmentMap}, with the
 * row that placed each customer.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * RfmSegmentation seg = result.segment(RfmSegmentMap.classic());
 * for (int i = 0; i < result.size(); i++) {
 *   System.out.println(result.customerId(i) + " -> " + seg.segment(i));
 * }
 * List<SegmentSummary> perSegment = seg.summary();           // customers, orders, revenue
 * }</pre>
 */
public final class RfmSegmentation {
  private final RfmResult result;
  private final RfmSegmentMap map;
  private final int[] row;

  RfmSegmentation(RfmResult result, RfmSegmentMap map, int[] row) {
    this.result = result;
    this.map = map;
    this.row = row;
  }

  /** The map used. */
  public RfmSegmentMap map() {
    return map;
  }

  /**
   * @param i customer index of the result
   * @return the segment name, or the map's default label
   */
  public String segment(int i) {
    int r = row[i];
    return r < 0 ? map.defaultLabel() : map.rows().get(r).name();
  }

  /**
   * The map row that placed a customer (the explanation of its segment).
   *
   * @param i customer index of the result
   * @return the 0-based row, or -1 when the default label applies
   */
  public int row(int i) {
    return row[i];
  }

  /**
   * Totals per segment name in map order, then the default label; names with no customer are
   * included, and rows sharing a name are added up.
   */
  public List<SegmentSummary> summary() {
    Map<String, long[]> customers = new LinkedHashMap<>();
    Map<String, double[]> sums = new LinkedHashMap<>();
    for (RfmSegmentMap.Row r : map.rows()) {
      customers.putIfAbsent(r.name(), new long[1]);
      sums.putIfAbsent(r.name(), new double[2]);
    }
    customers.put(map.defaultLabel(), new long[1]);
    sums.put(map.defaultLabel(), new double[2]);
    for (int i = 0; i < row.length; i++) {
      String name = segment(i);
      Objects.requireNonNull(customers.get(name))[0]++;
      double[] s = Objects.requireNonNull(sums.get(name));
      s[0] += result.frequency(i);
      s[1] += result.monetary(i);
    }
    List<SegmentSummary> out = new ArrayList<>();
    for (Map.Entry<String, long[]> e : customers.entrySet()) {
      double[] s = Objects.requireNonNull(sums.get(e.getKey()));
      out.add(new SegmentSummary(e.getKey(), e.getValue()[0], s[0], s[1]));
    }
    return out;
  }

  /**
   * The summary of one segment.
   *
   * @param segment a segment name or the default label
   * @return its totals
   * @throws IllegalArgumentException if the map has no such segment
   */
  public SegmentSummary summary(String segment) {
    return summary().stream()
        .filter(s -> s.segment().equals(segment))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no segment '" + segment + "' in the map"));
  }
}
