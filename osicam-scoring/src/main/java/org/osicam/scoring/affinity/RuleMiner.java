package org.osicam.scoring.affinity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.osicam.core.ProgressListener;
import org.osicam.core.model.CustomerId;
import org.osicam.scoring.internal.SetOnce;

/**
 * Mines frequent itemsets and association rules with one item on the right-hand side. Immutable and
 * thread-safe; build one with {@link AssociationRules#miner()}.
 *
 * <p>Semantics follow the R package arules ({@code apriori}): the minimum support is a share of
 * baskets and an itemset is frequent when its count is at least {@code ceil(N × minSupport)}
 * (computed in double precision, as arules and Spark do); a rule is kept when its confidence is at
 * least {@code minConfidence} (less arules' round-off guard of 1e-12); rule length counts the items
 * on both sides, so {@code minLength = 1} (the default) also yields rules with an empty left-hand
 * side, {@code {} => {y}}, whenever y alone reaches the minimum confidence; {@code maxLength}
 * bounds the itemsets mined.
 *
 * <pre>{@code
 * Baskets baskets = Baskets.builder()
 *     .add(CustomerId.of("C1"), List.of("bread", "butter"))
 *     .add(CustomerId.of("C2"), List.of("bread", "jam", "butter"))
 *     .build();
 * RuleMiner miner = AssociationRules.miner().minSupport(0.001).minConfidence(0.5).build();
 * RuleSet rules = miner.mine(baskets);
 * Map<String, RuleSet> bySegment = miner.mineBySegment(baskets, segmentOf);
 * }</pre>
 */
public final class RuleMiner {
  /** arules' tolerance on the confidence comparison. */
  static final double CONFIDENCE_EPSILON = 1e-12;

  private final double minSupport;
  private final double minConfidence;
  private final int minLength;
  private final int maxLength;
  private final ProgressListener progress;

  private RuleMiner(Builder b) {
    this.minSupport = b.minSupport;
    this.minConfidence = b.minConfidence;
    this.minLength = b.minLength;
    this.maxLength = b.maxLength;
    this.progress = b.progress;
  }

  static Builder builder() {
    return new Builder();
  }

  /** The minimum support, a share of baskets in (0, 1]. */
  public double minSupport() {
    return minSupport;
  }

  /** The minimum confidence in [0, 1]. */
  public double minConfidence() {
    return minConfidence;
  }

  /** The minimum rule length (items on both sides), at least 1. */
  public int minLength() {
    return minLength;
  }

  /** The maximum itemset and rule length. */
  public int maxLength() {
    return maxLength;
  }

  /**
   * A builder that starts from this miner's settings (each may be set once more).
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.minSupport = minSupport;
    b.minConfidence = minConfidence;
    b.minLength = minLength;
    b.maxLength = maxLength;
    b.progress = progress;
    return b;
  }

  /**
   * The minimum count for {@code baskets} baskets: {@code ceil(baskets × minSupport)}, at least 1.
   *
   * @param baskets the number of baskets
   * @return the minimum count
   */
  public int minCount(int baskets) {
    return Math.max(1, (int) Math.ceil(baskets * minSupport));
  }

  /**
   * Mines the frequent itemsets and rules of {@code baskets}.
   *
   * @param baskets the baskets
   * @return the rules, with the frequent itemsets they come from
   */
  public RuleSet mine(Baskets baskets) {
    Objects.requireNonNull(baskets, "baskets");
    int n = baskets.size();
    int minCount = minCount(n);
    FpGrowth.Result result = FpGrowth.mine(baskets, minCount, maxLength, progress);
    String[] nameOfRank = new String[result.idOfRank().length];
    for (int r = 0; r < nameOfRank.length; r++) {
      nameOfRank[r] = baskets.names()[result.idOfRank()[r]];
    }
    List<Rule> rules = rules(result, nameOfRank, n);
    return new RuleSet(
        this, n, baskets.itemCount(), minCount, result.itemsets(), nameOfRank, rules);
  }

  /**
   * Mines rules separately within each segment of customers (rules restricted to a segment).
   *
   * @param baskets baskets tied to customers
   * @param segmentOf the segment label of a customer
   * @return the rules per segment label, ordered by label
   * @throws IllegalStateException if the baskets carry no customers
   */
  public Map<String, RuleSet> mineBySegment(
      Baskets baskets, Function<? super CustomerId, String> segmentOf) {
    Objects.requireNonNull(segmentOf, "segmentOf");
    if (!baskets.hasCustomers()) {
      throw new IllegalStateException(
          "baskets carry no customers; add them with add(customer, ..)");
    }
    Map<String, Baskets.Builder> parts = new TreeMap<>();
    for (int i = 0; i < baskets.size(); i++) {
      CustomerId c = Objects.requireNonNull(baskets.customer(i));
      String label = Objects.requireNonNull(segmentOf.apply(c), "segment label");
      parts.computeIfAbsent(label, k -> Baskets.builder()).add(c, baskets.basket(i));
    }
    Map<String, RuleSet> out = new TreeMap<>();
    parts.forEach((label, b) -> out.put(label, mine(b.build())));
    return out;
  }

  private List<Rule> rules(FpGrowth.Result result, String[] nameOfRank, int n) {
    ItemsetStore store = result.itemsets();
    int[] countOfRank = result.countOfRank();
    List<Rule> rules = new ArrayList<>();
    int[] ante = new int[maxLength];
    for (int idx = 0; idx < store.size(); idx++) {
      int k = store.length(idx);
      if (k < minLength) {
        continue;
      }
      int countS = store.count(idx);
      for (int pos = 0; pos < k; pos++) {
        int a = 0;
        for (int j = 0; j < k; j++) {
          if (j != pos) {
            ante[a++] = store.item(idx, j);
          }
        }
        int countX = a == 0 ? n : store.find(ante, a);
        if (countX <= 0) {
          throw new IllegalStateException("subset of a frequent itemset is missing");
        }
        double confidence = (double) countS / countX;
        if (confidence < minConfidence - CONFIDENCE_EPSILON) {
          continue;
        }
        int y = store.item(idx, pos);
        int countY = countOfRank[y];
        double support = (double) countS / n;
        double lift = confidence * n / countY;
        double leverage = support - ((double) countX / n) * ((double) countY / n);
        double conviction =
            confidence >= 1.0
                ? Double.POSITIVE_INFINITY
                : (1.0 - (double) countY / n) / (1.0 - confidence);
        String[] names = new String[a];
        for (int j = 0; j < a; j++) {
          names[j] = nameOfRank[ante[j]];
        }
        Arrays.sort(names);
        rules.add(
            new Rule(
                Arrays.asList(names),
                nameOfRank[y],
                countS,
                support,
                confidence,
                lift,
                leverage,
                conviction));
      }
    }
    rules.sort(ORDER);
    return rules;
  }

  /** Rule order: by length, then antecedent, then consequent (names compared as strings). */
  static final Comparator<Rule> ORDER =
      Comparator.comparingInt(Rule::length)
          .thenComparing(Rule::antecedent, RuleMiner::compareLists)
          .thenComparing(Rule::consequent);

  static int compareLists(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "RuleMiner[minSupport=%s, minConfidence=%s, minLength=%d, maxLength=%d]",
        minSupport,
        minConfidence,
        minLength,
        maxLength);
  }

  /** Builds a {@link RuleMiner}. Each option may be set once; not thread-safe. */
  public static final class Builder {
    private double minSupport = 0.1;
    private double minConfidence = 0.8;
    private int minLength = 1;
    private int maxLength = 10;
    private ProgressListener progress = ProgressListener.none();
    private final SetOnce options = new SetOnce();

    private Builder() {}

    /**
     * The minimum support as a share of baskets.
     *
     * @param minSupport in (0, 1]
     * @return this builder
     * @throws IllegalArgumentException if out of range or NaN
     * @throws IllegalStateException if already set
     */
    public Builder minSupport(double minSupport) {
      if (!(minSupport > 0.0 && minSupport <= 1.0)) {
        throw new IllegalArgumentException(
            "minSupport must be in (0, 1], was " + Double.toString(minSupport));
      }
      options.check("minSupport");
      this.minSupport = minSupport;
      return this;
    }

    /**
     * The minimum confidence.
     *
     * @param minConfidence in [0, 1]
     * @return this builder
     * @throws IllegalArgumentException if out of range or NaN
     * @throws IllegalStateException if already set
     */
    public Builder minConfidence(double minConfidence) {
      if (!(minConfidence >= 0.0 && minConfidence <= 1.0)) {
        throw new IllegalArgumentException(
            "minConfidence must be in [0, 1], was " + Double.toString(minConfidence));
      }
      options.check("minConfidence");
      this.minConfidence = minConfidence;
      return this;
    }

    /**
     * The minimum rule length (items on both sides); 2 drops rules with an empty left-hand side.
     *
     * @param minLength at least 1
     * @return this builder
     * @throws IllegalArgumentException if below 1
     * @throws IllegalStateException if already set
     */
    public Builder minLength(int minLength) {
      if (minLength < 1) {
        throw new IllegalArgumentException("minLength must be >= 1, was " + minLength);
      }
      options.check("minLength");
      this.minLength = minLength;
      return this;
    }

    /**
     * The maximum itemset and rule length.
     *
     * @param maxLength at least 1
     * @return this builder
     * @throws IllegalArgumentException if below 1
     * @throws IllegalStateException if already set
     */
    public Builder maxLength(int maxLength) {
      if (maxLength < 1) {
        throw new IllegalArgumentException("maxLength must be >= 1, was " + maxLength);
      }
      options.check("maxLength");
      this.maxLength = maxLength;
      return this;
    }

    /**
     * Receives progress (stages {@code project} and {@code fp-growth}).
     *
     * @param progress the listener
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder progress(ProgressListener progress) {
      Objects.requireNonNull(progress, "progress");
      options.check("progress");
      this.progress = progress;
      return this;
    }

    /**
     * Builds the miner; the builder is left unchanged.
     *
     * @return the miner
     * @throws IllegalArgumentException if minLength exceeds maxLength
     */
    public RuleMiner build() {
      if (minLength > maxLength) {
        throw new IllegalArgumentException(
            "minLength must be <= maxLength (" + maxLength + "), was " + minLength);
      }
      return new RuleMiner(this);
    }
  }
}
