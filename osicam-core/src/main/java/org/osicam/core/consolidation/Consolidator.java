package org.osicam.core.consolidation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.osicam.core.InvalidDataException;
import org.osicam.core.ProgressListener;
import org.osicam.core.model.MatchDecision;
import org.osicam.core.model.SourceKey;
import org.osicam.core.model.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consolidates source records into golden customers: normalise, block, compare, score
 * (Fellegi-Sunter, u from random pairs and m by EM, no labels needed), decide, cluster (with an
 * anti-chaining guard), survive (per-attribute rules) and record lineage.
 *
 * <p>Immutable and thread-safe; it never starts threads (parallel stages run on the {@link
 * Builder#executor(Executor) executor}, the calling thread by default). Every random choice takes
 * the configured seed, and the records are sorted by key first, so the same records in any order
 * give the same customers.
 *
 * <pre>{@code
 * Consolidator consolidator = Consolidator.builder()
 *     .config(ConsolidationConfig.defaults().toBuilder().defaultRegion("GB").build())
 *     .build();
 * Consolidation result = consolidator.consolidate(records);
 * for (Customer c : result.customers()) { ... }
 * Explanation why = result.explain(keyA, keyB);
 * }</pre>
 */
public final class Consolidator {
  private static final Logger LOG = LoggerFactory.getLogger(Consolidator.class);
  private static final int CHUNKS = 64;

  private final ConsolidationConfig config;
  private final Executor executor;
  private final Clock clock;
  private final ProgressListener progress;

  private Consolidator(
      ConsolidationConfig config, Executor executor, Clock clock, ProgressListener progress) {
    this.config = config;
    this.executor = executor;
    this.clock = clock;
    this.progress = progress;
  }

  /** Starts configuring a consolidator (defaults: {@link ConsolidationConfig#defaults()}). */
  public static Builder builder() {
    return new Builder();
  }

  /** The configuration. */
  public ConsolidationConfig config() {
    return config;
  }

  /**
   * Checks that a record can be consolidated (today: its birth date, if any, is a date in an
   * accepted shape), without consolidating it.
   *
   * @param record the record
   * @throws InvalidDataException with field {@code birth_date} when it is not a date
   */
  public void validate(SourceRecord record) {
    Person.of(Objects.requireNonNull(record, "record"), config);
  }

  /**
   * Consolidates records.
   *
   * @param records the source records, each key once
   * @return the consolidation
   * @throws InvalidDataException if two records share a key or a birth date is not a date
   */
  public Consolidation consolidate(Collection<SourceRecord> records) {
    return consolidate(records, List.of());
  }

  /**
   * Consolidates records under earlier manual decisions (which win over scores).
   *
   * @param records the source records, each key once
   * @param decisions asserted matches and non-matches (for instance from {@code
   *     CustomerKnowledgeBase#matchDecisions()})
   * @return the consolidation
   * @throws InvalidDataException if two records share a key or a birth date is not a date
   */
  public Consolidation consolidate(
      Collection<SourceRecord> records, Collection<MatchDecision> decisions) {
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(decisions, "decisions");
    long start = System.nanoTime();
    List<SourceRecord> sorted = new ArrayList<>(records);
    sorted.sort((a, b) -> a.key().compareTo(b.key()));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).key().equals(sorted.get(i - 1).key())) {
        throw new InvalidDataException(
            "sourceRecord.key", "unique among the records", sorted.get(i).key().toString());
      }
    }
    int n = sorted.size();

    progress.onProgress("normalise", 0, n);
    Person[] persons = new Person[n];
    parallel(
        n,
        (from, to) -> {
          for (int i = from; i < to; i++) {
            persons[i] = Person.of(sorted.get(i), config);
          }
        });
    progress.onProgress("normalise", n, n);

    progress.onProgress("block", 0, config.blockingRules().size());
    int[][] keys = Blocker.keys(persons, config.blockingRules());
    int[] byRank = Blocker.byRank(persons);
    long[][] index = new long[keys.length][];
    for (int r = 0; r < keys.length; r++) {
      index[r] = Blocker.sortedIndex(keys[r], byRank);
    }
    Blocker.Candidates candidates =
        Blocker.candidates(
            keys, index, byRank, config.maxBlockSize(), config.window(), config.blockingRules());
    int count = candidates.size;
    long[] pairs = candidates.pairs;
    progress.onProgress("block", config.blockingRules().size(), config.blockingRules().size());

    progress.onProgress("compare", 0, count);
    long[] patterns = new long[count];
    parallel(
        count,
        (from, to) -> {
          byte[] levels = new byte[Attribute.ALL.length];
          for (int e = from; e < to; e++) {
            PairComparator.compare(
                persons[(int) (pairs[e] >>> 32)], persons[(int) pairs[e]], levels);
            patterns[e] = Estimator.pattern(levels);
          }
        });
    progress.onProgress("compare", count, count);

    int[] nonMissing = nonMissing(persons);
    boolean[] active = new boolean[Attribute.ALL.length];
    for (Attribute a : Attribute.ALL) {
      active[a.ordinal()] = config.comparisons().contains(a.key()) && nonMissing[a.ordinal()] > 0;
    }
    MatchModel model = config.model();
    if (model == null) {
      progress.onProgress("estimate", 0, 2);
      double[][] u = Estimator.randomPairU(persons, config.randomPairs(), config.seed());
      progress.onProgress("estimate", 1, 2);
      Estimator.Patterns everything = new Estimator.Patterns();
      Estimator.Patterns training = new Estimator.Patterns();
      boolean[] trains = trainingRules(config.blockingRules());
      for (int e = 0; e < count; e++) {
        everything.add(patterns[e]);
        if (trains[candidates.rules[e]]) {
          training.add(patterns[e]);
        }
      }
      // m by EM on the pairs of identifying rules; the prior over every candidate
      Estimator.Estimate fitted =
          Estimator.fit(
              training.isEmpty() ? everything : training,
              u,
              active,
              count,
              n,
              config.emIterations());
      model = Estimator.withPrior(fitted.model(), everything, count, n);
      long all = (long) n * (n - 1) / 2;
      LOG.info(
          "estimated m from {} candidate pairs ({} counted as matches, the default m weighs {})"
              + " and u from {} random pairs (the default u weighs {})",
          (long) fitted.trainingPairs(),
          Math.round(fitted.expectedMatches()),
          (long) Priors.M_PAIRS,
          Math.min(all, config.randomPairs()),
          (long) Priors.U_PAIRS);
      progress.onProgress("estimate", 2, 2);
    }
    Scorer scorer =
        new Scorer(
            model, config.termFrequencies() ? Scorer.countFrequencies(persons) : null, nonMissing);

    float[] weights = new float[count];
    parallel(
        count,
        (from, to) -> {
          for (int e = from; e < to; e++) {
            weights[e] = (float) scorer.weight(patterns[e], persons[(int) (pairs[e] >>> 32)]);
          }
        });

    Map<String, MatchDecision> decided = new TreeMap<>();
    for (MatchDecision d : decisions) {
      decided.put(Consolidation.pairKey(d), d);
    }
    Consolidation result =
        new Consolidation(
            config,
            scorer,
            clock,
            sorted,
            List.of(persons),
            index,
            byRank,
            pairs,
            weights,
            count,
            candidates.skippedBlocks,
            decided);

    progress.onProgress("cluster", 0, n);
    Clusterer clusterer = new Clusterer(n, result.guard());
    Map<SourceKey, Integer> position = new java.util.HashMap<>();
    if (!decided.isEmpty()) {
      for (int i = 0; i < n; i++) {
        position.put(sorted.get(i).key(), i);
      }
      for (MatchDecision d : decided.values()) {
        Integer a = position.get(d.left());
        Integer b = position.get(d.right());
        if (d.match() && a != null && b != null) {
          clusterer.force(a, b);
        }
      }
    }
    clusterer.cluster(pairs, weights, count, Scorer.weightOf(config.matchThreshold()));
    progress.onProgress("cluster", n, n);

    progress.onProgress("survive", 0, n);
    result.install(
        clusterer.roots(),
        clusterer.refused,
        created ->
            parallel(created.size(), (from, to) -> result.surviveAll(created.subList(from, to))));
    progress.onProgress("survive", n, n);

    ConsolidationStats stats = result.stats();
    LOG.info(
        "consolidated {} records into {} customers: {} candidate pairs, {} matched, {} skipped"
            + " blocks, {} refused merges, {} ms",
        stats.records(),
        stats.customers(),
        stats.candidatePairs(),
        stats.matchedPairs(),
        stats.skippedBlocks(),
        stats.refusedMerges(),
        (System.nanoTime() - start) / 1_000_000);
    return result;
  }

  /**
   * Whether the pairs first found by each rule (indexed as in {@link Blocker.Candidates#rules}, 15
   * standing for rules 15 and up) train the match model: rules with at least one identifying key.
   */
  private static boolean[] trainingRules(List<BlockingRule> rules) {
    boolean[] trains = new boolean[16];
    trains[15] = true;
    for (int r = 0; r < Math.min(rules.size(), 15); r++) {
      trains[r] = rules.get(r).keys().stream().anyMatch(BlockingKey::identifying);
    }
    return trains;
  }

  private static int[] nonMissing(Person[] persons) {
    int[] c = new int[Attribute.ALL.length];
    for (Person p : persons) {
      c[Attribute.GIVEN_NAME.ordinal()] += p.given != null ? 1 : 0;
      c[Attribute.FAMILY_NAME.ordinal()] += p.family != null ? 1 : 0;
      c[Attribute.BIRTH_DATE.ordinal()] += p.birthDigits != null ? 1 : 0;
      c[Attribute.EMAIL.ordinal()] += p.email != null ? 1 : 0;
      c[Attribute.PHONE.ordinal()] += p.phone != null ? 1 : 0;
      c[Attribute.NATIONAL_ID.ordinal()] += p.nationalId != null ? 1 : 0;
      c[Attribute.STREET_NUMBER.ordinal()] += p.streetNumber != null ? 1 : 0;
      c[Attribute.STREET.ordinal()] += p.street != null ? 1 : 0;
      c[Attribute.POSTCODE.ordinal()] += p.postcode != null ? 1 : 0;
      c[Attribute.CITY.ordinal()] += p.city != null ? 1 : 0;
    }
    return c;
  }

  /** Work on a range of indices. */
  private interface RangeTask {
    void run(int from, int to);
  }

  private void parallel(int n, RangeTask task) {
    if (n == 0) {
      return;
    }
    int chunks = Math.min(CHUNKS, Math.max(1, n / 1024));
    List<CompletableFuture<Void>> futures = new ArrayList<>(chunks);
    for (int c = 0; c < chunks; c++) {
      int from = (int) ((long) n * c / chunks);
      int to = (int) ((long) n * (c + 1) / chunks);
      futures.add(CompletableFuture.runAsync(() -> task.run(from, to), executor));
    }
    try {
      CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0])).join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw e;
    }
  }

  /** Configures a {@link Consolidator}; each option may be set once. Not thread-safe. */
  public static final class Builder {
    private final Set<String> set = new HashSet<>();
    private ConsolidationConfig config = ConsolidationConfig.defaults();
    private Executor executor = Runnable::run;
    private Clock clock = Clock.systemUTC();
    private ProgressListener progress = ProgressListener.none();

    private Builder() {}

    private void once(String option) {
      if (!set.add(option)) {
        throw new IllegalStateException(option + " was already set");
      }
    }

    /**
     * @param value the configuration (default {@link ConsolidationConfig#defaults()})
     * @return this builder
     */
    public Builder config(ConsolidationConfig value) {
      Objects.requireNonNull(value, "config");
      once("config");
      config = value;
      return this;
    }

    /**
     * @param value runs the parallel stages (default: the calling thread)
     * @return this builder
     */
    public Builder executor(Executor value) {
      Objects.requireNonNull(value, "executor");
      once("executor");
      executor = value;
      return this;
    }

    /**
     * @param value stamps manual decisions (default: the system UTC clock)
     * @return this builder
     */
    public Builder clock(Clock value) {
      Objects.requireNonNull(value, "clock");
      once("clock");
      clock = value;
      return this;
    }

    /**
     * @param value receives progress by stage (normalise, block, compare, estimate, cluster,
     *     survive)
     * @return this builder
     */
    public Builder progress(ProgressListener value) {
      Objects.requireNonNull(value, "progress");
      once("progress");
      progress = value;
      return this;
    }

    /**
     * @return the consolidator; the builder is left unchanged
     */
    public Consolidator build() {
      return new Consolidator(config, executor, clock, progress);
    }
  }
}
