package org.osicam.core.segment;

import java.util.List;
import java.util.stream.Collectors;
import org.osicam.core.InvalidDataException;

/** At least one sub-rule holds. */
record Or(List<Rule> rules) implements Rule {
  Or {
    rules = List.copyOf(rules);
    if (rules.isEmpty()) {
      throw new InvalidDataException("rule or", "at least one sub-rule", "none");
    }
  }

  @Override
  public String toString() {
    return rules.stream().map(Rule::toString).collect(Collectors.joining(" or ", "(", ")"));
  }
}
