package org.osicam.loop;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.osicam.core.ProgressListener;
import org.osicam.core.consolidation.Consolidation;
import org.osicam.core.consolidation.ConsolidationConfig;
import org.osicam.core.consolidation.Consolidator;
import org.osicam.core.interact.Collector;
import org.osicam.core.interact.CustomerState;
import org.osicam.core.interact.Decision;
import org.osicam.core.interact.InteractionPolicy;
import org.osicam.core.interact.Plan;
import org.osicam.core.kb.CustomerKnowledgeBase;
import org.osicam.core.kb.WriteBatch;
import org.osicam.core.model.Customer;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.Instrument;
import org.osicam.core.model.Interaction;
import org.osicam.core.model.InteractionStatus;
import org.osicam.core.model.Score;
import org.osicam.core.model.ScoreKey;
import org.osicam.core.model.SourceRecord;
import org.osicam.core.model.SurveyResponse;
import org.osicam.core.model.Transaction;
import org.osicam.core.segment.Assignment;
import org.osicam.core.segment.EvaluationContext;
import org.osicam.core.segment.ProfileTable;
import org.osicam.core.segment.SegmentMap;
import org.osicam.metrics.survey.Nps;
import org.osicam.metrics.survey.NpsAccumulator;
import org.osicam.metrics.survey.NpsResult;
import org.osicam.metrics.uplift.Group;
import org.osicam.metrics.uplift.Uplift;
import org.osicam.metrics.uplift.UpliftAccumulator;
import org.osicam.metrics.uplift.UpliftResult;
import org.osicam.scoring.clv.BgNbd;
import org.osicam.scoring.clv.CustomerSummaries;
import org.osicam.scoring.clv.GammaGamma;
import org.osicam.scoring.clv.Granularity;
import org.osicam.scoring.clv.Scores;
import org.osicam.scoring.clv.Summarizer;
import org.osicam.scoring.rfm.Orders;
import org.osicam.scoring.rfm.Rfm;
import org.osicam.scoring.rfm.RfmResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole OSICAM loop over one knowledge base: organise source records into golden customers,
 * score them (BG/NBD P(alive) and expected purchases, Gamma-Gamma spend, CLV, RFM), segment them,
 * plan a campaign, collect its outcomes, and measure uplift and NPS per segment.
 *
 * <p>Each step reads what the earlier steps wrote to the knowledge base, so a host can run them on
 * different schedules (nightly scoring, real-time collection). Each step is also available alone
 * through its own module ({@code Consolidator}, {@code BgNbd}, {@code Rfm}, {@code SegmentMap},
 * {@code InteractionPolicy}, {@code Uplift}, {@code Nps}). Thread safety: an instance holds no
 * mutable state of its own; steps are as thread-safe as the knowledge base (see {@link
 * CustomerKnowledgeBase}), but running two scoring steps at once is pointless.
 *
 * <pre>{@code
 * Osicam osicam = Osicam.builder().knowledgeBase(kb).build();
 * osicam.organise(sourceRecords);                    // golden customers + identity map
 * kb.apply(transactionsBatch);                       // purchases, keyed by golden ids
 * Osicam.Scored scored = osicam.score(asOf, 39, 0.0); // P(alive), CLV, RFM into the base
 * Assignment segments = osicam.segment(segmentMap, asOf);
 * Plan plan = osicam.plan(policy, asOf.atStartOfDay(ZoneOffset.UTC).toInstant());
 * Collector collector = osicam.collector();          // delivered, outcomes, unsubscribes
 * Map<String, UpliftResult> uplift = osicam.uplift(plan, osicam.segmentOf());
 * }</pre>
 */
public final class Osicam {
  private static final Logger LOG = LoggerFactory.getLogger(Osicam.class);

  /** P(alive) at the scoring date (BG/NBD). */
  public static final ScoreKey P_ALIVE = ScoreKey.of("clv.p_alive");

  /** Expected purchases over the scoring horizon (BG/NBD). */
  public static final ScoreKey EXPECTED_PURCHASES = ScoreKey.of("clv.expected_purchases");

  /** Customer lifetime value over the horizon (BG/NBD × Gamma-Gamma, discounted). */
  public static final ScoreKey CLV = ScoreKey.of("clv.value");

  /** Revenue observed up to the scoring date: the current value. */
  public static final ScoreKey REVENUE = ScoreKey.of("value.revenue");

  /** Repeat purchases in weeks before the scoring date (the summaries' frequency). */
  public static final ScoreKey FREQUENCY = ScoreKey.of("clv.frequency");

  /** Weeks since the last purchase at the scoring date. */
  public static final ScoreKey WEEKS_SINCE_LAST = ScoreKey.of("clv.weeks_since_last");

  /** The segment label (value = the segment's rank in its map). */
  public static final ScoreKey SEGMENT = ScoreKey.of("segment");

  private final CustomerKnowledgeBase kb;
  private final ConsolidationConfig consolidation;
  private final Clock clock;
  private final ProgressListener progress;

  private Osicam(Builder b) {
    this.kb = b.kb != null ? b.kb : CustomerKnowledgeBase.inMemory();
    this.consolidation = b.consolidation != null ? b.consolidation : ConsolidationConfig.defaults();
    this.clock = b.clock != null ? b.clock : Clock.systemUTC();
    this.progress = b.progress != null ? b.progress : ProgressListener.none();
  }

  /** Starts configuring the loop. */
  public static Builder builder() {
    return new Builder();
  }

  /** The knowledge base every step reads and writes. */
  public CustomerKnowledgeBase knowledgeBase() {
    return kb;
  }

  /**
   * Organise: consolidates source records into golden customers, writes them (with lineage, the
   * identity map and the source records) to the knowledge base, and registers the consolidation so
   * that an erasure also reaches its index.
   *
   * @param records source records from any number of systems
   * @return the consolidation (statistics, explanations, incremental matching)
   */
  public Consolidation organise(Collection<SourceRecord> records) {
    Consolidation result =
        Consolidator.builder()
            .config(consolidation)
            .clock(clock)
            .progress(progress)
            .build()
            .consolidate(records);
    result.writeTo(kb);
    kb.addErasureListener(result::erase);
    LOG.info(
        "organised {} records into {} customers",
        result.stats().records(),
        result.stats().customers());
    return result;
  }

  /**
   * What the scoring step produced.
   *
   * @param summaries per-customer summaries in weeks at the scoring date (customer ids set)
   * @param model the fitted BG/NBD model
   * @param spend the fitted Gamma-Gamma spend model
   * @param scores per-customer predictions, aligned with {@code summaries}
   * @param rfm RFM scores at the scoring date
   * @param horizonWeeks the prediction horizon
   */
  public record Scored(
      CustomerSummaries summaries,
      BgNbd model,
      GammaGamma spend,
      Scores scores,
      RfmResult rfm,
      double horizonWeeks) {}

  /**
   * Segment (value axes): summarises every customer's purchases up to {@code asOf} (weekly periods,
   * the {@code lifetimes} conventions), fits BG/NBD and Gamma-Gamma, scores P(alive), expected
   * purchases and CLV over {@code horizonWeeks}, computes RFM, and writes all of it to the
   * knowledge base as scores ({@link #P_ALIVE}, {@link #EXPECTED_PURCHASES}, {@link #CLV}, {@link
   * #REVENUE}, {@link #FREQUENCY}, {@link #WEEKS_SINCE_LAST} and the RFM keys).
   *
   * @param asOf the scoring date; purchases after it are ignored
   * @param horizonWeeks horizon of the predictions, in weeks
   * @param discountPerWeek discount rate per week for CLV (0 for none)
   * @return the fitted models and scores
   * @throws IllegalStateException if no customer has purchases up to {@code asOf}
   */
  public Scored score(LocalDate asOf, double horizonWeeks, double discountPerWeek) {
    Objects.requireNonNull(asOf, "asOf");
    List<String> ids = new ArrayList<>();
    List<Transaction> txs = new ArrayList<>();
    Instant end = asOf.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    kb.forEachTransaction(Instant.MIN, end, txs::add);
    if (txs.isEmpty()) {
      throw new IllegalStateException("no purchases up to " + asOf + " in the knowledge base");
    }
    long[] days = new long[txs.size()];
    double[] amounts = new double[txs.size()];
    Map<String, Double> revenue = new HashMap<>();
    for (int i = 0; i < txs.size(); i++) {
      Transaction t = txs.get(i);
      ids.add(t.customerId().value());
      days[i] = t.timestamp().atOffset(ZoneOffset.UTC).toLocalDate().toEpochDay();
      amounts[i] = t.amount().doubleValue();
      revenue.merge(t.customerId().value(), amounts[i], Double::sum);
    }
    progress.onProgress("summarize", 0, txs.size());
    CustomerSummaries summaries =
        Summarizer.builder()
            .observationEnd(asOf)
            .period(Granularity.DAY)
            .unit(Granularity.WEEK)
            .build()
            .summarize(ids.toArray(String[]::new), days, amounts);
    progress.onProgress("fit", 0, 2);
    BgNbd model = BgNbd.fitter().clock(clock).fit(summaries);
    GammaGamma spend = GammaGamma.fitter().clock(clock).fit(repeatBuyersWithSpend(summaries));
    progress.onProgress("fit", 2, 2);
    Scores scores = model.score(summaries, horizonWeeks, spend, discountPerWeek);
    RfmResult rfm = Rfm.builder().asOf(asOf).build().score(Orders.of(txs));

    Instant now = clock.instant();
    WriteBatch.Builder batch = WriteBatch.builder();
    for (int i = 0; i < summaries.size(); i++) {
      CustomerId id = CustomerId.of(summaries.customerId(i));
      batch.score(Score.of(id, P_ALIVE, scores.pAlive(i), now));
      batch.score(Score.of(id, EXPECTED_PURCHASES, scores.expectedPurchases(i), now));
      batch.score(Score.of(id, CLV, scores.clv(i), now));
      batch.score(Score.of(id, REVENUE, revenue.getOrDefault(id.value(), 0.0), now));
      batch.score(Score.of(id, FREQUENCY, summaries.frequency(i), now));
      batch.score(Score.of(id, WEEKS_SINCE_LAST, summaries.age(i) - summaries.recency(i), now));
    }
    rfm.toScores(now).forEach(batch::score);
    kb.apply(batch.build());
    LOG.info("scored {} customers as of {}", summaries.size(), asOf);
    return new Scored(summaries, model, spend, scores, rfm, horizonWeeks);
  }

  /**
   * Gamma-Gamma is fitted on repeat buyers with a positive mean spend (zero-value orders exist).
   */
  private static CustomerSummaries repeatBuyersWithSpend(CustomerSummaries s) {
    int n = 0;
    for (int i = 0; i < s.size(); i++) {
      if (s.frequency(i) > 0 && s.monetary(i) > 0) {
        n++;
      }
    }
    if (n == 0) {
      throw new IllegalStateException("no repeat buyer with a positive spend to fit Gamma-Gamma");
    }
    double[] f = new double[n];
    double[] r = new double[n];
    double[] t = new double[n];
    double[] m = new double[n];
    int k = 0;
    for (int i = 0; i < s.size(); i++) {
      if (s.frequency(i) > 0 && s.monetary(i) > 0) {
        f[k] = s.frequency(i);
        r[k] = s.recency(i);
        t[k] = s.age(i);
        m[k++] = s.monetary(i);
      }
    }
    return CustomerSummaries.builder().columns(f, r, t).monetary(m).build();
  }

  /**
   * Segment (groups): evaluates a segment map over every customer's scores (and purchase events
   * under the event type {@code "purchase"}) as of a date, and writes each customer's label as the
   * {@link #SEGMENT} score.
   *
   * @param map the segment map; its schema may name score keys and the event {@code purchase}
   * @param asOf the evaluation date
   * @return the assignment, one label per customer
   */
  public Assignment segment(SegmentMap map, LocalDate asOf) {
    List<CustomerId> ids = new ArrayList<>();
    kb.forEachCustomer(c -> ids.add(c.id()));
    ProfileTable.Builder table = ProfileTable.builder(map.schema(), ids);
    for (ScoreKey key : map.schema().scores()) {
      double[] values = new double[ids.size()];
      for (int i = 0; i < ids.size(); i++) {
        values[i] = kb.score(ids.get(i), key).map(Score::value).orElse(Double.NaN);
      }
      table.scores(key, values);
    }
    if (map.schema().events().contains("purchase")) {
      List<List<LocalDate>> dates = new ArrayList<>(ids.size());
      for (CustomerId id : ids) {
        List<LocalDate> d = new ArrayList<>();
        for (Transaction t : kb.transactions(id)) {
          d.add(t.timestamp().atOffset(ZoneOffset.UTC).toLocalDate());
        }
        dates.add(d);
      }
      table.events("purchase", dates);
    }
    Assignment assignment = map.assignAll(table.build(), EvaluationContext.asOf(asOf));
    Map<String, Integer> rank = new HashMap<>();
    for (int i = 0; i < map.segments().size(); i++) {
      rank.put(map.segments().get(i).name(), i);
    }
    Instant now = clock.instant();
    WriteBatch.Builder batch = WriteBatch.builder();
    for (int row = 0; row < assignment.size(); row++) {
      String label = assignment.label(row);
      batch.score(
          new Score(
              assignment.id(row), SEGMENT, rank.getOrDefault(label, rank.size()), label, now));
    }
    kb.apply(batch.build());
    return assignment;
  }

  /**
   * The segment label each customer got from the last {@link #segment} call.
   *
   * @return a function giving the label, or {@code "(none)"} for an unsegmented customer
   */
  public Function<CustomerId, String> segmentOf() {
    return id -> kb.score(id, SEGMENT).map(Score::label).filter(Objects::nonNull).orElse("(none)");
  }

  /**
   * Interact: plans a campaign over every customer with their consents, recent contacts, scores and
   * segment from the knowledge base.
   *
   * @param policy actions, consent, pressure, quiet hours, capacities, control groups
   * @param asOf the moment of the campaign
   * @return one decision per customer, each explaining itself
   */
  public Plan plan(InteractionPolicy policy, Instant asOf) {
    Function<CustomerId, String> segmentOf = segmentOf();
    Duration lookback = Duration.ofDays(365);
    List<CustomerState> states = new ArrayList<>();
    kb.forEachCustomer(c -> states.add(state(c, asOf, lookback, segmentOf)));
    return policy.planner().progress(progress).plan(states, asOf);
  }

  private CustomerState state(
      Customer c, Instant asOf, Duration lookback, Function<CustomerId, String> segmentOf) {
    CustomerState s = CustomerState.from(kb, c.id(), asOf, lookback);
    return s.segment().isPresent() ? s : s.toBuilder().segment(segmentOf.apply(c.id())).build();
  }

  /**
   * Collect and Feed: a collector that records deliveries and outcomes into the knowledge base (an
   * unsubscribe withdraws consent at once; responses teach the preferred channel).
   *
   * @return a new collector over this loop's knowledge base
   */
  public Collector collector() {
    return Collector.builder(kb).build();
  }

  /**
   * Measure: uplift of a planned campaign per group (and {@code "overall"}), from the outcomes
   * collected in the knowledge base. A customer converted when an interaction of the decision has
   * status {@link InteractionStatus#PURCHASED}; treatment = contacted, control = held out.
   *
   * @param plan the plan whose decisions were delivered or held out
   * @param groupOf the group of each customer (e.g. {@link #segmentOf()})
   * @return uplift results by group, sorted by group name, then {@code "overall"}
   */
  public Map<String, UpliftResult> uplift(Plan plan, Function<CustomerId, String> groupOf) {
    Map<String, UpliftAccumulator> byGroup = new TreeMap<>();
    UpliftAccumulator overall = Uplift.accumulator();
    for (Decision d : plan.decisions()) {
      if (!d.contact() && !d.control()) {
        continue;
      }
      boolean converted = false;
      for (Interaction i : kb.interactions(d.customerId())) {
        if (d.decisionId().equals(i.decisionId()) && i.status() == InteractionStatus.PURCHASED) {
          converted = true;
          break;
        }
      }
      Group g = d.control() ? Group.CONTROL : Group.TREATMENT;
      overall.add(g, converted);
      byGroup
          .computeIfAbsent(groupOf.apply(d.customerId()), k -> Uplift.accumulator())
          .add(g, converted);
    }
    Map<String, UpliftResult> out = new LinkedHashMap<>();
    byGroup.forEach(
        (k, acc) -> {
          if (hasBothGroups(acc)) {
            out.put(k, acc.snapshot());
          }
        });
    if (hasBothGroups(overall)) {
      out.put("overall", overall.snapshot());
    }
    return out;
  }

  private static boolean hasBothGroups(UpliftAccumulator acc) {
    try {
      acc.snapshot();
      return true;
    } catch (IllegalStateException e) {
      return false;
    }
  }

  /**
   * Measure: NPS per group (and {@code "overall"}) from the NPS answers in the knowledge base.
   *
   * @param groupOf the group of each customer
   * @return NPS results by group (groups with at least one answer), then {@code "overall"}
   */
  public Map<String, NpsResult> nps(Function<CustomerId, String> groupOf) {
    Map<String, NpsAccumulator> byGroup = new TreeMap<>();
    NpsAccumulator overall = Nps.accumulator();
    kb.forEachCustomer(
        c -> {
          for (SurveyResponse r : kb.surveyResponses(c.id())) {
            if (r.instrument() == Instrument.NPS) {
              overall.add(r.score());
              byGroup.computeIfAbsent(groupOf.apply(c.id()), k -> Nps.accumulator()).add(r.score());
            }
          }
        });
    Map<String, NpsResult> out = new LinkedHashMap<>();
    byGroup.forEach((k, acc) -> out.put(k, acc.snapshot()));
    if (overall.count() > 0) {
      out.put("overall", overall.snapshot());
    }
    return out;
  }

  /** Configures the loop; each option may be set once. */
  public static final class Builder {
    private @Nullable CustomerKnowledgeBase kb;
    private @Nullable ConsolidationConfig consolidation;
    private @Nullable Clock clock;
    private @Nullable ProgressListener progress;

    private Builder() {}

    /**
     * @param value the knowledge base (default: a new in-memory one)
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder knowledgeBase(CustomerKnowledgeBase value) {
      kb = once(kb, value, "knowledgeBase");
      return this;
    }

    /**
     * @param value the consolidation configuration (default {@link ConsolidationConfig#defaults()})
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder consolidation(ConsolidationConfig value) {
      consolidation = once(consolidation, value, "consolidation");
      return this;
    }

    /**
     * @param value the clock that stamps scores and provenance (default: system UTC)
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder clock(Clock value) {
      clock = once(clock, value, "clock");
      return this;
    }

    /**
     * @param value receives progress of long steps (default: none)
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder progress(ProgressListener value) {
      progress = once(progress, value, "progress");
      return this;
    }

    private static <T> T once(@Nullable T current, T value, String name) {
      Objects.requireNonNull(value, name);
      if (current != null) {
        throw new IllegalStateException(name + " was already set");
      }
      return value;
    }

    /**
     * @return the loop; the builder is left unchanged
     */
    public Osicam build() {
      return new Osicam(this);
    }
  }

  @Override
  public String toString() {
    return "Osicam{customers=" + kb.customerCount() + "}";
  }
}
