package org.osicam.core.consolidation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The configuration of consolidation: normalisation, blocking, scoring, decision, clustering and
 * survivorship. {@link #defaults()} works for person records out of the box; change single options
 * with {@link #toBuilder()}.
 *
 * <pre>{@code
 * ConsolidationConfig config = ConsolidationConfig.defaults().toBuilder()
 *     .defaultRegion("GB")
 *     .sourcePriority(List.of("crm", "webshop"))
 *     .build();
 * }</pre>
 *
 * @param defaultRegion ISO 3166 region for phone numbers written without a country code
 * @param dateOrder how {@code 03/04/1980} is read
 * @param phonetic the phonetic code used by name comparison and blocking
 * @param matchThreshold match probability at or above which a pair is a match, in (0, 1)
 * @param reviewThreshold probability at or above which a non-matching pair is returned for review,
 *     in (0, matchThreshold]
 * @param blockingRules the blocking rules, OR-ed (at least one)
 * @param maxBlockSize blocks with more records are skipped (the guard against giant blocks), >= 2
 * @param window inside a block, each record is compared with this many next records in name order
 *     (sorted neighbourhood), so a large block costs {@code size * window} comparisons, not {@code
 *     size^2 / 2}; blocks up to {@code window + 1} records are compared in full; >= 1
 * @param randomPairs random pairs drawn to estimate u, >= 1000
 * @param emIterations maximum EM iterations to estimate m, >= 1
 * @param seed the seed of every random choice
 * @param comparisons the attribute keys compared (a subset of the roles given_name, family_name,
 *     birth_date, email, phone, national_id, street_number, street, postcode, city)
 * @param termFrequencies whether exact agreement on a value weighs by that value's rarity
 * @param conflictAttributes attributes whose clear disagreement between two records forbids them in
 *     one customer unless a human asserted the match (anti-chaining), a subset of {@code
 *     comparisons}
 * @param minimumSupport when two clusters join, the mean match probability over all their cross
 *     pairs must reach this (average linkage against chaining), in [0, 1]
 * @param survivorship the survivorship rule per attribute key (others use {@code
 *     defaultSurvivorship})
 * @param defaultSurvivorship the rule for attributes not in {@code survivorship}
 * @param sourcePriority source systems from most to least trusted
 * @param customerIdPrefix prefix of new customer ids
 * @param model fixed m and u (estimation skipped), or {@code null} to estimate them
 */
public record ConsolidationConfig(
    String defaultRegion,
    DateOrder dateOrder,
    Phonetic phonetic,
    double matchThreshold,
    double reviewThreshold,
    List<BlockingRule> blockingRules,
    int maxBlockSize,
    int window,
    int randomPairs,
    int emIterations,
    long seed,
    Set<String> comparisons,
    boolean termFrequencies,
    Set<String> conflictAttributes,
    double minimumSupport,
    Map<String, SurvivorshipRule> survivorship,
    SurvivorshipRule defaultSurvivorship,
    List<String> sourcePriority,
    String customerIdPrefix,
    @Nullable MatchModel model) {

  /** How a date written with the year last is read. */
  public enum DateOrder {
    /** {@code dd/MM/yyyy} (Europe). */
    DAY_MONTH_YEAR,
    /** {@code MM/dd/yyyy} (United States). */
    MONTH_DAY_YEAR;

    Normalize.Order order() {
      return this == DAY_MONTH_YEAR ? Normalize.Order.DAY_FIRST : Normalize.Order.MONTH_FIRST;
    }

    String pattern() {
      return this == DAY_MONTH_YEAR ? "dd/MM/yyyy" : "MM/dd/yyyy";
    }
  }

  /** The phonetic code of names. */
  public enum Phonetic {
    /** Double Metaphone (commons-codec), for English and international names. */
    DOUBLE_METAPHONE,
    /** A French phonetic key (Dupont = Dupond, Gauthier = Gautier, Lefebvre = Lefèvre). */
    FRENCH
  }

  private static final List<String> ATTRIBUTES =
      List.of(
          "given_name",
          "family_name",
          "birth_date",
          "email",
          "phone",
          "national_id",
          "street_number",
          "street",
          "postcode",
          "city");

  /** Validates and copies. */
  public ConsolidationConfig {
    Objects.requireNonNull(defaultRegion, "defaultRegion");
    if (!defaultRegion.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException(
          "defaultRegion must be an ISO 3166 code like FR, was " + defaultRegion);
    }
    Objects.requireNonNull(dateOrder, "dateOrder");
    Objects.requireNonNull(phonetic, "phonetic");
    if (!(matchThreshold > 0 && matchThreshold < 1)) {
      throw new IllegalArgumentException("matchThreshold must be in (0, 1), was " + matchThreshold);
    }
    if (!(reviewThreshold > 0 && reviewThreshold <= matchThreshold)) {
      throw new IllegalArgumentException(
          "reviewThreshold must be in (0, matchThreshold], was " + reviewThreshold);
    }
    blockingRules = List.copyOf(blockingRules);
    if (blockingRules.isEmpty()) {
      throw new IllegalArgumentException("blockingRules must be non-empty, was []");
    }
    if (maxBlockSize < 2) {
      throw new IllegalArgumentException("maxBlockSize must be >= 2, was " + maxBlockSize);
    }
    if (window < 1) {
      throw new IllegalArgumentException("window must be >= 1, was " + window);
    }
    if (randomPairs < 1000) {
      throw new IllegalArgumentException("randomPairs must be >= 1000, was " + randomPairs);
    }
    if (emIterations < 1) {
      throw new IllegalArgumentException("emIterations must be >= 1, was " + emIterations);
    }
    comparisons = Set.copyOf(new TreeSet<>(comparisons));
    for (String c : comparisons) {
      if (!ATTRIBUTES.contains(c)) {
        throw new IllegalArgumentException(
            "comparisons must be among " + ATTRIBUTES + ", was " + c);
      }
    }
    if (comparisons.isEmpty()) {
      throw new IllegalArgumentException("comparisons must be non-empty, was []");
    }
    conflictAttributes = Set.copyOf(conflictAttributes);
    for (String c : conflictAttributes) {
      if (!comparisons.contains(c)) {
        throw new IllegalArgumentException(
            "conflictAttributes must be among the comparisons, was " + c);
      }
    }
    if (!(minimumSupport >= 0 && minimumSupport <= 1)) {
      throw new IllegalArgumentException("minimumSupport must be in [0, 1], was " + minimumSupport);
    }
    survivorship = Map.copyOf(survivorship);
    Objects.requireNonNull(defaultSurvivorship, "defaultSurvivorship");
    sourcePriority = List.copyOf(sourcePriority);
    if (new LinkedHashSet<>(sourcePriority).size() != sourcePriority.size()) {
      throw new IllegalArgumentException("sourcePriority must not repeat a source");
    }
    Objects.requireNonNull(customerIdPrefix, "customerIdPrefix");
    if (customerIdPrefix.isBlank()) {
      throw new IllegalArgumentException("customerIdPrefix must be non-blank");
    }
  }

  /**
   * The default configuration for person records: every attribute compared, seven blocking rules
   * (national id; e-mail; phone; birth date with either name's phonetic code; both names' phonetic
   * codes in any order; postcode with street number; birth date with postcode), block guard 1,000,
   * match at probability 0.95, review from 0.5, birth date and national id as conflicting
   * identifiers, seed 42.
   *
   * @return the defaults
   */
  public static ConsolidationConfig defaults() {
    return new ConsolidationConfig(
        "FR",
        DateOrder.DAY_MONTH_YEAR,
        Phonetic.DOUBLE_METAPHONE,
        0.95,
        0.5,
        List.of(
            BlockingRule.of(BlockingKey.NATIONAL_ID),
            BlockingRule.of(BlockingKey.EMAIL),
            BlockingRule.of(BlockingKey.EMAIL_LOCAL_PART),
            BlockingRule.of(BlockingKey.PHONE),
            BlockingRule.of(BlockingKey.BIRTH_DATE, BlockingKey.FAMILY_PHONETIC),
            BlockingRule.of(BlockingKey.BIRTH_DATE, BlockingKey.GIVEN_PHONETIC),
            BlockingRule.of(BlockingKey.NAME_PHONETIC_PAIR),
            BlockingRule.of(BlockingKey.POSTCODE, BlockingKey.STREET_NUMBER),
            BlockingRule.of(BlockingKey.BIRTH_DATE),
            BlockingRule.of(BlockingKey.FAMILY_PHONETIC),
            BlockingRule.of(BlockingKey.GIVEN_PHONETIC)),
        10_000,
        5,
        500_000,
        50,
        42L,
        Set.copyOf(ATTRIBUTES),
        true,
        Set.of("birth_date", "national_id"),
        0.5,
        Map.of(
            "email", SurvivorshipRule.MOST_RECENT,
            "phone", SurvivorshipRule.MOST_RECENT,
            "street_number", SurvivorshipRule.MOST_RECENT,
            "street", SurvivorshipRule.MOST_RECENT,
            "postcode", SurvivorshipRule.MOST_RECENT,
            "city", SurvivorshipRule.MOST_RECENT,
            "country", SurvivorshipRule.MOST_RECENT),
        SurvivorshipRule.MOST_FREQUENT,
        List.of(),
        "C-",
        null);
  }

  /**
   * The survivorship rule of an attribute.
   *
   * @param attribute attribute key
   * @return its rule, or the default rule
   */
  public SurvivorshipRule survivorshipOf(String attribute) {
    return survivorship.getOrDefault(attribute, defaultSurvivorship);
  }

  /** A builder holding this configuration's values; each option may be changed once. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds a configuration from {@link #defaults()}; not thread-safe. */
  public static final class Builder {
    private final Set<String> set = new TreeSet<>();
    private String defaultRegion;
    private DateOrder dateOrder;
    private Phonetic phonetic;
    private double matchThreshold;
    private double reviewThreshold;
    private List<BlockingRule> blockingRules;
    private int maxBlockSize;
    private int window;
    private int randomPairs;
    private int emIterations;
    private long seed;
    private Set<String> comparisons;
    private boolean termFrequencies;
    private Set<String> conflictAttributes;
    private double minimumSupport;
    private Map<String, SurvivorshipRule> survivorship;
    private SurvivorshipRule defaultSurvivorship;
    private List<String> sourcePriority;
    private String customerIdPrefix;
    private @Nullable MatchModel model;

    private Builder(ConsolidationConfig c) {
      defaultRegion = c.defaultRegion;
      dateOrder = c.dateOrder;
      phonetic = c.phonetic;
      matchThreshold = c.matchThreshold;
      reviewThreshold = c.reviewThreshold;
      blockingRules = c.blockingRules;
      maxBlockSize = c.maxBlockSize;
      window = c.window;
      randomPairs = c.randomPairs;
      emIterations = c.emIterations;
      seed = c.seed;
      comparisons = c.comparisons;
      termFrequencies = c.termFrequencies;
      conflictAttributes = c.conflictAttributes;
      minimumSupport = c.minimumSupport;
      survivorship = new TreeMap<>(c.survivorship);
      defaultSurvivorship = c.defaultSurvivorship;
      sourcePriority = c.sourcePriority;
      customerIdPrefix = c.customerIdPrefix;
      model = c.model;
    }

    private void once(String option) {
      if (!set.add(option)) {
        throw new IllegalStateException(option + " was already set");
      }
    }

    private static double probability(double value, String name) {
      if (!(value > 0 && value < 1)) {
        throw new IllegalArgumentException(name + " must be in (0, 1), was " + value);
      }
      return value;
    }

    private static int atLeast(int value, int min, String name) {
      if (value < min) {
        throw new IllegalArgumentException(name + " must be >= " + min + ", was " + value);
      }
      return value;
    }

    /**
     * @param value ISO 3166 region, e.g. {@code GB} @return this builder
     */
    public Builder defaultRegion(String value) {
      Objects.requireNonNull(value, "defaultRegion");
      once("defaultRegion");
      defaultRegion = value.toUpperCase(Locale.ROOT);
      return this;
    }

    /**
     * @param value how {@code 03/04/1980} is read @return this builder
     */
    public Builder dateOrder(DateOrder value) {
      Objects.requireNonNull(value, "dateOrder");
      once("dateOrder");
      dateOrder = value;
      return this;
    }

    /**
     * @param value the phonetic code of names @return this builder
     */
    public Builder phonetic(Phonetic value) {
      Objects.requireNonNull(value, "phonetic");
      once("phonetic");
      phonetic = value;
      return this;
    }

    /**
     * @param value match probability threshold in (0, 1) @return this builder
     */
    public Builder matchThreshold(double value) {
      once("matchThreshold");
      matchThreshold = probability(value, "matchThreshold");
      return this;
    }

    /**
     * @param value review probability threshold in (0, 1) @return this builder
     */
    public Builder reviewThreshold(double value) {
      once("reviewThreshold");
      reviewThreshold = probability(value, "reviewThreshold");
      return this;
    }

    /**
     * @param value the blocking rules (replace the defaults) @return this builder
     */
    public Builder blockingRules(List<BlockingRule> value) {
      Objects.requireNonNull(value, "blockingRules");
      once("blockingRules");
      if (value.isEmpty()) {
        throw new IllegalArgumentException("blockingRules must be non-empty, was []");
      }
      blockingRules = List.copyOf(value);
      return this;
    }

    /**
     * @param value largest block compared, >= 2 @return this builder
     */
    public Builder maxBlockSize(int value) {
      once("maxBlockSize");
      maxBlockSize = atLeast(value, 2, "maxBlockSize");
      return this;
    }

    /**
     * @param value sorted-neighbourhood window inside a block, >= 1 @return this builder
     */
    public Builder window(int value) {
      once("window");
      window = atLeast(value, 1, "window");
      return this;
    }

    /**
     * @param value random pairs for u, >= 1000 @return this builder
     */
    public Builder randomPairs(int value) {
      once("randomPairs");
      randomPairs = atLeast(value, 1000, "randomPairs");
      return this;
    }

    /**
     * @param value maximum EM iterations, >= 1 @return this builder
     */
    public Builder emIterations(int value) {
      once("emIterations");
      emIterations = atLeast(value, 1, "emIterations");
      return this;
    }

    /**
     * @param value the seed @return this builder
     */
    public Builder seed(long value) {
      once("seed");
      seed = value;
      return this;
    }

    /**
     * @param value attribute keys to compare @return this builder
     */
    public Builder comparisons(Set<String> value) {
      Objects.requireNonNull(value, "comparisons");
      once("comparisons");
      comparisons = Set.copyOf(value);
      conflictAttributes = new TreeSet<>(conflictAttributes);
      conflictAttributes.retainAll(comparisons);
      return this;
    }

    /**
     * @param value whether to use term-frequency adjustments @return this builder
     */
    public Builder termFrequencies(boolean value) {
      once("termFrequencies");
      termFrequencies = value;
      return this;
    }

    /**
     * @param value conflicting-identifier attributes @return this builder
     */
    public Builder conflictAttributes(Set<String> value) {
      Objects.requireNonNull(value, "conflictAttributes");
      once("conflictAttributes");
      conflictAttributes = Set.copyOf(value);
      return this;
    }

    /**
     * @param value mean cross-pair probability needed to join clusters, in [0, 1] @return this
     *     builder
     */
    public Builder minimumSupport(double value) {
      once("minimumSupport");
      if (!(value >= 0 && value <= 1)) {
        throw new IllegalArgumentException("minimumSupport must be in [0, 1], was " + value);
      }
      minimumSupport = value;
      return this;
    }

    /**
     * @param attribute attribute key
     * @param rule its survivorship rule
     * @return this builder
     */
    public Builder survivorship(String attribute, SurvivorshipRule rule) {
      Objects.requireNonNull(attribute, "attribute");
      Objects.requireNonNull(rule, "rule");
      once("survivorship." + attribute);
      survivorship.put(attribute, rule);
      return this;
    }

    /**
     * @param value rule for attributes without their own @return this builder
     */
    public Builder defaultSurvivorship(SurvivorshipRule value) {
      Objects.requireNonNull(value, "defaultSurvivorship");
      once("defaultSurvivorship");
      defaultSurvivorship = value;
      return this;
    }

    /**
     * @param value sources from most to least trusted @return this builder
     */
    public Builder sourcePriority(List<String> value) {
      Objects.requireNonNull(value, "sourcePriority");
      once("sourcePriority");
      sourcePriority = new ArrayList<>(value);
      return this;
    }

    /**
     * @param value prefix of new customer ids @return this builder
     */
    public Builder customerIdPrefix(String value) {
      Objects.requireNonNull(value, "customerIdPrefix");
      once("customerIdPrefix");
      customerIdPrefix = value;
      return this;
    }

    /**
     * @param value fixed m and u probabilities (no estimation) @return this builder
     */
    public Builder model(MatchModel value) {
      Objects.requireNonNull(value, "model");
      once("model");
      model = value;
      return this;
    }

    /**
     * @return the configuration; the builder is left unchanged
     * @throws IllegalArgumentException if options contradict each other
     */
    public ConsolidationConfig build() {
      return new ConsolidationConfig(
          defaultRegion,
          dateOrder,
          phonetic,
          matchThreshold,
          reviewThreshold,
          blockingRules,
          maxBlockSize,
          window,
          randomPairs,
          emIterations,
          seed,
          comparisons,
          termFrequencies,
          conflictAttributes,
          minimumSupport,
          survivorship,
          defaultSurvivorship,
          sourcePriority,
          customerIdPrefix,
          model);
    }
  }
}
