package org.osicam.core.segment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.osicam.core.model.CustomerId;

/**
 * A customer entered or left a segment between two evaluations.
 *
 * <pre>{@code
 * List<SegmentEvent> events = SegmentEvent.diff(
 *     yesterday.memberships(), today.memberships(), LocalDate.of(2024, 5, 1));
 * }</pre>
 *
 * @param customerId the customer
 * @param segment the segment (or tag) name
 * @param kind entered or left
 * @param asOf the as-of date of the later evaluation
 */
public record SegmentEvent(CustomerId customerId, String segment, Kind kind, LocalDate asOf) {

  /** Direction of a move. */
  public enum Kind {
    /** The customer is in the segment now and was not before. */
    ENTERED,
    /** The customer was in the segment before and is not now. */
    LEFT
  }

  /** Validates. */
  public SegmentEvent {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(asOf, "asOf");
  }

  /**
   * The moves between two evaluations. A customer absent from {@code before} enters all its
   * segments; one absent from {@code after} leaves all of them. Sorted by customer, then left
   * before entered, then segment name.
   *
   * @param before segments per customer at the earlier evaluation
   * @param after segments per customer at the later evaluation
   * @param asOf the as-of date of the later evaluation
   * @return the events
   */
  public static List<SegmentEvent> diff(
      Map<CustomerId, ? extends Collection<String>> before,
      Map<CustomerId, ? extends Collection<String>> after,
      LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    Set<CustomerId> all = new TreeSet<>(before.keySet());
    all.addAll(after.keySet());
    List<SegmentEvent> out = new ArrayList<>();
    for (CustomerId id : all) {
      Set<String> was = new TreeSet<>(before.containsKey(id) ? before.get(id) : Set.of());
      Set<String> is = new TreeSet<>(after.containsKey(id) ? after.get(id) : Set.of());
      for (String s : was) {
        if (!is.contains(s)) {
          out.add(new SegmentEvent(id, s, Kind.LEFT, asOf));
        }
      }
      for (String s : is) {
        if (!was.contains(s)) {
          out.add(new SegmentEvent(id, s, Kind.ENTERED, asOf));
        }
      }
    }
    return out;
  }
}
