package org.osicam.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.osicam.core.model.SourceKey;
import org.osicam.core.model.SourceRecord;

/**
 * A seeded generator of realistic person records from several source systems, with duplicates of
 * the same person carrying typos, missing values, swapped names, other date and phone formats and
 * abbreviated street types; the truth (which records are one person) comes with them. The same
 * settings and seed always give the same records.
 *
 * <p>Names follow a Zipf-like law over a large pool (a few common names, a long tail of rare ones,
 * as in real populations), so blocking and term-frequency weights meet realistic frequencies.
 *
 * <pre>{@code
 * PersonRecordGenerator.Data data = PersonRecordGenerator.builder().seed(7).records(10_000).build().generate();
 * List<SourceRecord> records = data.records();
 * String person = data.truth().get(records.get(0).key());
 * }</pre>
 */
public final class PersonRecordGenerator {
  private static final String[] GIVEN = {
    "marie",
    "jean",
    "pierre",
    "michel",
    "anne",
    "nathalie",
    "isabelle",
    "philippe",
    "sophie",
    "nicolas",
    "catherine",
    "christophe",
    "julie",
    "thomas",
    "camille",
    "louis",
    "emma",
    "hugo",
    "chloe",
    "paul",
    "olivia",
    "james",
    "laura",
    "nathan",
    "julia",
    "adam",
    "lea",
    "noah",
    "john",
    "mary",
    "robert",
    "linda",
    "michael",
    "sarah",
    "david",
    "karen",
    "daniel",
    "lisa",
    "matthew",
    "emily",
    "andrew",
    "jessica",
    "joseph",
    "claire",
    "antoine",
    "manon",
    "lucas",
    "ines",
    "gabriel",
    "alice",
    "arthur",
    "louise",
    "jules",
    "rose",
    "raphael",
    "jade",
    "mathis",
    "zoe",
    "theo",
    "lina"
  };
  private static final String[] SYLLABLES = {
    "ber", "nard", "du", "bois", "mar", "tin", "le", "roy", "mo", "reau", "pe", "tit", "fon",
    "taine", "gar", "cia", "wil", "son", "tay", "lor", "bro", "wn", "dur", "and", "gau", "tier",
    "lef", "evre", "rich", "ard", "ven", "ot", "char", "pen", "tier", "bou", "cher", "lam", "bert",
    "ro", "bin", "cla", "rk", "har", "ris", "wal", "ker", "mey", "er", "schm", "idt", "kow", "al",
    "ski", "rod", "ri", "guez", "sil", "va", "mul", "ler", "ber", "ger", "fis", "chon", "gir",
    "aud", "mer", "cier"
  };
  private static final String[] STREET_TYPES = {"rue", "avenue", "boulevard", "place", "chemin"};
  private static final String[] STREET_ABBREVIATIONS = {"r.", "av.", "bd", "pl.", "ch."};
  private static final String[] SOURCES = {"webshop", "store", "callcentre", "loyalty"};
  private static final String[] DOMAINS = {"example.org", "mail.example", "post.example"};

  private final long seed;
  private final int records;
  private final double duplicateShare;
  private final double errorRate;
  private final int cities;

  private PersonRecordGenerator(
      long seed, int records, double duplicateShare, double errorRate, int cities) {
    this.seed = seed;
    this.records = records;
    this.duplicateShare = duplicateShare;
    this.errorRate = errorRate;
    this.cities = cities;
  }

  /**
   * Starts a configuration: seed 42, 10,000 records, 40% duplicates, 10% error rate, 2,000 cities.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The generated records and their truth.
   *
   * @param records the records, shuffled (duplicates are not next to their originals)
   * @param truth for each record key, the id of the person it describes
   */
  public record Data(List<SourceRecord> records, Map<SourceKey, String> truth) {
    /** Copies. */
    public Data {
      records = List.copyOf(records);
      truth = Map.copyOf(truth);
    }
  }

  /** Filled field by field right after construction. */
  @SuppressWarnings("NullAway.Init")
  private static final class Person {
    String given;
    String family;
    LocalDate birth;
    String email;
    String phone;
    String streetNumber;
    String street;
    String postcode;
    String city;
    String nationalId;
  }

  /**
   * Generates the records.
   *
   * @return the records and their truth
   */
  public Data generate() {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> given = pool(random.split(), 6_000, true);
    List<String> family = pool(random.split(), 80_000, false);
    List<String> cities = pool(random.split(), this.cities, false);
    List<String> streets = pool(random.split(), 20_000, false);
    List<SourceRecord> out = new ArrayList<>(records);
    Map<SourceKey, String> truth = new HashMap<>(records * 2);
    int person = 0;
    SplittableRandom r = random.split();
    while (out.size() < records) {
      Person p = new Person();
      p.given = zipf(r, given);
      p.family = zipf(r, family);
      p.birth = LocalDate.of(1930, 1, 1).plusDays(r.nextInt(365 * 75));
      p.email =
          p.given
              + "."
              + p.family
              + (r.nextInt(3) == 0 ? Integer.toString(r.nextInt(100)) : "")
              + "@"
              + DOMAINS[r.nextInt(DOMAINS.length)];
      p.phone = String.format(Locale.ROOT, "0%d%08d", 6 + r.nextInt(2), r.nextInt(100_000_000));
      p.streetNumber = Integer.toString(1 + r.nextInt(200));
      p.street = STREET_TYPES[r.nextInt(STREET_TYPES.length)] + " " + zipf(r, streets);
      int city = r.nextInt(cities.size());
      p.city = cities.get(city);
      p.postcode = String.format(Locale.ROOT, "%05d", 1000 + city * 47);
      p.nationalId = String.format(Locale.ROOT, "%013d", r.nextLong(10_000_000_000_000L));
      String id = "P" + person++;
      int copies = 1;
      while (copies < 5 && r.nextDouble() < duplicateShare) {
        copies++;
      }
      for (int c = 0; c < copies && out.size() < records; c++) {
        String source = SOURCES[r.nextInt(SOURCES.length)];
        SourceKey key =
            new SourceKey(source, source.substring(0, 2).toUpperCase(Locale.ROOT) + out.size());
        out.add(new SourceRecord(key, attributes(p, r, c > 0), instant(r)));
        truth.put(key, id);
      }
    }
    Collections.shuffle(out, new java.util.Random(r.nextLong()));
    return new Data(out, truth);
  }

  private Map<String, String> attributes(Person p, SplittableRandom r, boolean duplicate) {
    Map<String, String> a = new HashMap<>();
    double e = duplicate ? errorRate : errorRate / 4;
    String given = corrupt(capitalise(p.given), r, e);
    String family = corrupt(capitalise(p.family), r, e);
    if (r.nextDouble() < e / 3) {
      String t = given;
      given = family;
      family = t;
    }
    put(a, "given_name", given, r, e);
    put(a, "family_name", family, r, e);
    String birth;
    switch (r.nextInt(3)) {
      case 0:
        birth = p.birth.toString();
        break;
      case 1:
        birth =
            String.format(
                Locale.ROOT,
                "%02d/%02d/%04d",
                p.birth.getDayOfMonth(),
                p.birth.getMonthValue(),
                p.birth.getYear());
        break;
      default:
        birth = p.birth.toString().replace("-", "");
        break;
    }
    if (r.nextDouble() < e) {
      birth = p.birth.plusDays(1 + r.nextInt(40)).toString();
    }
    put(a, "birth_date", birth, r, e);
    put(a, "email", r.nextBoolean() ? p.email : p.email.toUpperCase(Locale.ROOT), r, 2 * e);
    String phone =
        r.nextBoolean() ? p.phone : "+33 " + p.phone.substring(1, 2) + " " + p.phone.substring(2);
    put(a, "phone", phone, r, 2 * e);
    put(a, "street_number", p.streetNumber, r, e);
    String street = p.street;
    if (r.nextDouble() < 0.3) {
      for (int i = 0; i < STREET_TYPES.length; i++) {
        if (street.startsWith(STREET_TYPES[i] + " ")) {
          street = STREET_ABBREVIATIONS[i] + street.substring(STREET_TYPES[i].length());
        }
      }
    }
    put(a, "street", corrupt(street, r, e), r, e);
    put(a, "postcode", p.postcode, r, e);
    put(a, "city", capitalise(p.city), r, e);
    if (r.nextDouble() < 0.5) {
      put(a, "national_id", p.nationalId, r, e);
    }
    return a;
  }

  private static void put(
      Map<String, String> a, String key, String value, SplittableRandom r, double missing) {
    if (r.nextDouble() >= missing) {
      a.put(key, value);
    }
  }

  /** One typo (substitution, deletion, insertion or transposition) with probability {@code p}. */
  private static String corrupt(String s, SplittableRandom r, double p) {
    if (s.length() < 3 || r.nextDouble() >= p) {
      return s;
    }
    int i = 1 + r.nextInt(s.length() - 2);
    char c = (char) ('a' + r.nextInt(26));
    switch (r.nextInt(4)) {
      case 0:
        return s.substring(0, i) + c + s.substring(i + 1);
      case 1:
        return s.substring(0, i) + s.substring(i + 1);
      case 2:
        return s.substring(0, i) + c + s.substring(i);
      default:
        return s.substring(0, i) + s.charAt(i + 1) + s.charAt(i) + s.substring(i + 2);
    }
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static Instant instant(SplittableRandom r) {
    return Instant.parse("2020-01-01T00:00:00Z").plusSeconds(r.nextLong(150_000_000L));
  }

  /** A pool of distinct names: the common list first (for given names), then built ones. */
  private static List<String> pool(SplittableRandom r, int size, boolean common) {
    List<String> out = new ArrayList<>(size);
    java.util.Set<String> seen = new java.util.HashSet<>();
    if (common) {
      for (String g : GIVEN) {
        if (seen.add(g)) {
          out.add(g);
        }
      }
    }
    while (out.size() < size) {
      int n = 2 + r.nextInt(2);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) {
        sb.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
      }
      if (seen.add(sb.toString())) {
        out.add(sb.toString());
      }
    }
    return out;
  }

  /** Zipf-like draw: rank k with probability proportional to 1/(k+10). */
  private static String zipf(SplittableRandom r, List<String> pool) {
    int n = pool.size();
    // inverse transform of a continuous 1/(x+10) density on [0, n)
    double u = r.nextDouble();
    int k = (int) (10 * Math.pow((n + 10) / 10.0, u) - 10);
    return pool.get(Math.min(Math.max(k, 0), n - 1));
  }

  /** Configures a generator; each option may be set once. Not thread-safe. */
  public static final class Builder {
    private final java.util.Set<String> set = new java.util.HashSet<>();
    private long seed = 42;
    private int records = 10_000;
    private double duplicateShare = 0.4;
    private double errorRate = 0.1;
    private int cities = 2_000;

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
     * @param value number of records, >= 1 (default 10,000) @return this builder
     */
    public Builder records(int value) {
      once("records");
      if (value < 1) {
        throw new IllegalArgumentException("records must be >= 1, was " + value);
      }
      records = value;
      return this;
    }

    /**
     * @param value probability of each further copy of a person, in [0, 0.9] (default 0.4)
     * @return this builder
     */
    public Builder duplicateShare(double value) {
      once("duplicateShare");
      if (!(value >= 0 && value <= 0.9)) {
        throw new IllegalArgumentException("duplicateShare must be in [0, 0.9], was " + value);
      }
      duplicateShare = value;
      return this;
    }

    /**
     * @param value probability of a typo or a missing value per field of a duplicate, in [0, 0.5]
     *     (default 0.1)
     * @return this builder
     */
    public Builder errorRate(double value) {
      once("errorRate");
      if (!(value >= 0 && value <= 0.5)) {
        throw new IllegalArgumentException("errorRate must be in [0, 0.5], was " + value);
      }
      errorRate = value;
      return this;
    }

    /**
     * Sets the number of cities, each with one postcode and street numbers 1 to 200. Fewer cities
     * crowd more unrelated people into each postcode and street number, as a larger file would: a
     * small run then meets the address collisions of a large one.
     *
     * @param value number of cities, in [1, 2,000] (default 2,000)
     * @return this builder
     */
    public Builder cities(int value) {
      once("cities");
      if (value < 1 || value > 2_000) {
        throw new IllegalArgumentException("cities must be in [1, 2000], was " + value);
      }
      cities = value;
      return this;
    }

    /**
     * @return the generator; the builder is left unchanged
     */
    public PersonRecordGenerator build() {
      return new PersonRecordGenerator(seed, records, duplicateShare, errorRate, cities);
    }
  }
}
