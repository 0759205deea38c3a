package org.osicam.scoring.rfm;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.osicam.core.InvalidDataException;
import org.osicam.core.model.ScoreKey;

/**
 * RFM scoring: recency (days from the last order to the as-of date), frequency (number of orders)
 * and monetary value (total amount) per customer, each scored 1..bins. For recency the most recent
 * customers score highest. Orders dated after the as-of date are ignored (and counted in the
 * result), so a past date reproduces a past scoring.
 *
 * <pre>{@code
 * Rfm rfm = Rfm.builder().asOf(LocalDate.of(2006, 12, 31)).build();   // R rfm binning, 5 bins
 * RfmResult result = rfm.score(orders);
 * result.thresholds().r();                          // interior edges, e.g. [115, 181, 297.4, 482]
 * RfmSegmentation seg = result.segment(RfmSegmentMap.classic());
 * }</pre>
 *
 * <p>Immutable and thread-safe; scoring runs in the calling thread.
 */
public final class Rfm {

  /** Score key of the recency score (1..bins, higher = more recent). */
  public static final ScoreKey RECENCY_SCORE = ScoreKey.of("rfm.r");

  /** Score key of the frequency score. */
  public static final ScoreKey FREQUENCY_SCORE = ScoreKey.of("rfm.f");

  /** Score key of the monetary score. */
  public static final ScoreKey MONETARY_SCORE = ScoreKey.of("rfm.m");

  /** Score key of the RFM cell, {@code 100 R + 10 F + M}. */
  public static final ScoreKey CELL = ScoreKey.of("rfm.cell");

  /** Score key of the recency in days. */
  public static final ScoreKey RECENCY_DAYS = ScoreKey.of("rfm.recency_days");

  /** Score key of the number of orders. */
  public static final ScoreKey FREQUENCY = ScoreKey.of("rfm.frequency");

  /** Score key of the total amount. */
  public static final ScoreKey MONETARY = ScoreKey.of("rfm.monetary");

  private final LocalDate asOf;
  private final Binning recency;
  private final Binning frequency;
  private final Binning monetary;

  private Rfm(Builder b) {
    this.asOf = Objects.requireNonNull(b.asOf);
    Binning all = b.all == null ? Binning.quantiles(5) : b.all;
    this.recency = b.recency == null ? all : b.recency;
    this.frequency = b.frequency == null ? all : b.frequency;
    this.monetary = b.monetary == null ? all : b.monetary;
  }

  /** Starts a configuration: the as-of date is required; binning defaults to quantiles(5). */
  public static Builder builder() {
    return new Builder();
  }

  /** The as-of date. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The recency binning. */
  public Binning recencyBinning() {
    return recency;
  }

  /** The frequency binning. */
  public Binning frequencyBinning() {
    return frequency;
  }

  /** The monetary binning. */
  public Binning monetaryBinning() {
    return monetary;
  }

  /**
   * Scores customers from their orders: one pass to aggregate per customer, then binning.
   *
   * @param orders the orders
   * @return per-customer values, scores and the thresholds used
   * @throws IllegalStateException if there are no orders
   * @throws InvalidDataException if the as-of date is before every order
   */
  public RfmResult score(Orders orders) {
    int customers = orders.customers.size();
    int n = orders.size();
    if (n == 0) {
      throw new IllegalStateException("no orders: RFM needs at least one order");
    }
    int asOfDay = Math.toIntExact(asOf.toEpochDay());
    int[] last = new int[customers];
    Arrays.fill(last, Integer.MIN_VALUE);
    int[] count = new int[customers];
    double[] sum = new double[customers];
    int ignored = 0;
    int first = Integer.MAX_VALUE;
    int[] cust = orders.customer;
    int[] day = orders.day;
    double[] amount = orders.amount;
    for (int i = 0; i < n; i++) {
      int d = day[i];
      if (d < first) {
        first = d;
      }
      if (d > asOfDay) {
        ignored++;
        continue;
      }
      int c = cust[i];
      if (d > last[c]) {
        last[c] = d;
      }
      count[c]++;
      sum[c] += amount[i];
    }
    if (ignored == n) {
      throw new InvalidDataException(
          "asOf",
          "on or after the first order date (" + LocalDate.ofEpochDay(first) + ")",
          asOf.toString(),
          "asOf must be on or after the first order date ("
              + LocalDate.ofEpochDay(first)
              + "), was "
              + asOf
              + ": every order is later, so there is nothing to score");
    }
    int kept = 0;
    for (int c = 0; c < customers; c++) {
      if (count[c] > 0) {
        kept++;
      }
    }
    String[] ids = new String[kept];
    double[] r = new double[kept];
    double[] f = new double[kept];
    double[] m = new double[kept];
    int k = 0;
    for (int c = 0; c < customers; c++) {
      if (count[c] > 0) {
        ids[k] = orders.customers.get(c);
        r[k] = (double) asOfDay - last[c];
        f[k] = count[c];
        m[k] = sum[c];
        k++;
      }
    }
    return scoreValues(Arrays.asList(ids), r, f, m, ignored);
  }

  /**
   * Scores customers whose values are already aggregated (as R's {@code rfm_table_customer}).
   *
   * @param customerIds one id per customer, non-blank
   * @param recencyDays days since the last order, finite and non-negative
   * @param orderCounts number of orders, finite and non-negative
   * @param monetary total amount, finite
   * @return per-customer values, scores and the thresholds used
   * @throws IllegalStateException if there is no customer
   * @throws InvalidDataException naming the first bad value
   */
  public RfmResult scoreAggregated(
      List<String> customerIds, double[] recencyDays, double[] orderCounts, double[] monetary) {
    List<String> ids = List.copyOf(customerIds);
    int n = ids.size();
    if (recencyDays.length != n || orderCounts.length != n || monetary.length != n) {
      throw new InvalidDataException(
          "rfm arrays",
          "one value per customer (" + n + ")",
          recencyDays.length + ", " + orderCounts.length + ", " + monetary.length);
    }
    if (n == 0) {
      throw new IllegalStateException("no customers: RFM needs at least one");
    }
    for (int i = 0; i < n; i++) {
      check("recency_days", ids.get(i), recencyDays[i], true);
      check("frequency", ids.get(i), orderCounts[i], true);
      check("monetary", ids.get(i), monetary[i], false);
    }
    return scoreValues(ids, recencyDays.clone(), orderCounts.clone(), monetary.clone(), 0);
  }

  private static void check(String field, String id, double v, boolean nonNegative) {
    if (!Double.isFinite(v) || (nonNegative && v < 0)) {
      throw new InvalidDataException(
          field + " of customer " + id, nonNegative ? "finite and >= 0" : "finite", "" + v);
    }
  }

  private RfmResult scoreValues(List<String> ids, double[] r, double[] f, double[] m, int ignored) {
    int n = ids.size();
    byte[] rs = new byte[n];
    byte[] fs = new byte[n];
    byte[] ms = new byte[n];
    int[][] ranks = new int[1][];
    Supplier<int[]> idRanks =
        () -> {
          if (ranks[0] == null) {
            ranks[0] = Binning.idRanks(ids);
          }
          return ranks[0];
        };
    double[] rEdges = recency.apply(r, idRanks, rs);
    int rb = recency.bins();
    for (int i = 0; i < n; i++) {
      rs[i] = (byte) (rb + 1 - rs[i]);
    }
    double[] fEdges = frequency.apply(f, idRanks, fs);
    double[] mEdges = monetary.apply(m, idRanks, ms);
    RfmThresholds t = new RfmThresholds(list(rEdges), list(fEdges), list(mEdges));
    return new RfmResult(asOf, ids, r, f, m, rs, fs, ms, t, ignored);
  }

  private static List<Double> list(double[] a) {
    return Arrays.stream(a).boxed().toList();
  }

  @Override
  public String toString() {
    return "Rfm{asOf="
        + asOf
        + ", recency="
        + recency
        + ", frequency="
        + frequency
        + ", monetary="
        + monetary
        + "}";
  }

  /** Builds an {@link Rfm}; not thread-safe; each option may be set once. */
  public static final class Builder {
    private @Nullable LocalDate asOf;
    private @Nullable Binning all;
    private @Nullable Binning recency;
    private @Nullable Binning frequency;
    private @Nullable Binning monetary;

    private Builder() {}

    /**
     * Sets the as-of (analysis) date: recency is counted to it, later orders are ignored.
     *
     * @param date the date
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder asOf(LocalDate date) {
      Objects.requireNonNull(date, "date");
      if (asOf != null) {
        throw new IllegalStateException("asOf is already set");
      }
      asOf = date;
      return this;
    }

    /**
     * Sets the binning of all three dimensions (default {@code Binning.quantiles(5)}).
     *
     * @param binning the binning
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder binning(Binning binning) {
      all = once(all, binning, "binning");
      return this;
    }

    /**
     * Sets the recency binning, overriding {@link #binning}.
     *
     * @param binning the binning
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder recencyBinning(Binning binning) {
      recency = once(recency, binning, "recencyBinning");
      return this;
    }

    /**
     * Sets the frequency binning, overriding {@link #binning}.
     *
     * @param binning the binning
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder frequencyBinning(Binning binning) {
      frequency = once(frequency, binning, "frequencyBinning");
      return this;
    }

    /**
     * Sets the monetary binning, overriding {@link #binning}.
     *
     * @param binning the binning
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder monetaryBinning(Binning binning) {
      monetary = once(monetary, binning, "monetaryBinning");
      return this;
    }

    private static Binning once(@Nullable Binning current, Binning value, String name) {
      Objects.requireNonNull(value, name);
      if (current != null) {
        throw new IllegalStateException(name + " is already set");
      }
      return value;
    }

    /**
     * Returns the configuration.
     *
     * @return the RFM scorer
     * @throws IllegalStateException if the as-of date is not set
     */
    public Rfm build() {
      if (asOf == null) {
        throw new IllegalStateException("asOf is required: RFM is always computed as of a date");
      }
      return new Rfm(this);
    }
  }
}
