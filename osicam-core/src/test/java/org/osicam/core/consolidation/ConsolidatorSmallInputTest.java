package org.osicam.core.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.SourceKey;
import org.osicam.core.model.SourceRecord;

/**
 * Small inputs (2 to about 50 records) with obvious duplicates and obvious different people, under
 * the default configuration: too few pairs to estimate m and u from the data alone.
 */
class ConsolidatorSmallInputTest {

  static SourceRecord record(String id, String... kv) {
    Map<String, String> a = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      a.put(kv[i], kv[i + 1]);
    }
    return new SourceRecord(new SourceKey("test", id), a, null);
  }

  static Consolidation consolidate(List<SourceRecord> records) {
    return Consolidator.builder().build().consolidate(records);
  }

  static CustomerId customerOf(Consolidation c, String id) {
    return c.customerIdOf(new SourceKey("test", id)).orElseThrow();
  }

  static final SourceRecord ANNE =
      record(
          "1",
          "given_name",
          "Anne",
          "family_name",
          "Martin",
          "birth_date",
          "1980-04-03",
          "email",
          "anne.martin@example.org",
          "city",
          "Lyon");
  static final SourceRecord ANNE_TYPO =
      record(
          "2",
          "given_name",
          "Anne",
          "family_name",
          "Marten",
          "birth_date",
          "1980-04-03",
          "email",
          "anne.martin@example.org");
  static final SourceRecord PAUL_SAME_FAMILY_AND_CITY =
      record(
          "3",
          "given_name",
          "Paul",
          "family_name",
          "Martin",
          "birth_date",
          "1975-12-24",
          "email",
          "paul.m@example.com",
          "city",
          "Lyon");

  @Test
  void noRecordAndOneRecordAreConsolidated() {
    assertThat(consolidate(List.of()).customers()).isEmpty();

    Consolidation one = consolidate(List.of(ANNE));

    assertThat(one.customers()).hasSize(1);
    assertThat(one.stats().candidatePairs()).isZero();
  }

  @Test
  void twoRecordsOfTheSamePersonWithAFamilyNameTypoAreLinked() {
    Consolidation c = consolidate(List.of(ANNE, ANNE_TYPO));

    assertThat(customerOf(c, "1")).isEqualTo(customerOf(c, "2"));
    assertThat(c.customers()).hasSize(1);
  }

  @Test
  void twoRecordsSharingOnlyFamilyNameAndCityStayApart() {
    Consolidation c = consolidate(List.of(ANNE, PAUL_SAME_FAMILY_AND_CITY));

    assertThat(customerOf(c, "1")).isNotEqualTo(customerOf(c, "3"));
    assertThat(c.customers()).hasSize(2);
  }

  @Test
  void threeRecordsLinkTheObviousPairAndKeepTheRelativeApart() {
    Consolidation c = consolidate(List.of(ANNE, ANNE_TYPO, PAUL_SAME_FAMILY_AND_CITY));

    assertThat(customerOf(c, "1")).isEqualTo(customerOf(c, "2"));
    assertThat(customerOf(c, "3")).isNotEqualTo(customerOf(c, "1"));
    assertThat(c.customers()).hasSize(2);
    assertThat(c.explain(ANNE.key(), ANNE_TYPO.key()).probability()).isGreaterThanOrEqualTo(0.95);
    assertThat(c.explain(ANNE.key(), PAUL_SAME_FAMILY_AND_CITY.key()).probability())
        .isLessThan(0.5);
  }

  @Test
  void twoIdenticalRecordsAreLinked() {
    SourceRecord copy = record("9", flatten(ANNE));

    Consolidation c = consolidate(List.of(ANNE, copy));

    assertThat(customerOf(c, "1")).isEqualTo(customerOf(c, "9"));
  }

  /**
   * Twins: same family name, birth date and address, different given names. A known limit, written
   * down in docs/organise.md: the model treats attributes as independent, so the shared household
   * (street number, street, postcode, city) and the shared birth date outweigh a given name that
   * clearly differs, at any input size. A non-match decision keeps them apart. If this test fails,
   * the limit is gone: update the documentation.
   */
  @Test
  void twinsAtTheSameAddressWithDifferentGivenNamesAreMergedAKnownLimit() {
    SourceRecord anne =
        record(
            "1",
            "given_name",
            "Anne",
            "family_name",
            "Martin",
            "birth_date",
            "1980-04-03",
            "street_number",
            "12",
            "street",
            "rue des Lilas",
            "postcode",
            "69003",
            "city",
            "Lyon");
    SourceRecord bruno =
        record(
            "2",
            "given_name",
            "Bruno",
            "family_name",
            "Martin",
            "birth_date",
            "1980-04-03",
            "street_number",
            "12",
            "street",
            "rue des Lilas",
            "postcode",
            "69003",
            "city",
            "Lyon");
    SourceRecord anneAgain = record("3", flatten(anne));

    Consolidation c = consolidate(List.of(anne, bruno, anneAgain));

    assertThat(customerOf(c, "1")).isEqualTo(customerOf(c, "3"));
    assertThat(customerOf(c, "2")).isEqualTo(customerOf(c, "1"));
    assertThat(c.explain(anne.key(), bruno.key()).attributes())
        .filteredOn(a -> a.attribute().equals("given_name"))
        .singleElement()
        .satisfies(a -> assertThat(a.weight()).isNegative());
  }

  @Test
  void tenRecordsOfSevenPeopleGiveSevenCustomers() {
    Population p = Population.of(7, 3);

    Consolidation c = consolidate(p.records);

    p.assertExact(c);
  }

  @Test
  void fiftyRecordsOfFortyPeopleGiveFortyCustomers() {
    Population p = Population.of(40, 10);

    Consolidation c = consolidate(p.records);

    p.assertExact(c);
  }

  @Test
  void twoHundredRecordsOfOneHundredFiftyPeopleGiveOneHundredFiftyCustomers() {
    Population p = Population.of(150, 50);

    Consolidation c = consolidate(p.records);

    p.assertExact(c);
  }

  static String[] flatten(SourceRecord r) {
    List<String> kv = new ArrayList<>();
    new java.util.TreeMap<>(r.attributes())
        .forEach(
            (k, v) -> {
              kv.add(k);
              kv.add(v);
            });
    return kv.toArray(new String[0]);
  }

  /**
   * Distinct people (distinct full names and e-mails, a few shared cities) and a second record for
   * some of them with one or two realistic differences: a typo in the family name, a missing
   * e-mail, a birth date written with day and month swapped, a given name typo.
   */
  static final class Population {
    static final String[] GIVEN = {
      "Anne", "Paul", "Marie", "Louis", "Claire", "Hugo", "Julie", "Thomas", "Emma", "Lucas",
      "Chloe", "Nathan", "Sarah", "Victor", "Ines", "Jules", "Lea", "Adam", "Manon", "Arthur",
      "Camille", "Gabriel", "Zoe", "Raphael", "Alice", "Leo", "Lina", "Noah", "Rose", "Ethan",
      "Jade", "Tom", "Eva", "Sacha", "Mila", "Theo", "Nina", "Axel", "Lou", "Simon",
      "Agathe", "Basile", "Celia", "Damien", "Elise", "Fabien", "Gaelle", "Henri", "Irene", "Joel"
    };
    static final String[] FAMILY = {
      "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
      "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux",
      "Vincent", "Fournier", "Morel", "Girard", "Andre", "Mercier", "Dupont", "Lambert", "Bonnet",
      "Francois", "Martinez", "Legrand"
    };
    static final String[] CITY = {"Lyon", "Paris", "Lille", "Nantes", "Rennes"};

    final List<SourceRecord> records = new ArrayList<>();
    final Map<SourceKey, Integer> person = new HashMap<>();
    final int people;

    private Population(int people) {
      this.people = people;
    }

    static Population of(int people, int duplicates) {
      Population p = new Population(people);
      for (int i = 0; i < people; i++) {
        p.add("p" + i, i, base(i));
      }
      for (int d = 0; d < duplicates; d++) {
        int i = (d * 7) % people;
        Map<String, String> a = base(i);
        switch (d % 4) {
          case 0:
            a.put("family_name", typo(a.get("family_name")));
            break;
          case 1:
            a.remove("email");
            break;
          case 2:
            LocalDate b = LocalDate.parse(a.get("birth_date"));
            a.put(
                "birth_date",
                String.format(
                    java.util.Locale.ROOT,
                    "%04d-%02d-%02d",
                    b.getYear(),
                    b.getDayOfMonth(),
                    b.getMonthValue()));
            a.remove("city");
            break;
          default:
            a.put("given_name", typo(a.get("given_name")));
            a.remove("email");
            break;
        }
        p.add("d" + d, i, a);
      }
      return p;
    }

    private void add(String id, int who, Map<String, String> attributes) {
      SourceRecord r = new SourceRecord(new SourceKey("test", id), attributes, null);
      records.add(r);
      person.put(r.key(), who);
    }

    /**
     * Person i: a full name no one else has (given and family names drawn without replacement from
     * their product), a birth date between 1940 and 2005 with day at most 12, a city among five,
     * all drawn with a fixed seed and independent of one another.
     */
    static Map<String, String> base(int i) {
      int combo = COMBOS.get(i);
      String given = GIVEN[combo % GIVEN.length];
      String family = FAMILY[combo / GIVEN.length];
      java.util.SplittableRandom r = new java.util.SplittableRandom(1_000 + i);
      // day <= 12 so that a day/month swap stays a valid date
      LocalDate birth = LocalDate.of(1940 + r.nextInt(66), 1 + r.nextInt(12), 1 + r.nextInt(12));
      Map<String, String> a = new HashMap<>();
      a.put("given_name", given);
      a.put("family_name", family);
      a.put("birth_date", birth.toString());
      a.put(
          "email",
          given.toLowerCase(java.util.Locale.ROOT)
              + "."
              + family.toLowerCase(java.util.Locale.ROOT)
              + i
              + "@example.org");
      a.put("city", CITY[r.nextInt(CITY.length)]);
      return a;
    }

    private static final List<Integer> COMBOS = combos();

    private static List<Integer> combos() {
      List<Integer> all = new ArrayList<>();
      for (int c = 0; c < GIVEN.length * FAMILY.length; c++) {
        all.add(c);
      }
      java.util.Collections.shuffle(all, new java.util.Random(42));
      return List.copyOf(all);
    }

    /** Replaces the third letter by the next letter of the alphabet. */
    static String typo(String s) {
      char c = s.charAt(2);
      char next = c == 'z' ? 'a' : (char) (c + 1);
      return s.substring(0, 2) + next + s.substring(3);
    }

    /** Every person is one customer and no customer holds two people. */
    void assertExact(Consolidation c) {
      Map<CustomerId, Integer> owner = new HashMap<>();
      Map<Integer, CustomerId> customer = new HashMap<>();
      for (SourceRecord r : records) {
        CustomerId id = c.customerIdOf(r.key()).orElseThrow();
        int who = person.get(r.key());
        assertThat(owner.putIfAbsent(id, who))
            .as("%s joins another person's customer", r.key())
            .isIn(null, who);
        assertThat(customer.putIfAbsent(who, id))
            .as("%s is apart from its person's other record", r.key())
            .isIn(null, id);
      }
      assertThat(c.customers()).hasSize(people);
    }
  }
}
