package org.osicam.testing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import org.osicam.core.kb.CustomerKnowledgeBase;
import org.osicam.core.kb.WriteBatch;
import org.osicam.core.model.Channel;
import org.osicam.core.model.Consent;
import org.osicam.core.model.Customer;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.Instrument;
import org.osicam.core.model.Interaction;
import org.osicam.core.model.InteractionStatus;
import org.osicam.core.model.Purpose;
import org.osicam.core.model.SourceKey;
import org.osicam.core.model.SourceRecord;
import org.osicam.core.model.SurveyResponse;
import org.osicam.core.model.Transaction;

/**
 * A seeded synthetic customer base: golden customers with their source records, transactions from a
 * repeat-purchase process, interactions, consents and survey answers. The same settings and seed
 * always give the same population.
 *
 * <p>Transactions follow the Pareto/NBD story: each customer buys as a Poisson process with rate
 * {@code lambda ~ Gamma(r, alpha)} (per week) while alive, and dies after an exponential lifetime
 * with rate {@code mu ~ Gamma(s, beta)}; spend per transaction is gamma distributed around a
 * customer-specific mean. The defaults are close to the published CDNOW estimates.
 *
 * <pre>{@code
 * SyntheticPopulation.Data data = SyntheticPopulation.builder().seed(42).customers(1_000).build().generate();
 * CustomerKnowledgeBase kb = data.toKnowledgeBase();
 * }</pre>
 */
public final class SyntheticPopulation {
  private static final String[] GIVEN = {
    "Anne", "Louis", "Marie", "Jean", "Camille", "Lucas", "Emma", "Hugo", "Chloe", "Paul", "Olivia",
    "James", "Sophie", "Thomas", "Laura", "Nathan", "Julia", "Adam", "Lea", "Noah"
  };
  private static final String[] FAMILY = {
    "Martin",
    "Bernard",
    "Dubois",
    "Thomas",
    "Robert",
    "Richard",
    "Petit",
    "Durand",
    "Leroy",
    "Moreau",
    "Smith",
    "Jones",
    "Taylor",
    "Brown",
    "Wilson",
    "Evans",
    "Walker",
    "Wright",
    "Garcia",
    "Fournier"
  };
  private static final String[] CITIES = {"Paris", "Lyon", "Lille", "Nantes", "London", "Leeds"};
  private static final String[] SOURCES = {"webshop", "store", "callcentre", "loyalty"};
  private static final Channel[] CHANNELS = Channel.values();

  private final long seed;
  private final int customers;
  private final Instant start;
  private final Instant end;
  private final double r;
  private final double alpha;
  private final double s;
  private final double beta;
  private final double meanSpend;
  private final int products;

  private SyntheticPopulation(Builder b) {
    this.seed = b.seed;
    this.customers = b.customers;
    this.start = b.start;
    this.end = b.end;
    this.r = b.r;
    this.alpha = b.alpha;
    this.s = b.s;
    this.beta = b.beta;
    this.meanSpend = b.meanSpend;
    this.products = b.products;
  }

  /** Starts a configuration with the defaults documented on each setter. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Generates the population.
   *
   * @return the records, in customer order
   */
  public Data generate() {
    SplittableRandom root = new SplittableRandom(seed);
    List<Customer> golden = new ArrayList<>(customers);
    List<SourceRecord> records = new ArrayList<>(customers);
    List<Transaction> transactions = new ArrayList<>();
    List<Interaction> interactions = new ArrayList<>();
    List<Consent> consents = new ArrayList<>();
    List<SurveyResponse> responses = new ArrayList<>();
    double horizonWeeks = Duration.between(start, end).toSeconds() / (7 * 86400.0);
    long spanSeconds = Duration.between(start, end).toSeconds();
    for (int i = 0; i < customers; i++) {
      SplittableRandom rnd = root.split();
      CustomerId id = CustomerId.of(String.format(Locale.ROOT, "C%07d", i + 1));
      String given = GIVEN[rnd.nextInt(GIVEN.length)];
      String family = FAMILY[rnd.nextInt(FAMILY.length)];
      SourceKey key = new SourceKey(SOURCES[rnd.nextInt(SOURCES.length)], "K" + (i + 1));
      String email = (given + "." + family + (i + 1) + "@example.org").toLowerCase(Locale.ROOT);
      String phone = String.format(Locale.ROOT, "+336%08d", rnd.nextInt(100_000_000));
      String birth =
          String.format(
              Locale.ROOT,
              "%d-%02d-%02d",
              1940 + rnd.nextInt(65),
              1 + rnd.nextInt(12),
              1 + rnd.nextInt(28));
      String city = CITIES[rnd.nextInt(CITIES.length)];
      Customer.Builder c = Customer.builder(id);
      c.attribute("given_name", given, key)
          .attribute("family_name", family, key)
          .attribute("email", email, key)
          .attribute("phone", phone, key)
          .attribute("birth_date", birth, key)
          .attribute("city", city, key);
      golden.add(c.build());
      records.add(
          new SourceRecord(
              key,
              java.util.Map.of(
                  "given_name", given,
                  "family_name", family,
                  "email", email,
                  "phone", phone,
                  "birth_date", birth,
                  "city", city),
              start));

      // purchases: first purchase uniform in the first quarter of the window, then repeat buying
      double firstWeek = rnd.nextDouble() * horizonWeeks / 4;
      double lambda = gamma(rnd, r, 1.0 / alpha);
      double mu = gamma(rnd, s, 1.0 / beta);
      double death = firstWeek + exponential(rnd, mu);
      double customerMean = meanSpend * gamma(rnd, 6.0, 1.0 / 6.0);
      double t = firstWeek;
      int n = 0;
      while (t < horizonWeeks && t < death) {
        Instant when = start.plusSeconds((long) (t * 7 * 86400));
        double spend = Math.max(0.5, gamma(rnd, 4.0, customerMean / 4.0));
        List<String> items = new ArrayList<>();
        int k = 1 + rnd.nextInt(3);
        for (int j = 0; j < k; j++) {
          items.add("P" + (1 + (int) Math.floor(products * Math.pow(rnd.nextDouble(), 2))));
        }
        transactions.add(
            new Transaction(
                id.value() + "-T" + (++n),
                id,
                when,
                BigDecimal.valueOf(spend).setScale(2, RoundingMode.HALF_UP),
                "EUR",
                items,
                rnd.nextInt(3) == 0 ? "store" : "web",
                null));
        t += exponential(rnd, lambda);
      }

      // consents: most grant email marketing, some withdraw later
      Instant consentAt = start.plusSeconds((long) (rnd.nextDouble() * spanSeconds / 4));
      if (rnd.nextDouble() < 0.8) {
        consents.add(new Consent(id, Purpose.MARKETING, Channel.EMAIL, true, consentAt, null));
        if (rnd.nextDouble() < 0.1) {
          consents.add(
              new Consent(
                  id,
                  Purpose.MARKETING,
                  Channel.EMAIL,
                  false,
                  consentAt.plusSeconds(86400L * 30),
                  null));
        }
      }
      if (rnd.nextDouble() < 0.4) {
        consents.add(new Consent(id, Purpose.MARKETING, Channel.SMS, true, consentAt, null));
      }

      // interactions: a few outbound contacts with outcomes
      int contacts = rnd.nextInt(4);
      for (int j = 0; j < contacts; j++) {
        Instant when = start.plusSeconds((long) (rnd.nextDouble() * spanSeconds));
        InteractionStatus status =
            switch (rnd.nextInt(6)) {
              case 0 -> InteractionStatus.OPENED;
              case 1 -> InteractionStatus.CLICKED;
              case 2 -> InteractionStatus.NO_REACTION;
              default -> InteractionStatus.DELIVERED;
            };
        interactions.add(
            Interaction.builder(id.value() + "-I" + (j + 1), id, CHANNELS[rnd.nextInt(2)], when)
                .actionId("campaign-" + (1 + rnd.nextInt(3)))
                .status(status)
                .build());
      }

      // survey: a third answer an NPS question; happier when they bought more
      if (rnd.nextDouble() < 1.0 / 3) {
        int base = Math.min(10, 5 + n / 2 + rnd.nextInt(5) - 1);
        responses.add(
            new SurveyResponse(
                id.value() + "-S1",
                id,
                Instrument.NPS,
                Math.max(0, base),
                start.plusSeconds((long) (rnd.nextDouble() * spanSeconds)),
                null));
      }
    }
    return new Data(golden, records, transactions, interactions, consents, responses);
  }

  /** Marsaglia and Tsang's gamma sampler (shape {@code k}, scale {@code theta}). */
  static double gamma(SplittableRandom rnd, double k, double theta) {
    if (k < 1) {
      double u = rnd.nextDouble();
      return gamma(rnd, k + 1, theta) * Math.pow(u, 1.0 / k);
    }
    double d = k - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x = normal(rnd);
      double v = 1 + c * x;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = rnd.nextDouble();
      if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
        return d * v * theta;
      }
    }
  }

  private static double normal(SplittableRandom rnd) {
    double u1 = rnd.nextDouble();
    double u2 = rnd.nextDouble();
    return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
  }

  private static double exponential(SplittableRandom rnd, double rate) {
    return -Math.log(1 - rnd.nextDouble()) / rate;
  }

  /**
   * A generated population.
   *
   * @param customers golden customers with lineage to their source record
   * @param sourceRecords one source record per customer
   * @param transactions transactions, grouped by customer, in time order
   * @param interactions outbound contacts and outcomes
   * @param consents marketing consents (some withdrawn)
   * @param surveyResponses NPS answers
   */
  public record Data(
      List<Customer> customers,
      List<SourceRecord> sourceRecords,
      List<Transaction> transactions,
      List<Interaction> interactions,
      List<Consent> consents,
      List<SurveyResponse> surveyResponses) {

    /** Copies the lists. */
    public Data {
      customers = List.copyOf(customers);
      sourceRecords = List.copyOf(sourceRecords);
      transactions = List.copyOf(transactions);
      interactions = List.copyOf(interactions);
      consents = List.copyOf(consents);
      surveyResponses = List.copyOf(surveyResponses);
    }

    /** Everything as one write batch. */
    public WriteBatch toBatch() {
      return new WriteBatch(
          customers,
          sourceRecords,
          transactions,
          interactions,
          consents,
          surveyResponses,
          List.of());
    }

    /** A new in-memory knowledge base holding everything. */
    public CustomerKnowledgeBase toKnowledgeBase() {
      CustomerKnowledgeBase kb = CustomerKnowledgeBase.inMemory();
      kb.apply(toBatch());
      return kb;
    }
  }

  /** Settings of a synthetic population; each may be set once. */
  public static final class Builder {
    private long seed = 42;
    private int customers = 1_000;
    private Instant start = Instant.parse("2023-01-01T00:00:00Z");
    private Instant end = Instant.parse("2024-07-01T00:00:00Z");
    private double r = 0.55;
    private double alpha = 10.6;
    private double s = 0.61;
    private double beta = 11.7;
    private double meanSpend = 35;
    private int products = 200;
    private final java.util.Set<String> set = new java.util.HashSet<>();

    private Builder() {}

    private void once(String option) {
      if (!set.add(option)) {
        throw new IllegalStateException(option + " was already set");
      }
    }

    /**
     * @param value the seed (default 42) @return this builder
     */
    public Builder seed(long value) {
      once("seed");
      seed = value;
      return this;
    }

    /**
     * @param value number of customers, at least 1 (default 1,000) @return this builder
     */
    public Builder customers(int value) {
      once("customers");
      if (value < 1) {
        throw new IllegalArgumentException("customers must be at least 1, was " + value);
      }
      customers = value;
      return this;
    }

    /**
     * @param from start of the observation window (default 2023-01-01)
     * @param to end, after {@code from} (default 2024-07-01)
     * @return this builder
     */
    public Builder window(Instant from, Instant to) {
      once("window");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      if (!to.isAfter(from)) {
        throw new IllegalArgumentException(
            "window end must be after start, was " + from + " to " + to);
      }
      start = from;
      end = to;
      return this;
    }

    /**
     * Pareto/NBD parameters of the purchase process, rates per week (defaults r 0.55, alpha 10.6, s
     * 0.61, beta 11.7: the CDNOW estimates).
     *
     * @param r shape of the purchase rate
     * @param alpha scale of the purchase rate
     * @param s shape of the dropout rate
     * @param beta scale of the dropout rate
     * @return this builder
     */
    public Builder paretoNbd(double r, double alpha, double s, double beta) {
      once("paretoNbd");
      for (double v : new double[] {r, alpha, s, beta}) {
        if (!(v > 0) || !Double.isFinite(v)) {
          throw new IllegalArgumentException("Pareto/NBD parameters must be positive, was " + v);
        }
      }
      this.r = r;
      this.alpha = alpha;
      this.s = s;
      this.beta = beta;
      return this;
    }

    /**
     * @param value mean spend per transaction, positive (default 35) @return this builder
     */
    public Builder meanSpend(double value) {
      once("meanSpend");
      if (!(value > 0)) {
        throw new IllegalArgumentException("meanSpend must be positive, was " + value);
      }
      meanSpend = value;
      return this;
    }

    /**
     * @param value number of distinct products, at least 1 (default 200) @return this builder
     */
    public Builder products(int value) {
      once("products");
      if (value < 1) {
        throw new IllegalArgumentException("products must be at least 1, was " + value);
      }
      products = value;
      return this;
    }

    /**
     * @return the immutable generator; the builder is left unchanged
     */
    public SyntheticPopulation build() {
      return new SyntheticPopulation(this);
    }
  }

  @Override
  public String toString() {
    return "SyntheticPopulation{seed=" + seed + ", customers=" + customers + "}";
  }
}
