package org.osicam.core.interact;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The result of batch planning: one decision per customer, in input order, and the totals.
 *
 * <pre>{@code
 * Plan plan = planner.plan(customers, asOf);
 * System.out.println(plan.contacts() + " contacts, " + plan.controls() + " control");
 * }</pre>
 */
public final class Plan {
  private final List<Decision> decisions;
  private final long contacts;
  private final long controls;
  private final Map<RefusalRule, Long> refused;

  Plan(List<Decision> decisions) {
    this.decisions = Collections.unmodifiableList(decisions);
    long contact = 0;
    long control = 0;
    Map<RefusalRule, Long> counts = new EnumMap<>(RefusalRule.class);
    for (RefusalRule r : RefusalRule.values()) {
      counts.put(r, 0L);
    }
    long[] perRule = new long[RefusalRule.values().length];
    for (Decision d : decisions) {
      if (d.contact()) {
        contact++;
      } else if (d.control()) {
        control++;
      }
      // one per refused (action, rule) pair, as in Decision#refusedPairs()
      int mask = 0xFFFF | 7 << 19;
      for (int i = 0; i < d.rawRefusalCount(); i++) {
        int key = d.rawRefusal(i) & mask;
        boolean seen = false;
        for (int j = 0; j < i && !seen; j++) {
          seen = (d.rawRefusal(j) & mask) == key;
        }
        if (!seen) {
          perRule[PolicyEngine.codeRule(key).ordinal()]++;
        }
      }
    }
    for (RefusalRule r : RefusalRule.values()) {
      counts.put(r, perRule[r.ordinal()]);
    }
    this.contacts = contact;
    this.controls = control;
    this.refused = Collections.unmodifiableMap(counts);
  }

  /** The decisions, in the order the customers were given. */
  public List<Decision> decisions() {
    return decisions;
  }

  /** The number of customers. */
  public int size() {
    return decisions.size();
  }

  /** Customers to contact (an action chosen, not control). */
  public long contacts() {
    return contacts;
  }

  /** Customers held out as control (of their chosen action, or globally). */
  public long controls() {
    return controls;
  }

  /**
   * Refusals per rule: the number of refused (customer, action) pairs, as in {@link
   * Decision#refusedPairs()}.
   */
  public Map<RefusalRule, Long> refused() {
    return refused;
  }
}
