package org.osicam.core.segment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.osicam.core.model.CustomerId;

/**
 * The result of {@link SegmentMap#assignAll}: one segment label per row of the table.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * EvaluationContext ctx = EvaluationContext.asOf(LocalDate.of(2024, 5, 1));
 * Assignment all = map.assignAll(ProfileTable.of(schema, profiles), ctx);
 * for (int row = 0; row < all.size(); row++) {
 *   System.out.println(all.id(row) + " -> " + all.label(row));
 * }
 * Map<String, Long> sizes = all.counts();
 * }</pre>
 */
public final class Assignment {
  private final List<CustomerId> ids;
  private final List<String> labels;
  private final int[] index;

  Assignment(List<CustomerId> ids, List<String> labels, int[] index) {
    this.ids = ids;
    this.labels = List.copyOf(labels);
    this.index = index;
  }

  /** The number of rows. */
  public int size() {
    return index.length;
  }

  /**
   * The customer of a row.
   *
   * @param row 0-based row
   * @return the id
   */
  public CustomerId id(int row) {
    return ids.get(row);
  }

  /**
   * The segment of a row.
   *
   * @param row 0-based row
   * @return the segment name or the default label
   */
  public String label(int row) {
    return labels.get(index[row]);
  }

  /** Customers per label, in map order (segments then default), zero counts included. */
  public Map<String, Long> counts() {
    long[] c = new long[labels.size()];
    for (int i : index) {
      c[i]++;
    }
    Map<String, Long> out = new LinkedHashMap<>();
    for (int i = 0; i < c.length; i++) {
      out.put(labels.get(i), c[i]);
    }
    return out;
  }

  /** Each customer's segment as a one-element set, for {@link SegmentEvent#diff}. */
  public Map<CustomerId, Set<String>> memberships() {
    Map<CustomerId, Set<String>> out = new TreeMap<>();
    for (int i = 0; i < index.length; i++) {
      out.put(ids.get(i), Set.of(label(i)));
    }
    return out;
  }
}
