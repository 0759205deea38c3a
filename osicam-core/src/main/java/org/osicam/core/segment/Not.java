package org.osicam.core.segment;

import java.util.Objects;

/** The sub-rule does not hold. */
record Not(Rule rule) implements Rule {
  Not {
    Objects.requireNonNull(rule, "rule");
  }

  @Override
  public String toString() {
    return "not " + rule;
  }
}
