package org.osicam.core.segment;

import java.util.List;
import java.util.stream.Collectors;
import org.osicam.core.InvalidDataException;

/** All sub-rules hold. */
record And(List<Rule> rules) implements Rule {
  And {
    rules = List.copyOf(rules);
    if (rules.isEmpty()) {
      throw new InvalidDataException("rule and", "at least one sub-rule", "none");
    }
  }

  @Override
  public String toString() {
    return rules.stream().map(Rule::toString).collect(Collectors.joining(" and ", "(", ")"));
  }
}
