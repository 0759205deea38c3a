package org.osicam.core.interact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import org.osicam.core.model.Channel;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.Interaction;
import org.osicam.core.model.Purpose;

/**
 * The decision for one customer: the chosen action and channel (or none), whether the customer is
 * held out as control, the expected value, why it was chosen, and every action that was ruled out
 * with the rule that refused it. Immutable and thread-safe once returned.
 *
 * <pre>{@code
 * Decision d = decider.decide(CustomerId.of("C1"));
 * if (d.contact()) {
 *   send(d.actionId().orElseThrow(), d.channel().orElseThrow());
 * }
 * log.info("{}", d.reason());          // ids and rule names only
 * }</pre>
 */
public final class Decision {
  private static final int[] NONE = new int[0];
  private static final double[] NO_VALUES = new double[0];

  private final PolicyEngine engine;
  private final CustomerId customerId;
  private final String decisionIdPrefix;
  private final long sequence;
  private final int[] candidates; // action | channel << 16, best first
  private final double[] values; // expected value before cost, same order
  private final int nonPositive;
  private int[] refusals;
  private int chosen;
  private boolean control;
  private boolean holdout;
  private int capacityRefusals;
  private @Nullable Interaction recorded;

  Decision(
      PolicyEngine engine,
      CustomerId customerId,
      PolicyEngine.Scratch s,
      String decisionIdPrefix,
      long sequence) {
    this.engine = engine;
    this.customerId = customerId;
    this.decisionIdPrefix = decisionIdPrefix;
    this.sequence = sequence;
    int n = s.candCount;
    if (n == 0) {
      candidates = NONE;
      values = NO_VALUES;
    } else {
      // insertion sort by net value descending, then catalogue order (n is small)
      int[] order = new int[n];
      for (int i = 0; i < n; i++) {
        int j = i;
        while (j > 0 && before(s, i, order[j - 1])) {
          order[j] = order[j - 1];
          j--;
        }
        order[j] = i;
      }
      candidates = new int[n];
      values = new double[n];
      for (int i = 0; i < n; i++) {
        int k = order[i];
        candidates[i] = s.candAction[k] | s.candChannel[k] << 16;
        values[i] = s.candValue[k];
      }
    }
    refusals = s.refusalCount == 0 ? NONE : Arrays.copyOf(s.refusals, s.refusalCount);
    nonPositive = s.nonPositive;
    chosen = -1;
  }

  private static boolean before(PolicyEngine.Scratch s, int x, int y) {
    int c = Double.compare(s.candNet[y], s.candNet[x]);
    return c != 0 ? c < 0 : s.candAction[x] < s.candAction[y];
  }

  // ---- planning steps (package-private; called before the decision is published) -------------

  int candidateCount() {
    return candidates.length;
  }

  int candidateAction(int i) {
    return candidates[i] & 0xFFFF;
  }

  int candidateChannel(int i) {
    return candidates[i] >>> 16;
  }

  double candidateNet(int i) {
    return values[i] - engine.cost[candidateAction(i)];
  }

  void choose(int i) {
    chosen = i;
    int a = candidateAction(i);
    holdout = engine.holdout(customerId.value());
    control = holdout || engine.control(customerId.value(), a);
  }

  /** Whether the candidate would be held out (control or global hold-out). */
  boolean wouldBeControl(int i) {
    return engine.holdout(customerId.value())
        || engine.control(customerId.value(), candidateAction(i));
  }

  void refuseForCapacity(int i) {
    refusals = Arrays.copyOf(refusals, refusals.length + 1);
    refusals[refusals.length - 1] =
        PolicyEngine.code(candidateAction(i), candidateChannel(i), RefusalRule.CAPACITY, 0);
    capacityRefusals++;
  }

  /** Marks the contact as recorded with the decision; before the decision is published. */
  void recorded(Interaction contact) {
    recorded = contact;
  }

  // ---- API ------------------------------------------------------------------------------------

  /** The customer. */
  public CustomerId customerId() {
    return customerId;
  }

  /** A deterministic id tying later interactions and outcomes to this decision. */
  public String decisionId() {
    return sequence < 0
        ? decisionIdPrefix + customerId.value()
        : decisionIdPrefix + customerId.value() + ":" + sequence;
  }

  /** The chosen action, or empty when nothing is proposed. */
  public Optional<String> actionId() {
    return chosen < 0 ? Optional.empty() : Optional.of(engine.actionIds[candidateAction(chosen)]);
  }

  /** The chosen action, or empty. */
  public Optional<Action> action() {
    return chosen < 0 ? Optional.empty() : Optional.of(engine.actions[candidateAction(chosen)]);
  }

  /** The channel of the chosen action, or empty. */
  public Optional<Channel> channel() {
    return chosen < 0 ? Optional.empty() : Optional.of(Channel.values()[candidateChannel(chosen)]);
  }

  /** The purpose of the chosen action, or empty. */
  public Optional<Purpose> purpose() {
    return action().map(Action::purpose);
  }

  /**
   * Whether the customer is held out as control for the chosen action (or in the global hold-out):
   * he is not contacted, and serves to measure the action's uplift.
   */
  public boolean control() {
    return control;
  }

  /** Whether the customer is in the global hold-out (then also {@link #control()}). */
  public boolean holdout() {
    return holdout;
  }

  /** Whether the customer is to be contacted: an action was chosen and he is not control. */
  public boolean contact() {
    return chosen >= 0 && !control;
  }

  /**
   * The delivered contact written to the knowledge base together with this decision by {@link
   * Decider#decideAndRecord}, or empty (no contact, or a decision of {@link Decider#decide} or of a
   * plan, whose contact the host records once sent).
   */
  public Optional<Interaction> recorded() {
    return Optional.ofNullable(recorded);
  }

  /** The expected value of the chosen action for this customer, before cost; empty when none. */
  public OptionalDouble expectedValue() {
    return chosen < 0 ? OptionalDouble.empty() : OptionalDouble.of(values[chosen]);
  }

  /** The expected value net of the contact cost (what arbitration maximises); empty when none. */
  public OptionalDouble netValue() {
    return chosen < 0 ? OptionalDouble.empty() : OptionalDouble.of(candidateNet(chosen));
  }

  /** Every action ruled out, in catalogue order, with the rule that refused it. */
  public List<Refusal> refusals() {
    List<Refusal> out = new ArrayList<>(refusals.length);
    for (int code : refusals) {
      out.add(
          new Refusal(
              engine.actionIds[PolicyEngine.codeAction(code)],
              PolicyEngine.codeChannel(code),
              PolicyEngine.codeRule(code),
              engine.detail(code)));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The refused actions as {@code action:rule} pairs (each pair once, in catalogue order), as in
   * the {@code refused} column of {@code osicam plan}.
   */
  public List<String> refusedPairs() {
    List<String> out = new ArrayList<>(refusals.length);
    for (int code : refusals) {
      String p =
          engine.actionIds[PolicyEngine.codeAction(code)] + ":" + PolicyEngine.codeRule(code).key();
      if (!out.contains(p)) {
        out.add(p);
      }
    }
    return out;
  }

  /** How many refusals each rule made (one per action and channel tried). */
  public Map<RefusalRule, Integer> refusalCounts() {
    Map<RefusalRule, Integer> m = new EnumMap<>(RefusalRule.class);
    for (int code : refusals) {
      m.merge(PolicyEngine.codeRule(code), 1, Integer::sum);
    }
    return m;
  }

  int rawRefusalCount() {
    return refusals.length;
  }

  int rawRefusal(int i) {
    return refusals[i];
  }

  /** Why this action was chosen, or why none was (rule names, numbers and action ids only). */
  public String reason() {
    if (chosen < 0) {
      if (engine.actions.length == 0) {
        return "no action in the catalogue";
      }
      if (nonPositive > 0 && refusals.length == capacityRefusals) {
        return "no marketing action with a positive net value";
      }
      StringJoiner j =
          new StringJoiner(", ", "no action left; refused by ", "").setEmptyValue("no action left");
      refusalCounts().forEach((rule, n) -> j.add(rule.key() + " (" + n + ")"));
      return nonPositive > 0 ? j + "; not worth it (" + nonPositive + ")" : j.toString();
    }
    int a = candidateAction(chosen);
    StringBuilder sb = new StringBuilder();
    sb.append("highest net value ")
        .append(Numbers.format(candidateNet(chosen)))
        .append(" (value ")
        .append(Numbers.format(values[chosen]))
        .append(" - cost ")
        .append(Numbers.format(engine.cost[a]))
        .append(") of ")
        .append(candidates.length)
        .append(candidates.length == 1 ? " candidate" : " candidates")
        .append(" on ")
        .append(Channel.values()[candidateChannel(chosen)].key());
    if (capacityRefusals > 0) {
      sb.append("; ").append(capacityRefusals).append(" better lost capacity");
    }
    if (holdout) {
      sb.append("; global hold-out");
    } else if (control) {
      sb.append("; control group (share ")
          .append(Numbers.format(engine.controlShare[a]))
          .append(")");
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return "Decision["
        + customerId.value()
        + " -> "
        + actionId().orElse("none")
        + (control ? " (control)" : "")
        + "]";
  }
}
