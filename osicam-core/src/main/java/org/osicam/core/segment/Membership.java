package org.osicam.core.segment;

import java.util.List;
import java.util.Objects;
import org.osicam.core.model.CustomerId;

/**
 * The segment a {@link SegmentMap} gives one customer, with the explanations of the rules it tried:
 * every earlier segment that did not match, then the one that did (none when the default label
 * applies).
 *
 * <pre>{@code
 * Membership m = map.assign(profile, EvaluationContext.asOf(LocalDate.of(2024, 5, 1)));
 * System.out.println(m.customerId() + " -> " + m.segment() + (m.byDefault() ? " (default)" : ""));
 * m.explanations().forEach(System.out::println);              // why each rule tried held or not
 * }</pre>
 *
 * @param customerId the customer
 * @param segment the segment name, or the map's default label
 * @param byDefault whether no rule matched and the default label applies
 * @param explanations the rules tried, in map order
 */
public record Membership(
    CustomerId customerId, String segment, boolean byDefault, List<Explanation> explanations) {
  /** Validates and copies. */
  public Membership {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(segment, "segment");
    explanations = List.copyOf(explanations);
  }
}
