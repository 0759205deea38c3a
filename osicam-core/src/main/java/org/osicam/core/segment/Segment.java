package org.osicam.core.segment;

import java.util.Objects;

/**
 * A named segment definition.
 *
 * <pre>{@code
 * Segment s = new Segment("active-fr", Rule.and(
 *     Rule.events("purchase", Period.ofDays(90)).ge(2),
 *     Rule.attribute("country").eq("FR")));
 * }</pre>
 *
 * @param name the segment name, non-blank
 * @param rule the membership rule
 */
public record Segment(String name, Rule rule) {
  /** Validates. */
  public Segment {
    Names.check(name, "segment");
    Objects.requireNonNull(rule, "rule");
  }
}
