package org.osicam.metrics.uplift;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.osicam.core.InvalidDataException;
import org.osicam.metrics.MetricAccumulator;
import org.osicam.metrics.internal.Checks;

/**
 * Accumulates one outcome per customer of an experiment. Mutable and not thread-safe. Obtain from
 * {@link Uplift#accumulator()}.
 *
 * <pre>{@code
 * UpliftAccumulator campaign = Uplift.accumulator();
 * campaign.add(Group.TREATMENT, true, 80.0);                  // converted, revenue
 * campaign.add(Group.TREATMENT, false, 0.0);
 * campaign.add(Group.CONTROL, false, 0.0);
 * campaign.addCost(1500);
 * UpliftResult result = campaign.snapshot();
 * }</pre>
 */
public final class UpliftAccumulator implements MetricAccumulator<UpliftAccumulator, UpliftResult> {
  private final long[] n = new long[2];
  private final long[] conversions = new long[2];
  private final double[] revenue = new double[2];
  private final double[] squares = new double[2];
  private double cost;

  UpliftAccumulator() {}

  /**
   * Adds one customer's outcome.
   *
   * @param group treatment or control
   * @param converted whether the customer converted
   * @param customerRevenue revenue from the customer in the measurement window (0 when none)
   * @return this accumulator
   * @throws InvalidDataException if the revenue is not finite
   */
  public UpliftAccumulator add(Group group, boolean converted, double customerRevenue) {
    Objects.requireNonNull(group, "group");
    if (!Double.isFinite(customerRevenue)) {
      throw new InvalidDataException("revenue", "a finite number", "" + customerRevenue);
    }
    int g = group.ordinal();
    n[g]++;
    if (converted) {
      conversions[g]++;
    }
    revenue[g] += customerRevenue;
    squares[g] += customerRevenue * customerRevenue;
    return this;
  }

  /**
   * Adds one customer's outcome without revenue.
   *
   * @param group treatment or control
   * @param converted whether the customer converted
   * @return this accumulator
   */
  public UpliftAccumulator add(Group group, boolean converted) {
    return add(group, converted, 0);
  }

  /**
   * Adds one outcome by group label.
   *
   * @param groupLabel {@code treatment} or {@code control}
   * @param converted whether the customer converted
   * @param customerRevenue revenue from the customer
   * @return this accumulator
   * @throws InvalidDataException if the label is neither
   */
  public UpliftAccumulator add(String groupLabel, boolean converted, double customerRevenue) {
    return add(Group.parse(groupLabel), converted, customerRevenue);
  }

  /**
   * Adds outcomes; on a bad one, those before it stay added and the message names its index.
   *
   * @param outcomes the outcomes
   * @return this accumulator
   * @throws InvalidDataException naming the index of the first bad outcome
   */
  public UpliftAccumulator addAll(List<Outcome> outcomes) {
    for (int i = 0; i < outcomes.size(); i++) {
      Outcome o = outcomes.get(i);
      try {
        add(o.group(), o.converted(), o.revenue());
      } catch (InvalidDataException e) {
        throw new InvalidDataException(
            e.field(),
            e.rule(),
            e.value(),
            String.format(Locale.ROOT, "outcome at index %d: %s", i, e.getMessage()));
      }
    }
    return this;
  }

  /**
   * Adds campaign cost (contact, incentive and production cost of the treatment).
   *
   * @param amount non-negative and finite
   * @return this accumulator
   * @throws InvalidDataException if negative or not finite
   */
  public UpliftAccumulator addCost(double amount) {
    cost += Checks.nonNegativeAmount("cost", amount);
    return this;
  }

  @Override
  public void merge(UpliftAccumulator other) {
    for (int g = 0; g < 2; g++) {
      n[g] += other.n[g];
      conversions[g] += other.conversions[g];
      revenue[g] += other.revenue[g];
      squares[g] += other.squares[g];
    }
    cost += other.cost;
  }

  @Override
  public long count() {
    return n[0] + n[1];
  }

  @Override
  public UpliftResult snapshot() {
    return new UpliftResult(summary(Group.TREATMENT), summary(Group.CONTROL), cost);
  }

  private GroupSummary summary(Group group) {
    int g = group.ordinal();
    return new GroupSummary(n[g], conversions[g], revenue[g], squares[g]);
  }

  /**
   * One customer's outcome, for {@link #addAll}. The group is a label so that bad labels are
   * reported with their index.
   *
   * @param group {@code treatment} or {@code control}
   * @param converted whether the customer converted
   * @param revenue revenue from the customer
   */
  public record Outcome(String group, boolean converted, double revenue) {
    /** Validates. */
    public Outcome {
      Objects.requireNonNull(group, "group");
    }
  }
}
