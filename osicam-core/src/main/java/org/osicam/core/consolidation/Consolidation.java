package org.osicam.core.consolidation;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.osicam.core.kb.CustomerKnowledgeBase;
import org.osicam.core.kb.WriteBatch;
import org.osicam.core.model.Customer;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.MatchDecision;
import org.osicam.core.model.SourceKey;
import org.osicam.core.model.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The result of consolidation and the live identity index behind it: golden customers with lineage,
 * the identity map, scored pairs with their explanations, and the incremental operations (match a
 * new record, add it, assert a match or a non-match, unmerge, erase).
 *
 * <p>Customer ids are stable: a new record joins an existing customer; when two customers merge,
 * the older id survives and the other becomes its alias; {@link #unmerge(CustomerId)} gives the
 * absorbed id back. Manual decisions always win over scores and persist through {@link
 * #toWriteBatch()}.
 *
 * <p>Thread safety: every method is safe to call from any thread (they synchronise on this object).
 * Logging: ids and counts only.
 *
 * <pre>{@code
 * Consolidation c = Consolidator.builder().build().consolidate(records);
 * CustomerId id = c.customerIdOf(new SourceKey("shop", "42")).orElseThrow();
 * List<MatchCandidate> maybe = c.match(newRecord);
 * CustomerId joined = c.add(newRecord);
 * kb.apply(c.toWriteBatch());
 * kb.addErasureListener(c::erase);
 * }</pre>
 */
public final class Consolidation {
  private static final Logger LOG = LoggerFactory.getLogger(Consolidation.class);

  private final ConsolidationConfig config;
  private final Scorer scorer;
  private final Survivor survivor;
  private final Clock clock;
  private final double matchWeight;
  private final double reviewWeight;

  private final List<@Nullable SourceRecord> records;
  private final List<@Nullable Person> persons;
  private final List<@Nullable Cluster> owner;
  private final Map<SourceKey, Integer> indexOf;
  private final Map<CustomerId, Cluster> clusters = new HashMap<>();
  private final Map<CustomerId, CustomerId> aliasTo = new HashMap<>();
  private final Map<String, MatchDecision> decisions;

  private final long[][] index;
  private final int[] byRank;
  private final List<Map<Integer, IntList>> overflow = new ArrayList<>();

  private final long[] pairs;
  private final float[] weights;
  private final int pairCount;
  private final long skippedBlocks;
  private long refusedMerges;
  private long sequence;

  /** One golden customer and the records it consolidates. */
  static final class Cluster {
    final CustomerId id;
    final long seq;
    int anchor;
    final IntList members;
    final Map<CustomerId, Integer> aliases = new TreeMap<>();
    final Deque<Merge> history = new ArrayDeque<>();
    @Nullable Customer golden;

    Cluster(CustomerId id, long seq, int anchor, IntList members) {
      this.id = id;
      this.seq = seq;
      this.anchor = anchor;
      this.members = members;
    }
  }

  /** What a merge absorbed, to undo it. */
  record Merge(
      CustomerId absorbed,
      long absorbedSeq,
      int absorbedAnchor,
      int[] absorbedMembers,
      Map<CustomerId, Integer> absorbedAliases,
      Deque<Merge> absorbedHistory,
      @Nullable String decisionKey) {}

  Consolidation(
      ConsolidationConfig config,
      Scorer scorer,
      Clock clock,
      List<SourceRecord> records,
      List<Person> persons,
      long[][] index,
      int[] byRank,
      long[] pairs,
      float[] weights,
      int pairCount,
      long skippedBlocks,
      Map<String, MatchDecision> decisions) {
    this.config = config;
    this.scorer = scorer;
    this.survivor = new Survivor(config);
    this.clock = clock;
    this.matchWeight = Scorer.weightOf(config.matchThreshold());
    this.reviewWeight = Scorer.weightOf(config.reviewThreshold());
    this.records = new ArrayList<>(records);
    this.persons = new ArrayList<>(persons);
    this.owner = new ArrayList<>(records.size());
    this.indexOf = new HashMap<>(records.size() * 2);
    for (int i = 0; i < records.size(); i++) {
      indexOf.put(records.get(i).key(), i);
      owner.add(null);
    }
    this.index = index;
    this.byRank = byRank;
    for (int r = 0; r < index.length; r++) {
      overflow.add(new HashMap<>());
    }
    this.pairs = pairs;
    this.weights = weights;
    this.pairCount = pairCount;
    this.skippedBlocks = skippedBlocks;
    this.decisions = new TreeMap<>(decisions);
  }

  /** Installs the batch clusters: {@code roots[i]} is the cluster root of record i. */
  void install(int[] roots, long refused, Consumer<List<Cluster>> survive) {
    this.refusedMerges = refused;
    Map<Integer, IntList> groups = new LinkedHashMap<>();
    for (int i = 0; i < roots.length; i++) {
      // records are sorted by key, so the first member seen is the anchor (smallest key)
      groups.computeIfAbsent(roots[i], k -> new IntList(2)).add(i);
    }
    List<Cluster> created = new ArrayList<>(groups.size());
    List<IntList> ordered = new ArrayList<>(groups.values());
    ordered.sort(Comparator.comparingInt(IntList::min));
    for (IntList members : ordered) {
      Cluster c = newCluster(members.min(), members);
      created.add(c);
    }
    survive.accept(created);
  }

  private Cluster newCluster(int anchor, IntList members) {
    long seq = ++sequence;
    CustomerId id =
        CustomerId.of(config.customerIdPrefix() + String.format(Locale.ROOT, "%08d", seq));
    return register(new Cluster(id, seq, anchor, members));
  }

  private Cluster register(Cluster c) {
    clusters.put(c.id, c);
    for (int i = 0; i < c.members.size(); i++) {
      owner.set(c.members.get(i), c);
    }
    return c;
  }

  /** Recomputes the golden record of a cluster. */
  void survive(Cluster c) {
    List<SourceRecord> rs = new ArrayList<>(c.members.size());
    List<Person> ps = new ArrayList<>(c.members.size());
    for (int i = 0; i < c.members.size(); i++) {
      rs.add(Objects.requireNonNull(records.get(c.members.get(i))));
      ps.add(Objects.requireNonNull(persons.get(c.members.get(i))));
    }
    c.golden = survivor.golden(c.id, rs, ps, c.aliases.keySet());
  }

  // ---------------------------------------------------------------- reads

  /** The configuration used. */
  public ConsolidationConfig config() {
    return config;
  }

  /** The Fellegi-Sunter model used (estimated, or the one given in the configuration). */
  public MatchModel model() {
    return scorer.model();
  }

  /** Counts of the run and of the current state. */
  public synchronized ConsolidationStats stats() {
    long matched = 0;
    long review = 0;
    for (int i = 0; i < pairCount; i++) {
      if (alive(pairs[i])) {
        if (weights[i] >= matchWeight) {
          matched++;
        } else if (weights[i] >= reviewWeight) {
          review++;
        }
      }
    }
    return new ConsolidationStats(
        indexOf.size(), clusters.size(), pairCount, matched, review, skippedBlocks, refusedMerges);
  }

  /** Every golden customer, by id. */
  public synchronized List<Customer> customers() {
    List<Customer> out = new ArrayList<>(clusters.size());
    new TreeMap<>(clusters).values().forEach(c -> out.add(golden(c)));
    return out;
  }

  private Customer golden(Cluster c) {
    if (c.golden == null) {
      survive(c);
    }
    return Objects.requireNonNull(c.golden);
  }

  /**
   * A golden customer by id or by one of its aliases.
   *
   * @param id customer id
   * @return the customer, or empty
   */
  public synchronized Optional<Customer> customer(CustomerId id) {
    Cluster c = resolve(id);
    return c == null ? Optional.empty() : Optional.of(golden(c));
  }

  /**
   * The identity map.
   *
   * @param key a source record
   * @return the customer that consolidates it, or empty for an unknown record
   */
  public synchronized Optional<CustomerId> customerIdOf(SourceKey key) {
    Integer i = indexOf.get(key);
    if (i == null) {
      return Optional.empty();
    }
    Cluster c = owner.get(i);
    return c == null ? Optional.empty() : Optional.of(c.id);
  }

  /** The identity map: every source record and its customer, by source key. */
  public synchronized Map<SourceKey, CustomerId> links() {
    Map<SourceKey, CustomerId> out = new TreeMap<>();
    indexOf.forEach(
        (k, i) -> {
          Cluster c = owner.get(i);
          if (c != null) {
            out.put(k, c.id);
          }
        });
    return out;
  }

  /** The manual decisions, by pair. */
  public synchronized List<MatchDecision> decisions() {
    return List.copyOf(decisions.values());
  }

  /**
   * Explains the score of any two known records (the Splink "waterfall").
   *
   * @param a one record
   * @param b another record
   * @return the explanation
   * @throws IllegalArgumentException if a record is unknown
   */
  public synchronized Explanation explain(SourceKey a, SourceKey b) {
    int i = known(a);
    int j = known(b);
    return scorer.explain(a, person(i), b, person(j));
  }

  /**
   * Visits every compared pair of the batch run (both records still present), with its explanation,
   * in generation order.
   *
   * @param action receives each explanation
   */
  public synchronized void forEachComparedPair(Consumer<? super Explanation> action) {
    for (int i = 0; i < pairCount; i++) {
      if (alive(pairs[i])) {
        int a = (int) (pairs[i] >>> 32);
        int b = (int) pairs[i];
        action.accept(scorer.explain(key(a), person(a), key(b), person(b)));
      }
    }
  }

  /**
   * Pairs for a human: compared pairs in the review band, and pairs above the match threshold that
   * the anti-chaining guard kept apart; the most likely first.
   *
   * @return explanations of the pairs to review
   */
  public synchronized List<Explanation> reviewPairs() {
    List<Explanation> out = new ArrayList<>();
    for (int i = 0; i < pairCount; i++) {
      if (!alive(pairs[i]) || weights[i] < reviewWeight) {
        continue;
      }
      int a = (int) (pairs[i] >>> 32);
      int b = (int) pairs[i];
      if (weights[i] < matchWeight || owner.get(a) != owner.get(b)) {
        out.add(scorer.explain(key(a), person(a), key(b), person(b)));
      }
    }
    out.sort(Comparator.comparingDouble(Explanation::totalWeight).reversed());
    return out;
  }

  // ---------------------------------------------------------------- incremental

  /**
   * Finds the existing customers a new record may belong to, without changing anything.
   *
   * @param record a record (its key may be known or not)
   * @return customers with a match probability at or above the review threshold, best first
   * @throws org.osicam.core.InvalidDataException if the record's birth date is not a date
   */
  public synchronized List<MatchCandidate> match(SourceRecord record) {
    Person p = Person.of(Objects.requireNonNull(record, "record"), config);
    Integer self = indexOf.get(record.key());
    Map<Cluster, MatchCandidate> best = scoreAgainst(record.key(), p, self == null ? -1 : self);
    List<MatchCandidate> out = new ArrayList<>();
    for (MatchCandidate m : best.values()) {
      if (m.probability() >= config.reviewThreshold()) {
        out.add(m);
      }
    }
    out.sort(
        Comparator.comparingDouble((MatchCandidate m) -> m.explanation().totalWeight())
            .reversed()
            .thenComparing(MatchCandidate::customerId));
    return out;
  }

  private Map<Cluster, MatchCandidate> scoreAgainst(SourceKey key, Person p, int self) {
    Map<Cluster, MatchCandidate> best = new HashMap<>();
    byte[] levels = new byte[Attribute.ALL.length];
    for (int c : candidates(p, self)) {
      Person q = persons.get(c);
      Cluster cl = owner.get(c);
      if (q == null || cl == null) {
        continue;
      }
      double w = scorer.score(p, q, levels);
      MatchCandidate before = best.get(cl);
      if (before == null || w > before.explanation().totalWeight()) {
        Explanation e = scorer.explain(key, p, key(c), q);
        best.put(cl, new MatchCandidate(cl.id, e.probability(), e));
      }
    }
    return best;
  }

  /** Records sharing a blocking key with {@code p} (blocks over the guard skipped). */
  private Set<Integer> candidates(Person p, int self) {
    Set<Integer> out = new HashSet<>();
    List<BlockingRule> rules = config.blockingRules();
    for (int r = 0; r < rules.size(); r++) {
      int key = Blocker.key(p, rules.get(r));
      if (key == Blocker.NONE) {
        continue;
      }
      long[] idx = index[r];
      int from = lowerBound(idx, (long) key << 32);
      int to = lowerBound(idx, ((long) key << 32) + (1L << 32));
      IntList extra = overflow.get(r).get(key);
      int size = (to - from) + (extra == null ? 0 : extra.size());
      if (size > config.maxBlockSize()) {
        continue;
      }
      // sorted neighbourhood, as in the batch run: the window around the record's rank
      int w = config.window();
      if (to - from > 2 * w) {
        String sortKey = Blocker.sortKey(p);
        int lo = from;
        int hi = to;
        while (lo < hi) {
          int mid = (lo + hi) >>> 1;
          Person q = persons.get(byRank[(int) idx[mid]]);
          if (q != null && Blocker.sortKey(q).compareTo(sortKey) < 0) {
            lo = mid + 1;
          } else {
            hi = mid;
          }
        }
        from = Math.max(from, lo - w);
        to = Math.min(to, lo + w);
      }
      for (int i = from; i < to; i++) {
        int c = byRank[(int) idx[i]];
        if (c != self) {
          out.add(c);
        }
      }
      if (extra != null) {
        for (int i = 0; i < extra.size(); i++) {
          if (extra.get(i) != self) {
            out.add(extra.get(i));
          }
        }
      }
    }
    return out;
  }

  private static int lowerBound(long[] a, long value) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Adds a record to the base: it joins the customer it matches best (if the anti-chaining guard
   * allows), customers it also matches are merged into the oldest one, or it becomes a new
   * customer. Asserted decisions about it are honoured. A record whose key is already known
   * replaces the stored record and stays with its customer.
   *
   * @param record the record
   * @return the id of its customer
   * @throws org.osicam.core.InvalidDataException if the record's birth date is not a date
   */
  public synchronized CustomerId add(SourceRecord record) {
    Person p = Person.of(Objects.requireNonNull(record, "record"), config);
    Integer known = indexOf.get(record.key());
    if (known != null) {
      records.set(known, record);
      persons.set(known, p);
      index(p, known);
      Cluster c = Objects.requireNonNull(owner.get(known));
      c.golden = null;
      return c.id;
    }
    Map<Cluster, MatchCandidate> best = scoreAgainst(record.key(), p, -1);
    int i = records.size();
    records.add(record);
    persons.add(p);
    owner.add(null);
    indexOf.put(record.key(), i);
    index(p, i);
    Cluster home = null;
    // asserted matches first, unconditionally
    for (MatchDecision d : decisions.values()) {
      if (d.match() && d.involves(record.key())) {
        Integer other = indexOf.get(d.left().equals(record.key()) ? d.right() : d.left());
        Cluster oc = other == null ? null : owner.get(other);
        if (oc != null && oc != home) {
          home = home == null ? join(oc, i) : merge(home, oc, pairKey(d));
        }
      }
    }
    List<MatchCandidate> matches = new ArrayList<>(best.values());
    matches.removeIf(m -> m.explanation().totalWeight() < matchWeight);
    matches.sort(
        Comparator.comparingDouble((MatchCandidate m) -> m.explanation().totalWeight())
            .reversed()
            .thenComparing(MatchCandidate::customerId));
    Guard guard = guard();
    for (MatchCandidate m : matches) {
      Cluster c = clusters.get(m.customerId());
      if (c == null || c == home) {
        continue;
      }
      int[] mine = home == null ? new int[] {i} : home.members.toArray();
      if (!guard.allowed(mine, mine.length, c.members.toArray(), c.members.size())) {
        refusedMerges++;
        continue;
      }
      home = home == null ? join(c, i) : merge(home, c, null);
    }
    if (home == null) {
      home = newCluster(i, IntList.of(i));
    }
    home.golden = null;
    LOG.debug("added record to customer {}", home.id.value());
    return home.id;
  }

  private void index(Person p, int i) {
    List<BlockingRule> rules = config.blockingRules();
    for (int r = 0; r < rules.size(); r++) {
      int key = Blocker.key(p, rules.get(r));
      if (key != Blocker.NONE) {
        IntList l = overflow.get(r).computeIfAbsent(key, k -> new IntList(2));
        if (!l.contains(i)) {
          l.add(i);
        }
      }
    }
  }

  private Cluster join(Cluster c, int record) {
    c.members.add(record);
    owner.set(record, c);
    c.golden = null;
    return c;
  }

  /** Merges two customers; the older id survives, the other becomes its alias. */
  private Cluster merge(Cluster x, Cluster y, @Nullable String decisionKey) {
    Cluster keep = x.seq <= y.seq ? x : y;
    Cluster gone = keep == x ? y : x;
    keep.history.push(
        new Merge(
            gone.id,
            gone.seq,
            gone.anchor,
            gone.members.toArray(),
            new TreeMap<>(gone.aliases),
            new ArrayDeque<>(gone.history),
            decisionKey));
    for (int i = 0; i < gone.members.size(); i++) {
      int m = gone.members.get(i);
      keep.members.add(m);
      owner.set(m, keep);
    }
    keep.aliases.put(gone.id, gone.anchor);
    keep.aliases.putAll(gone.aliases);
    for (CustomerId a : keep.aliases.keySet()) {
      aliasTo.put(a, keep.id);
    }
    clusters.remove(gone.id);
    keep.golden = null;
    LOG.debug("merged customer {} into {}", gone.id.value(), keep.id.value());
    return keep;
  }

  /**
   * Asserts that two records are the same person: the decision is kept (and written by {@link
   * #toWriteBatch()}) and their customers merge at once, whatever the scores say.
   *
   * @param a one record
   * @param b another record
   * @param decidedBy operator id, or {@code null}
   * @return the customer that holds both (when both records are known)
   */
  public synchronized Optional<CustomerId> assertMatch(
      SourceKey a, SourceKey b, @Nullable String decidedBy) {
    MatchDecision d = MatchDecision.match(a, b, clock.instant(), decidedBy);
    Cluster[] both = record(d);
    if (both == null) {
      return Optional.empty();
    }
    return Optional.of(both[0] == both[1] ? both[0].id : merge(both[0], both[1], pairKey(d)).id);
  }

  /**
   * Asserts that two records are different people: the decision is kept, and when they are in one
   * customer, that customer is split by re-clustering its records under the decision. The part
   * holding the customer's founding record keeps the id.
   *
   * @param a one record
   * @param b another record
   * @param decidedBy operator id, or {@code null}
   * @return the ids of the customers that now hold the two records (empty for unknown records)
   */
  public synchronized List<CustomerId> assertNonMatch(
      SourceKey a, SourceKey b, @Nullable String decidedBy) {
    MatchDecision d = MatchDecision.nonMatch(a, b, clock.instant(), decidedBy);
    Cluster[] both = record(d);
    if (both == null) {
      return List.of();
    }
    if (both[0] == both[1]) {
      recluster(both[0]);
    }
    return List.of(customerIdOf(a).orElseThrow(), customerIdOf(b).orElseThrow());
  }

  /** Keeps a decision; returns the customers of its two records, or null if one is unknown. */
  private Cluster @Nullable [] record(MatchDecision d) {
    decisions.put(pairKey(d), d);
    Integer i = indexOf.get(d.left());
    Integer j = indexOf.get(d.right());
    if (i == null || j == null) {
      return null;
    }
    return new Cluster[] {
      Objects.requireNonNull(owner.get(i)), Objects.requireNonNull(owner.get(j))
    };
  }

  /** Re-clusters the records of one customer under the current decisions and guard. */
  private void recluster(Cluster c) {
    int[] members = c.members.toArray();
    int k = members.length;
    Guard guard =
        new Guard(
            x -> Objects.requireNonNull(persons.get(members[x])),
            scorer,
            config,
            (x, y) -> cannotLink(members[x], members[y]));
    Clusterer clusterer = new Clusterer(k, guard);
    List<Long> local = new ArrayList<>();
    List<Float> localWeights = new ArrayList<>();
    byte[] levels = new byte[Attribute.ALL.length];
    for (int x = 0; x < k; x++) {
      for (int y = x + 1; y < k; y++) {
        MatchDecision d = decision(members[x], members[y]);
        if (d != null && d.match()) {
          clusterer.force(x, y);
        }
        Person px = Objects.requireNonNull(persons.get(members[x]));
        local.add(((long) x << 32) | y);
        localWeights.add((float) scorer.score(px, persons.get(members[y]), levels));
      }
    }
    long[] lp = new long[local.size()];
    float[] lw = new float[local.size()];
    for (int e = 0; e < lp.length; e++) {
      lp[e] = local.get(e);
      lw[e] = localWeights.get(e);
    }
    clusterer.cluster(lp, lw, lp.length, matchWeight);
    refusedMerges += clusterer.refused;
    int[] roots = clusterer.roots();
    Map<Integer, IntList> parts = new TreeMap<>();
    for (int x = 0; x < k; x++) {
      parts.computeIfAbsent(roots[x], r -> new IntList(2)).add(members[x]);
    }
    if (parts.size() == 1) {
      return;
    }
    split(c, new ArrayList<>(parts.values()));
  }

  /**
   * Replaces a cluster by parts: the part with the anchor keeps the id, a part holding an alias's
   * founding record takes that alias back, the others get new ids.
   */
  private List<CustomerId> split(Cluster c, List<IntList> parts) {
    clusters.remove(c.id);
    List<CustomerId> ids = new ArrayList<>();
    for (IntList part : parts) {
      Cluster created;
      if (part.contains(c.anchor)) {
        created = register(new Cluster(c.id, c.seq, c.anchor, part));
      } else {
        Map.Entry<CustomerId, Integer> alias = null;
        for (Map.Entry<CustomerId, Integer> e : c.aliases.entrySet()) {
          if (part.contains(e.getValue()) && alias == null) {
            alias = e;
          }
        }
        if (alias != null) {
          created =
              register(new Cluster(alias.getKey(), seqOf(alias.getKey()), alias.getValue(), part));
        } else {
          created = newCluster(part.min(), part);
        }
      }
      for (Map.Entry<CustomerId, Integer> e : c.aliases.entrySet()) {
        if (part.contains(e.getValue()) && !e.getKey().equals(created.id)) {
          created.aliases.put(e.getKey(), e.getValue());
        }
      }
      aliasTo.remove(created.id);
      for (CustomerId a : created.aliases.keySet()) {
        aliasTo.put(a, created.id);
      }
      created.golden = null;
      ids.add(created.id);
    }
    LOG.debug("split customer {} into {} customers", c.id.value(), parts.size());
    return ids;
  }

  private long seqOf(CustomerId id) {
    String v = id.value();
    String digits =
        v.startsWith(config.customerIdPrefix())
            ? v.substring(config.customerIdPrefix().length())
            : v;
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }

  /**
   * Splits a customer back. When its last change was a merge, the merge is undone: the absorbed
   * customer comes back with its id, records and aliases, and a manual match decision that caused
   * the merge is withdrawn (so unmerge after merge restores the previous state). Otherwise the
   * customer is split into one customer per source record (the founding record keeps the id).
   *
   * @param id a customer id (or one of its aliases)
   * @return the ids of the customers its records now belong to; empty for an unknown id
   */
  public synchronized List<CustomerId> unmerge(CustomerId id) {
    Cluster c = resolve(Objects.requireNonNull(id, "id"));
    if (c == null) {
      return List.of();
    }
    Merge m = c.history.poll();
    if (m == null) {
      List<IntList> parts = new ArrayList<>();
      for (int i = 0; i < c.members.size(); i++) {
        parts.add(IntList.of(c.members.get(i)));
      }
      return parts.size() == 1 ? List.of(c.id) : split(c, parts);
    }
    Set<Integer> absorbed = new HashSet<>();
    for (int r : m.absorbedMembers()) {
      if (owner.get(r) == c) {
        absorbed.add(r);
      }
    }
    c.members.removeIf(absorbed::contains);
    IntList back = new IntList(absorbed.size());
    for (int r : m.absorbedMembers()) {
      if (absorbed.contains(r)) {
        back.add(r);
      }
    }
    Cluster restored =
        register(new Cluster(m.absorbed(), m.absorbedSeq(), m.absorbedAnchor(), back));
    restored.aliases.putAll(m.absorbedAliases());
    restored.history.addAll(m.absorbedHistory());
    c.aliases.remove(m.absorbed());
    aliasTo.remove(m.absorbed());
    for (CustomerId a : m.absorbedAliases().keySet()) {
      c.aliases.remove(a);
      aliasTo.put(a, restored.id);
    }
    if (m.decisionKey() != null) {
      decisions.remove(m.decisionKey());
    }
    c.golden = null;
    LOG.debug("unmerged customer {} from {}", restored.id.value(), c.id.value());
    return List.of(c.id, restored.id);
  }

  /**
   * Erases a customer from the index (right to be forgotten): its source records, their blocking
   * keys, term-frequency counts and manual decisions, its golden record, lineage and aliases.
   * Register it with {@link CustomerKnowledgeBase#addErasureListener} so that erasing the customer
   * from the knowledge base reaches this index too.
   *
   * @param id the customer (or one of its aliases)
   * @return the number of source records removed (0 for an unknown id)
   */
  public synchronized int erase(CustomerId id) {
    Cluster c = resolve(Objects.requireNonNull(id, "id"));
    if (c == null) {
      return 0;
    }
    Set<SourceKey> keys = new HashSet<>();
    for (int n = 0; n < c.members.size(); n++) {
      int i = c.members.get(n);
      SourceRecord r = Objects.requireNonNull(records.get(i));
      keys.add(r.key());
      scorer.forget(Objects.requireNonNull(persons.get(i)));
      records.set(i, null);
      persons.set(i, null);
      owner.set(i, null);
      indexOf.remove(r.key());
      for (Map<Integer, IntList> o : overflow) {
        for (IntList l : o.values()) {
          l.removeIf(x -> x == i);
        }
      }
    }
    decisions.values().removeIf(d -> keys.contains(d.left()) || keys.contains(d.right()));
    clusters.remove(c.id);
    aliasTo.values().removeIf(v -> v.equals(c.id));
    c.history.clear();
    c.golden = null;
    LOG.info("erased customer {}: {} source records", c.id.value(), keys.size());
    return keys.size();
  }

  // ---------------------------------------------------------------- knowledge base

  /**
   * The golden customers, their source records and the manual decisions as one batch for {@link
   * CustomerKnowledgeBase#apply(WriteBatch)}.
   *
   * @return the batch
   */
  public synchronized WriteBatch toWriteBatch() {
    WriteBatch.Builder b = WriteBatch.builder();
    customers().forEach(b::customer);
    List<SourceRecord> rs = new ArrayList<>();
    for (SourceRecord r : records) {
      if (r != null) {
        rs.add(r);
      }
    }
    rs.sort(Comparator.comparing(SourceRecord::key));
    rs.forEach(b::sourceRecord);
    decisions.values().forEach(b::matchDecision);
    return b.build();
  }

  /**
   * Writes the current state into a knowledge base atomically. Customers absorbed by a merge that
   * the base still holds are rewritten without sources (the base has no delete other than erasure;
   * their records move to the surviving customer, whose aliases name them).
   *
   * @param kb the knowledge base
   */
  public synchronized void writeTo(CustomerKnowledgeBase kb) {
    WriteBatch batch = toWriteBatch();
    WriteBatch.Builder b = WriteBatch.builder();
    batch.customers().forEach(b::customer);
    Set<CustomerId> current = new HashSet<>(clusters.keySet());
    for (CustomerId alias : new TreeMap<>(aliasTo).keySet()) {
      if (!current.contains(alias) && kb.customer(alias).isPresent()) {
        b.customer(Customer.of(alias));
      }
    }
    batch.sourceRecords().forEach(b::sourceRecord);
    batch.matchDecisions().forEach(b::matchDecision);
    kb.apply(b.build());
  }

  // ---------------------------------------------------------------- helpers

  private @Nullable Cluster resolve(CustomerId id) {
    Cluster c = clusters.get(id);
    if (c == null) {
      CustomerId to = aliasTo.get(id);
      c = to == null ? null : clusters.get(to);
    }
    return c;
  }

  private int known(SourceKey key) {
    Integer i = indexOf.get(Objects.requireNonNull(key, "key"));
    if (i == null) {
      throw new IllegalArgumentException("key must be a known source record, was " + key);
    }
    return i;
  }

  private boolean alive(long pair) {
    return persons.get((int) (pair >>> 32)) != null && persons.get((int) pair) != null;
  }

  private Person person(int i) {
    return Objects.requireNonNull(persons.get(i));
  }

  private SourceKey key(int i) {
    return Objects.requireNonNull(records.get(i)).key();
  }

  Guard guard() {
    return new Guard(this::person, scorer, config, this::cannotLink);
  }

  boolean cannotLink(int a, int b) {
    if (decisions.isEmpty()) {
      return false;
    }
    MatchDecision d = decision(a, b);
    return d != null && !d.match();
  }

  private @Nullable MatchDecision decision(int a, int b) {
    if (decisions.isEmpty()) {
      return null;
    }
    SourceKey x = key(a);
    SourceKey y = key(b);
    return decisions.get(x.compareTo(y) < 0 ? pairKey(x, y) : pairKey(y, x));
  }

  static String pairKey(MatchDecision d) {
    return pairKey(d.left(), d.right());
  }

  static String pairKey(SourceKey left, SourceKey right) {
    return left.system()
        + '\u0000'
        + left.key()
        + '\u0001'
        + right.system()
        + '\u0000'
        + right.key();
  }

  /** Replaces every cluster's golden record (used by the batch run). */
  void surviveAll(List<Cluster> cs) {
    for (Cluster c : cs) {
      survive(c);
    }
  }
}
