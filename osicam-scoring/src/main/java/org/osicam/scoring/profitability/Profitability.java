package org.osicam.scoring.profitability;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.osicam.core.InvalidDataException;
import org.osicam.core.model.Channel;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.Direction;
import org.osicam.core.model.Interaction;
import org.osicam.core.model.InteractionStatus;
import org.osicam.core.model.Transaction;

/**
 * Computes each customer's P&amp;L from its own transactions and interactions (never from
 * averages).
 *
 * <ul>
 *   <li>Cost of goods, per transaction: its {@link Transaction#cost()} when given; else the sum of
 *       the unit costs of its items when every item has one ({@link Builder#productCost}); else
 *       {@code amount x (1 - margin rate)} when a margin rate is set; else an error naming the
 *       transaction.
 *   <li>Cost to serve, per interaction: the cost of its channel ({@link
 *       Builder#costPerInteraction}). An interaction counts when it is a real contact: not a
 *       control hold-out, not {@code PLANNED}, and either inbound or with status {@code DELIVERED}
 *       or {@code FAILED} (outcomes such as {@code OPENED} are later records of the same contact).
 *   <li>Acquisition cost: given per customer; charged once, in the period of the customer's first
 *       transaction (or first counted interaction when it has none).
 * </ul>
 *
 * <pre>{@code
 * Profitability p = Profitability.builder()
 *     .marginRate(0.35)
 *     .costPerInteraction(Channel.EMAIL, 0.02)
 *     .costPerInteraction(Channel.PHONE, 4.50)
 *     .build();
 * ProfitabilityReport report = p.compute(transactions, interactions, Map.of(id, 25.0));
 * report.customer(id).pnl().contributionMargin();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Profitability {
  private final @Nullable Double marginRate;
  private final Map<String, Double> productCosts;
  private final Map<Channel, Double> channelCosts;
  private final PeriodUnit period;

  private Profitability(Builder b) {
    this.marginRate = b.marginRate;
    this.productCosts = Map.copyOf(b.productCosts);
    this.channelCosts = new EnumMap<>(Channel.class);
    this.channelCosts.putAll(b.channelCosts);
    this.period = b.period == null ? PeriodUnit.MONTH : b.period;
  }

  /** Starts a configuration (no costs, monthly periods). */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Computes the P&amp;L of every customer that has a transaction, an interaction or an acquisition
   * cost.
   *
   * @param transactions the transactions, in one currency
   * @param interactions the interactions
   * @param acquisitionCosts acquisition cost per customer (non-negative, finite)
   * @return the report
   * @throws InvalidDataException if a transaction has no way to cost its goods, currencies differ,
   *     or an acquisition cost is negative
   */
  public ProfitabilityReport compute(
      Iterable<Transaction> transactions,
      Iterable<Interaction> interactions,
      Map<CustomerId, Double> acquisitionCosts) {
    Map<CustomerId, Pnl> total = new TreeMap<>();
    Map<CustomerId, Map<LocalDate, Pnl>> byPeriod = new TreeMap<>();
    Map<CustomerId, LocalDate> firstActivity = new HashMap<>();
    @Nullable String currency = null;
    for (Transaction t : transactions) {
      if (currency == null) {
        currency = t.currency();
      } else if (!currency.equals(t.currency())) {
        throw new InvalidDataException(
            "transaction " + t.id() + " currency",
            "the same as the other transactions (" + currency + ")",
            t.currency());
      }
      double revenue = t.amount().doubleValue();
      double cogs = costOfGoods(t);
      LocalDate day = LocalDate.ofInstant(t.timestamp(), ZoneOffset.UTC);
      add(total, byPeriod, t.customerId(), day, new Pnl(revenue, cogs, 0, 0, 1, 0));
      firstActivity.merge(t.customerId(), day, (a, b) -> a.isBefore(b) ? a : b);
    }
    Map<CustomerId, LocalDate> firstContact = new HashMap<>();
    for (Interaction i : interactions) {
      if (!counts(i)) {
        continue;
      }
      double cost = channelCosts.getOrDefault(i.channel(), 0.0);
      LocalDate day = LocalDate.ofInstant(i.timestamp(), ZoneOffset.UTC);
      add(total, byPeriod, i.customerId(), day, new Pnl(0, 0, cost, 0, 0, 1));
      firstContact.merge(i.customerId(), day, (a, b) -> a.isBefore(b) ? a : b);
    }
    for (Map.Entry<CustomerId, Double> e : acquisitionCosts.entrySet()) {
      double cost = e.getValue();
      if (!Double.isFinite(cost) || cost < 0) {
        throw new InvalidDataException(
            "acquisition cost of " + e.getKey(), "finite and >= 0", Double.toString(cost));
      }
      LocalDate day = firstActivity.getOrDefault(e.getKey(), firstContact.get(e.getKey()));
      Pnl p = new Pnl(0, 0, 0, cost, 0, 0);
      total.merge(e.getKey(), p, Pnl::plus);
      if (day != null) {
        byPeriod
            .computeIfAbsent(e.getKey(), k -> new TreeMap<>())
            .merge(period.start(day), p, Pnl::plus);
      }
    }
    return new ProfitabilityReport(total, byPeriod, period);
  }

  private void add(
      Map<CustomerId, Pnl> total,
      Map<CustomerId, Map<LocalDate, Pnl>> byPeriod,
      CustomerId id,
      LocalDate day,
      Pnl p) {
    total.merge(id, p, Pnl::plus);
    byPeriod.computeIfAbsent(id, k -> new TreeMap<>()).merge(period.start(day), p, Pnl::plus);
  }

  static boolean counts(Interaction i) {
    if (i.control() || i.status() == InteractionStatus.PLANNED) {
      return false;
    }
    return i.direction() == Direction.INBOUND
        || i.status() == InteractionStatus.DELIVERED
        || i.status() == InteractionStatus.FAILED;
  }

  private double costOfGoods(Transaction t) {
    BigDecimal cost = t.cost();
    if (cost != null) {
      return cost.doubleValue();
    }
    if (!t.items().isEmpty()) {
      double sum = 0;
      boolean all = true;
      for (String item : t.items()) {
        Double c = productCosts.get(item);
        if (c == null) {
          all = false;
          break;
        }
        sum += c;
      }
      if (all) {
        return sum;
      }
    }
    if (marginRate != null) {
      return t.amount().doubleValue() * (1 - marginRate);
    }
    throw new InvalidDataException(
        "transaction " + t.id() + " cost of goods",
        "known: give Transaction.cost, a product cost for every item, or a margin rate",
        "unknown");
  }

  /** Builds a {@link Profitability}; not thread-safe. */
  public static final class Builder {
    private @Nullable Double marginRate;
    private final Map<String, Double> productCosts = new HashMap<>();
    private final Map<Channel, Double> channelCosts = new EnumMap<>(Channel.class);
    private @Nullable PeriodUnit period;

    private Builder() {}

    /**
     * Sets the gross margin rate used when a transaction has no cost and not every item has one.
     *
     * @param rate margin as a share of revenue, in [0, 1]
     * @return this builder
     * @throws IllegalArgumentException if out of range
     * @throws IllegalStateException if already set
     */
    public Builder marginRate(double rate) {
      if (!(rate >= 0 && rate <= 1)) {
        throw new IllegalArgumentException("marginRate must be in [0, 1], was " + rate);
      }
      if (marginRate != null) {
        throw new IllegalStateException("marginRate is already set");
      }
      marginRate = rate;
      return this;
    }

    /**
     * Sets the unit cost of a product (an item id of {@link Transaction#items()}).
     *
     * @param productId the item id
     * @param unitCost finite, non-negative cost
     * @return this builder
     * @throws IllegalStateException if already set for this product
     */
    public Builder productCost(String productId, double unitCost) {
      Objects.requireNonNull(productId, "productId");
      nonNegative("productCost", unitCost);
      if (productCosts.putIfAbsent(productId, unitCost) != null) {
        throw new IllegalStateException("productCost of '" + productId + "' is already set");
      }
      return this;
    }

    /**
     * Sets the cost of one contact on a channel.
     *
     * @param channel the channel
     * @param cost finite, non-negative cost per counted interaction
     * @return this builder
     * @throws IllegalStateException if already set for this channel
     */
    public Builder costPerInteraction(Channel channel, double cost) {
      Objects.requireNonNull(channel, "channel");
      nonNegative("costPerInteraction", cost);
      if (channelCosts.putIfAbsent(channel, cost) != null) {
        throw new IllegalStateException(
            "costPerInteraction of " + channel.key() + " is already set");
      }
      return this;
    }

    /**
     * Sets the period of the per-period P&amp;L (default month).
     *
     * @param unit the period
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder period(PeriodUnit unit) {
      Objects.requireNonNull(unit, "unit");
      if (period != null) {
        throw new IllegalStateException("period is already set");
      }
      period = unit;
      return this;
    }

    private static void nonNegative(String name, double v) {
      if (!Double.isFinite(v) || v < 0) {
        throw new IllegalArgumentException(name + " must be finite and >= 0, was " + v);
      }
    }

    /** Returns the configuration. */
    public Profitability build() {
      return new Profitability(this);
    }
  }
}
