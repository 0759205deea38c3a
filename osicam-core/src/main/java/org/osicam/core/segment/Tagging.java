package org.osicam.core.segment;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.osicam.core.model.CustomerId;

/**
 * The result of {@link TagSet#tagAll}: for every tag, the rows that carry it.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * LocalDate asOf = LocalDate.of(2024, 5, 1);
 * Tagging tagging = tags.tagAll(table, EvaluationContext.asOf(asOf));
 * BitSet lapsed = tagging.members("lapsed");                  // rows carrying the tag
 * Set<String> firstRow = tagging.tags(0);
 * List<SegmentEvent> moves = SegmentEvent.diff(before.memberships(), tagging.memberships(), asOf);
 * }</pre>
 */
public final class Tagging {
  private final List<CustomerId> ids;
  private final List<String> names;
  private final List<BitSet> members;

  Tagging(List<CustomerId> ids, List<String> names, List<BitSet> members) {
    this.ids = ids;
    this.names = List.copyOf(names);
    this.members = List.copyOf(members);
  }

  /** The number of rows. */
  public int size() {
    return ids.size();
  }

  /** The tag names in order. */
  public List<String> names() {
    return names;
  }

  /**
   * Whether a row carries a tag.
   *
   * @param row 0-based row
   * @param tag tag name
   * @return whether the tag's rule held
   * @throws IllegalArgumentException if the tag is unknown
   */
  public boolean has(int row, String tag) {
    return members.get(indexOf(tag)).get(row);
  }

  /**
   * The tags of a row, in tag order.
   *
   * @param row 0-based row
   * @return the tag names
   */
  public Set<String> tags(int row) {
    Set<String> out = new LinkedHashSet<>();
    for (int t = 0; t < names.size(); t++) {
      if (members.get(t).get(row)) {
        out.add(names.get(t));
      }
    }
    return out;
  }

  /**
   * The rows that carry a tag.
   *
   * @param tag tag name
   * @return a copy of the row set
   */
  public BitSet members(String tag) {
    return (BitSet) members.get(indexOf(tag)).clone();
  }

  /** Customers per tag, in tag order. */
  public Map<String, Long> counts() {
    Map<String, Long> out = new LinkedHashMap<>();
    for (int t = 0; t < names.size(); t++) {
      out.put(names.get(t), (long) members.get(t).cardinality());
    }
    return out;
  }

  /** Each customer's tags, for {@link SegmentEvent#diff}. */
  public Map<CustomerId, Set<String>> memberships() {
    Map<CustomerId, Set<String>> out = new TreeMap<>();
    for (int i = 0; i < ids.size(); i++) {
      out.put(ids.get(i), tags(i));
    }
    return out;
  }

  private int indexOf(String tag) {
    int i = names.indexOf(tag);
    if (i < 0) {
      throw new IllegalArgumentException("unknown tag '" + tag + "'; tags: " + names);
    }
    return i;
  }
}
