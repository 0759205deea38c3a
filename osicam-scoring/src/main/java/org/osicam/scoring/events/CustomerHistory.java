package org.osicam.scoring.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.osicam.core.InvalidDataException;
import org.osicam.core.event.CustomerEvent;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.ScoreKey;
import org.osicam.core.model.Transaction;

/**
 * What the detectors know of one customer: their purchases (time and amount, the detailed data,
 * never an average), score values at the previous and the current evaluation, the segment label
 * before and after, and external events reported by the host. Immutable.
 *
 * <pre>{@code
 * CustomerHistory h = CustomerHistory.builder(CustomerId.of("C1"))
 *     .transactions(transactionsOfC1)
 *     .score(ScoreKey.of("clv.p_alive"), 0.81, 0.34)
 *     .segment("Loyal", "At risk")
 *     .build();
 * }</pre>
 */
public final class CustomerHistory {
  private final CustomerId customerId;
  private final long[] times;
  private final double[] amounts;
  private final Map<ScoreKey, double[]> scores;
  private final @Nullable String segmentBefore;
  private final @Nullable String segmentAfter;
  private final List<CustomerEvent> external;

  private CustomerHistory(Builder b) {
    this.customerId = b.customerId;
    long[] t = Arrays.copyOf(b.times, b.size);
    double[] a = Arrays.copyOf(b.amounts, b.size);
    if (!sorted(t)) {
      Integer[] order = new Integer[b.size];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (x, y) -> Long.compare(t[x], t[y]));
      long[] t2 = new long[b.size];
      double[] a2 = new double[b.size];
      for (int i = 0; i < order.length; i++) {
        t2[i] = t[order[i]];
        a2[i] = a[order[i]];
      }
      this.times = t2;
      this.amounts = a2;
    } else {
      this.times = t;
      this.amounts = a;
    }
    this.scores = Collections.unmodifiableMap(new LinkedHashMap<>(b.scores));
    this.segmentBefore = b.segmentBefore;
    this.segmentAfter = b.segmentAfter;
    List<CustomerEvent> ext = new ArrayList<>(b.external);
    ext.sort((x, y) -> x.time().compareTo(y.time()));
    this.external = List.copyOf(ext);
  }

  private static boolean sorted(long[] t) {
    for (int i = 1; i < t.length; i++) {
      if (t[i] < t[i - 1]) {
        return false;
      }
    }
    return true;
  }

  /**
   * A builder for one customer's history.
   *
   * @param customerId the customer
   * @return the builder
   */
  public static Builder builder(CustomerId customerId) {
    return new Builder(customerId);
  }

  /** The customer. */
  public CustomerId customerId() {
    return customerId;
  }

  /** The number of purchases. */
  public int purchases() {
    return times.length;
  }

  /**
   * The time of a purchase (purchases are in time order).
   *
   * @param index 0-based
   * @return its time
   */
  public Instant purchaseTime(int index) {
    return Instant.ofEpochSecond(times[index]);
  }

  /**
   * The amount of a purchase.
   *
   * @param index 0-based
   * @return its amount
   */
  public double purchaseAmount(int index) {
    return amounts[index];
  }

  /**
   * A score's value at the previous evaluation.
   *
   * @param key the score key
   * @return the value, or empty when unknown
   */
  public OptionalDouble previousScore(ScoreKey key) {
    double[] v = scores.get(key);
    return v == null || Double.isNaN(v[0]) ? OptionalDouble.empty() : OptionalDouble.of(v[0]);
  }

  /**
   * A score's value at the current evaluation.
   *
   * @param key the score key
   * @return the value, or empty when unknown
   */
  public OptionalDouble currentScore(ScoreKey key) {
    double[] v = scores.get(key);
    return v == null || Double.isNaN(v[1]) ? OptionalDouble.empty() : OptionalDouble.of(v[1]);
  }

  /** The segment label at the previous evaluation, or {@code null} when unknown. */
  public @Nullable String segmentBefore() {
    return segmentBefore;
  }

  /** The segment label at the current evaluation, or {@code null} when unknown. */
  public @Nullable String segmentAfter() {
    return segmentAfter;
  }

  /** External events reported by the host, in time order. */
  public List<CustomerEvent> externalEvents() {
    return external;
  }

  long[] times() {
    return times;
  }

  double[] amounts() {
    return amounts;
  }

  /** Builds a {@link CustomerHistory}; not thread-safe. */
  public static final class Builder {
    private final CustomerId customerId;
    private long[] times = new long[8];
    private double[] amounts = new double[8];
    private int size;
    private final Map<ScoreKey, double[]> scores = new LinkedHashMap<>();
    private @Nullable String segmentBefore;
    private @Nullable String segmentAfter;
    private final List<CustomerEvent> external = new ArrayList<>();

    private Builder(CustomerId customerId) {
      this.customerId = Objects.requireNonNull(customerId, "customerId");
    }

    /**
     * Adds a purchase.
     *
     * @param time when
     * @param amount its value (finite; a refund may be negative)
     * @return this builder
     * @throws InvalidDataException if the amount is not finite
     */
    public Builder purchase(Instant time, double amount) {
      Objects.requireNonNull(time, "time");
      if (!Double.isFinite(amount)) {
        throw new InvalidDataException("purchase.amount", "finite", String.valueOf(amount));
      }
      if (size == times.length) {
        times = Arrays.copyOf(times, size * 2);
        amounts = Arrays.copyOf(amounts, size * 2);
      }
      times[size] = time.getEpochSecond();
      amounts[size] = amount;
      size++;
      return this;
    }

    /**
     * Adds the customer's transactions as purchases.
     *
     * @param transactions transactions of this customer
     * @return this builder
     * @throws InvalidDataException if a transaction belongs to another customer
     */
    public Builder transactions(Collection<Transaction> transactions) {
      for (Transaction t : transactions) {
        if (!t.customerId().equals(customerId)) {
          throw new InvalidDataException(
              "transaction.customerId", "the history's customer", InvalidDataException.redacted());
        }
        purchase(t.timestamp(), t.amount().doubleValue());
      }
      return this;
    }

    /**
     * Sets a score's previous and current values.
     *
     * @param key the score key
     * @param previous the value at the previous evaluation (NaN when unknown)
     * @param current the value at the current evaluation (NaN when unknown)
     * @return this builder
     * @throws InvalidDataException if a value is infinite
     */
    public Builder score(ScoreKey key, double previous, double current) {
      Objects.requireNonNull(key, "key");
      if (Double.isInfinite(previous) || Double.isInfinite(current)) {
        throw new InvalidDataException(
            "score." + key, "finite or NaN for unknown", previous + " -> " + current);
      }
      scores.put(key, new double[] {previous, current});
      return this;
    }

    /**
     * Sets a score's current value (the previous one unknown).
     *
     * @param key the score key
     * @param current the value
     * @return this builder
     */
    public Builder currentScore(ScoreKey key, double current) {
      return score(key, Double.NaN, current);
    }

    /**
     * Sets the segment labels before and after (from segment definitions evaluated at two dates, or
     * any host function).
     *
     * @param before the label at the previous evaluation, or {@code null}
     * @param after the label at the current evaluation, or {@code null}
     * @return this builder
     */
    public Builder segment(@Nullable String before, @Nullable String after) {
      this.segmentBefore = before;
      this.segmentAfter = after;
      return this;
    }

    /**
     * Adds an external event (life event, payment incident, claim, complaint).
     *
     * @param event an event of this customer with an external type
     * @return this builder
     * @throws InvalidDataException if the event is of another customer or not external
     */
    public Builder external(CustomerEvent event) {
      Objects.requireNonNull(event, "event");
      if (!event.customerId().equals(customerId)) {
        throw new InvalidDataException(
            "event.customerId", "the history's customer", InvalidDataException.redacted());
      }
      if (!event.type().external()) {
        throw new InvalidDataException("event.type", "an external type", event.type().name());
      }
      external.add(event);
      return this;
    }

    /**
     * Builds the history; the builder stays usable.
     *
     * @return the history
     */
    public CustomerHistory build() {
      return new CustomerHistory(this);
    }
  }
}
