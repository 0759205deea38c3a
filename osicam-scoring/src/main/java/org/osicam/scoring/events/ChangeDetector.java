package org.osicam.scoring.events;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.osicam.core.event.CustomerEvent;
import org.osicam.core.event.EventType;
import org.osicam.core.model.ScoreKey;
import org.osicam.scoring.internal.SetOnce;

/**
 * Detects behaviour-change events in each customer's own history. Immutable and thread-safe; build
 * one with {@link BehaviourChange#detector()}. Only purchases at or before the as-of date count.
 *
 * <ul>
 *   <li><b>Purchase-rhythm break</b> ({@link EventType#PURCHASE_RHYTHM_BREAK}, time = as-of): with
 *       at least {@code minRepeatPurchases} gaps between purchases, mean gap m and current gap c
 *       (as-of minus last purchase), the probability of a gap at least c under the customer's own
 *       rhythm is {@code exp(-c / m)} (exponential inter-purchase times, the Poisson purchasing of
 *       the NBD-family models); an event is raised when it is below {@code rhythmBreakProbability}.
 *       When a P(alive) source is set, an event is also raised when P(alive) is below its
 *       threshold. Evidence: {@code currentGapDays, meanGapDays, longestGapDays, repeatPurchases,
 *       probability} and {@code pAlive, pAliveThreshold}; label {@code trigger} = {@code
 *       own-rhythm}, {@code p-alive} or both.
 *   <li><b>Spend shift</b> ({@link EventType#SPEND_SHIFT}, time = last purchase): the purchases
 *       within the window before as-of against the earlier ones; raised when the relative change of
 *       the mean amount reaches {@code minRelativeChange} and Welch's t statistic reaches {@code
 *       minWelchT} in absolute value (when both groups have no spread, the relative change alone
 *       decides). Evidence: {@code recentMean, baselineMean, relativeChange, recentPurchases,
 *       baselinePurchases, welchT}; label {@code direction} = {@code up} or {@code down}.
 *   <li><b>Score crossing</b> ({@link EventType#SCORE_CROSSED}, time = as-of): a score's previous
 *       and current values lie on both sides of a threshold (below = less than the threshold).
 *       Evidence: {@code previous, current, threshold}; labels {@code score, direction}.
 *   <li><b>Segment move</b> ({@link EventType#SEGMENT_MOVE}, time = as-of): the segment labels
 *       before and after are both known and differ. Labels {@code from, to}.
 *   <li><b>External events</b> of the history at or before the as-of date are passed through.
 * </ul>
 *
 * <pre>{@code
 * ChangeDetector detector = BehaviourChange.detector()
 *     .aliveProbability(AliveProbability.fromScore(ScoreKey.of("clv.p_alive")), 0.3)
 *     .scoreCrossing(ScoreKey.of("clv.value"), 500, Crossing.DOWNWARD)
 *     .build();
 * CustomerHistory history = CustomerHistory.builder(customerId)
 *     .transactions(transactions)
 *     .score(ScoreKey.of("clv.value"), 620, 480)      // previous, current
 *     .build();
 * List<CustomerEvent> events = detector.detect(history, asOf);
 * }</pre>
 */
public final class ChangeDetector {
  private static final double DAY = 86_400.0;

  private final double rhythmBreakProbability;
  private final int minRepeatPurchases;
  private final @Nullable AliveProbability alive;
  private final double aliveThreshold;
  private final @Nullable Duration spendWindow;
  private final double minRelativeChange;
  private final double minWelchT;
  private final int minBaselinePurchases;
  private final int minRecentPurchases;
  private final List<ScoreRule> scoreRules;

  private record ScoreRule(ScoreKey key, double threshold, Crossing crossing) {}

  private ChangeDetector(Builder b) {
    this.rhythmBreakProbability = b.rhythmBreakProbability;
    this.minRepeatPurchases = b.minRepeatPurchases;
    this.alive = b.alive;
    this.aliveThreshold = b.aliveThreshold;
    this.spendWindow = b.spendWindow;
    this.minRelativeChange = b.minRelativeChange;
    this.minWelchT = b.minWelchT;
    this.minBaselinePurchases = b.minBaselinePurchases;
    this.minRecentPurchases = b.minRecentPurchases;
    this.scoreRules = List.copyOf(b.scoreRules);
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * The events of one customer at {@code asOf}, in time order.
   *
   * @param history the customer's history
   * @param asOf the evaluation date
   * @return the events (may be empty)
   */
  public List<CustomerEvent> detect(CustomerHistory history, Instant asOf) {
    List<CustomerEvent> out = new ArrayList<>(2);
    detect(history, asOf, out::add);
    if (out.size() > 1) {
      out.sort(Comparator.comparing(CustomerEvent::time).thenComparing(CustomerEvent::type));
    }
    return out;
  }

  /**
   * The events of many customers at {@code asOf}, streamed to a consumer customer by customer; one
   * customer's events come in detection order, not sorted by time (use {@link
   * #detect(CustomerHistory, Instant)} for a sorted list).
   *
   * @param histories the customers' histories
   * @param asOf the evaluation date
   * @param sink receives every event
   * @return the number of events
   */
  public long detectAll(
      Iterable<CustomerHistory> histories, Instant asOf, Consumer<CustomerEvent> sink) {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(sink, "sink");
    long[] count = {0};
    Consumer<CustomerEvent> counting =
        e -> {
          count[0]++;
          sink.accept(e);
        };
    for (CustomerHistory h : histories) {
      detect(h, asOf, counting);
    }
    return count[0];
  }

  private void detect(CustomerHistory h, Instant asOf, Consumer<CustomerEvent> sink) {
    Objects.requireNonNull(h, "history");
    long now = asOf.getEpochSecond();
    long[] t = h.times();
    int n = upTo(t, now);
    rhythm(h, asOf, t, n, now, sink);
    if (spendWindow != null) {
      spend(h, t, h.amounts(), n, now, spendWindow, sink);
    }
    scores(h, asOf, sink);
    String before = h.segmentBefore();
    String after = h.segmentAfter();
    if (before != null && after != null && !before.equals(after)) {
      sink.accept(
          CustomerEvent.builder(h.customerId(), EventType.SEGMENT_MOVE, asOf)
              .label("from", before)
              .label("to", after)
              .build());
    }
    for (CustomerEvent e : h.externalEvents()) {
      if (!e.time().isAfter(asOf)) {
        sink.accept(e);
      }
    }
  }

  /** The number of purchases at or before {@code now}. */
  private static int upTo(long[] t, long now) {
    int lo = 0;
    int hi = t.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (t[mid] <= now) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private void rhythm(
      CustomerHistory h, Instant asOf, long[] t, int n, long now, Consumer<CustomerEvent> sink) {
    boolean ownRhythm = false;
    double currentGap = Double.NaN;
    double meanGap = Double.NaN;
    double longest = Double.NaN;
    double probability = Double.NaN;
    int gaps = n - 1;
    if (n >= 1) {
      currentGap = (now - t[n - 1]) / DAY;
      if (gaps >= minRepeatPurchases && gaps > 0) {
        meanGap = (t[n - 1] - t[0]) / DAY / gaps;
        long longestSeconds = 0;
        for (int i = 1; i < n; i++) {
          longestSeconds = Math.max(longestSeconds, t[i] - t[i - 1]);
        }
        longest = longestSeconds / DAY;
        probability = meanGap > 0 ? Math.exp(-currentGap / meanGap) : (currentGap > 0 ? 0.0 : 1.0);
        ownRhythm = probability < rhythmBreakProbability;
      }
    }
    boolean modelSaysGone = false;
    double pAlive = Double.NaN;
    AliveProbability source = alive;
    if (source != null) {
      OptionalDouble p = source.at(h, asOf);
      if (p.isPresent()) {
        pAlive = p.getAsDouble();
        modelSaysGone = pAlive < aliveThreshold;
      }
    }
    if (!ownRhythm && !modelSaysGone) {
      return;
    }
    CustomerEvent.Builder e =
        CustomerEvent.builder(h.customerId(), EventType.PURCHASE_RHYTHM_BREAK, asOf)
            .label(
                "trigger",
                ownRhythm && modelSaysGone
                    ? "own-rhythm,p-alive"
                    : ownRhythm ? "own-rhythm" : "p-alive");
    if (n >= 1) {
      e.evidence("currentGapDays", currentGap);
    }
    if (!Double.isNaN(probability)) {
      e.evidence("meanGapDays", meanGap)
          .evidence("longestGapDays", longest)
          .evidence("repeatPurchases", gaps)
          .evidence("probability", probability);
    }
    if (!Double.isNaN(pAlive)) {
      e.evidence("pAlive", pAlive).evidence("pAliveThreshold", aliveThreshold);
    }
    sink.accept(e.build());
  }

  private void spend(
      CustomerHistory h,
      long[] t,
      double[] amounts,
      int n,
      long now,
      Duration window,
      Consumer<CustomerEvent> sink) {
    long start = now - window.getSeconds();
    int firstRecent = upTo(t, start); // purchases at or before start are baseline
    int nb = firstRecent;
    int nr = n - firstRecent;
    if (nb < minBaselinePurchases || nr < minRecentPurchases) {
      return;
    }
    double mb = mean(amounts, 0, nb);
    double mr = mean(amounts, firstRecent, n);
    if (mb == 0) {
      return;
    }
    double relative = (mr - mb) / Math.abs(mb);
    if (Math.abs(relative) < minRelativeChange) {
      return;
    }
    double vb = variance(amounts, 0, nb, mb);
    double vr = variance(amounts, firstRecent, n, mr);
    double se = Math.sqrt(vb / nb + vr / nr);
    double welchT = se > 0 ? (mr - mb) / se : Double.NaN;
    if (se > 0 && Math.abs(welchT) < minWelchT) {
      return;
    }
    CustomerEvent.Builder e =
        CustomerEvent.builder(
                h.customerId(), EventType.SPEND_SHIFT, Instant.ofEpochSecond(t[n - 1]))
            .label("direction", mr > mb ? "up" : "down")
            .label("window", window.toString())
            .evidence("recentMean", mr)
            .evidence("baselineMean", mb)
            .evidence("relativeChange", relative)
            .evidence("recentPurchases", nr)
            .evidence("baselinePurchases", nb);
    if (se > 0) {
      e.evidence("welchT", welchT);
    }
    sink.accept(e.build());
  }

  private static double mean(double[] a, int from, int to) {
    double s = 0;
    for (int i = from; i < to; i++) {
      s += a[i];
    }
    return s / (to - from);
  }

  private static double variance(double[] a, int from, int to, double mean) {
    if (to - from < 2) {
      return 0;
    }
    double s = 0;
    for (int i = from; i < to; i++) {
      s += (a[i] - mean) * (a[i] - mean);
    }
    return s / (to - from - 1);
  }

  private void scores(CustomerHistory h, Instant asOf, Consumer<CustomerEvent> sink) {
    for (ScoreRule rule : scoreRules) {
      OptionalDouble prev = h.previousScore(rule.key());
      OptionalDouble cur = h.currentScore(rule.key());
      if (prev.isEmpty() || cur.isEmpty()) {
        continue;
      }
      double p = prev.getAsDouble();
      double c = cur.getAsDouble();
      boolean down = p >= rule.threshold() && c < rule.threshold();
      boolean up = p < rule.threshold() && c >= rule.threshold();
      if ((down && rule.crossing() != Crossing.UPWARD)
          || (up && rule.crossing() != Crossing.DOWNWARD)) {
        sink.accept(
            CustomerEvent.builder(h.customerId(), EventType.SCORE_CROSSED, asOf)
                .label("score", rule.key().name())
                .label("direction", down ? "downward" : "upward")
                .evidence("previous", p)
                .evidence("current", c)
                .evidence("threshold", rule.threshold())
                .build());
      }
    }
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "ChangeDetector[rhythm<%s after %d gaps, pAlive<%s, spend %s, %d score rules]",
        rhythmBreakProbability,
        minRepeatPurchases,
        alive == null ? "off" : Double.toString(aliveThreshold),
        spendWindow == null ? "off" : spendWindow.toString(),
        scoreRules.size());
  }

  /** Builds a {@link ChangeDetector}. Options may be set once; score crossings accumulate. */
  public static final class Builder {
    private double rhythmBreakProbability = 0.05;
    private int minRepeatPurchases = 3;
    private @Nullable AliveProbability alive;
    private double aliveThreshold;
    private @Nullable Duration spendWindow = Duration.ofDays(90);
    private double minRelativeChange = 0.5;
    private double minWelchT = 2.0;
    private int minBaselinePurchases = 3;
    private int minRecentPurchases = 2;
    private final List<ScoreRule> scoreRules = new ArrayList<>();
    private final SetOnce options = new SetOnce();

    private Builder() {}

    /**
     * A rhythm break is raised when a gap at least as long as the current one has a probability
     * below this under the customer's own rhythm (0 turns the own-rhythm test off).
     *
     * @param probability in [0, 1)
     * @param minRepeatPurchases the gaps needed to know the rhythm, at least 1
     * @return this builder
     */
    public Builder rhythmBreak(double probability, int minRepeatPurchases) {
      if (!(probability >= 0 && probability < 1)) {
        throw new IllegalArgumentException(
            "rhythm break probability must be in [0, 1), was " + probability);
      }
      if (minRepeatPurchases < 1) {
        throw new IllegalArgumentException(
            "minRepeatPurchases must be >= 1, was " + minRepeatPurchases);
      }
      options.check("rhythmBreak");
      this.rhythmBreakProbability = probability;
      this.minRepeatPurchases = minRepeatPurchases;
      return this;
    }

    /**
     * Like {@link #rhythmBreak(double, int)} with 3 repeat purchases.
     *
     * @param probability in [0, 1)
     * @return this builder
     */
    public Builder rhythmBreakProbability(double probability) {
      return rhythmBreak(probability, 3);
    }

    /**
     * Also raises a rhythm break when P(alive) falls below a threshold.
     *
     * @param source P(alive) per customer (a fitted model, or a stored score)
     * @param threshold in (0, 1)
     * @return this builder
     */
    public Builder aliveProbability(AliveProbability source, double threshold) {
      Objects.requireNonNull(source, "source");
      if (!(threshold > 0 && threshold < 1)) {
        throw new IllegalArgumentException(
            "P(alive) threshold must be in (0, 1), was " + threshold);
      }
      options.check("aliveProbability");
      this.alive = source;
      this.aliveThreshold = threshold;
      return this;
    }

    /**
     * The spend-shift test.
     *
     * @param window the recent window before the as-of date, positive
     * @param minRelativeChange the least |recent mean / baseline mean − 1|, at least 0
     * @param minWelchT the least |Welch t|, at least 0
     * @return this builder
     */
    public Builder spendShift(Duration window, double minRelativeChange, double minWelchT) {
      Objects.requireNonNull(window, "window");
      if (window.isNegative() || window.isZero()) {
        throw new IllegalArgumentException("window must be positive, was " + window);
      }
      if (!(minRelativeChange >= 0) || !(minWelchT >= 0)) {
        throw new IllegalArgumentException(
            "minRelativeChange and minWelchT must be >= 0, was "
                + minRelativeChange
                + " and "
                + minWelchT);
      }
      options.check("spendShift");
      this.spendWindow = window;
      this.minRelativeChange = minRelativeChange;
      this.minWelchT = minWelchT;
      return this;
    }

    /**
     * Turns the spend-shift test off.
     *
     * @return this builder
     */
    public Builder noSpendShift() {
      options.check("spendShift");
      this.spendWindow = null;
      return this;
    }

    /**
     * Raises an event when a score crosses a threshold (may be called for several scores).
     *
     * @param key the score key
     * @param threshold the threshold, finite
     * @param crossing which direction counts
     * @return this builder
     */
    public Builder scoreCrossing(ScoreKey key, double threshold, Crossing crossing) {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(crossing, "crossing");
      if (!Double.isFinite(threshold)) {
        throw new IllegalArgumentException("threshold must be finite, was " + threshold);
      }
      scoreRules.add(new ScoreRule(key, threshold, crossing));
      return this;
    }

    /**
     * Builds the detector.
     *
     * @return the detector
     */
    public ChangeDetector build() {
      return new ChangeDetector(this);
    }
  }
}
