package org.osicam.core.segment;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Why a customer is (or is not) in a segment: the segment's name, the outcome, and every condition
 * of its rule with the customer's value and whether it held.
 *
 * <p>Obtained from {@link Membership#explanations()}, {@link SegmentMap#explain} and {@link
 * TagSet#explain}.
 *
 * @param segment the segment name
 * @param matched whether the rule held
 * @param checks each condition, in rule order
 */
public record Explanation(String segment, boolean matched, List<Check> checks) {

  /** Validates and copies. */
  public Explanation {
    Objects.requireNonNull(segment, "segment");
    checks = List.copyOf(checks);
  }

  /**
   * One condition as evaluated for one customer.
   *
   * @param condition the condition as text, e.g. {@code score(rfm.r) between 4 and 5}
   * @param value the customer's value as text, or {@code null} when missing
   * @param passed whether it held
   */
  public record Check(String condition, @Nullable String value, boolean passed) {
    /** Validates. */
    public Check {
      Objects.requireNonNull(condition, "condition");
    }

    @Override
    public String toString() {
      return condition
          + " ["
          + (value == null ? "missing" : value)
          + "] "
          + (passed ? "yes" : "no");
    }
  }

  @Override
  public String toString() {
    return segment
        + (matched ? " matched: " : " not matched: ")
        + checks.stream().map(Check::toString).collect(Collectors.joining("; "));
  }
}
