package org.osicam.core.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.osicam.core.model.SourceKey;
import org.osicam.core.model.SourceRecord;

/** Comparisons are symmetric, and a missing value is never a match nor a mismatch (level 0). */
class PairComparatorPropertiesTest {
  private static final ConsolidationConfig CONFIG = ConsolidationConfig.defaults();

  @Provide
  Arbitrary<Person> persons() {
    Arbitrary<String> name =
        Arbitraries.of("anne", "ann", "anna", "martin", "martine", "marten", "paul", "durand", "")
            .injectNull(0.1);
    Arbitrary<String> date =
        Arbitraries.of("1980-04-03", "1980-03-04", "1980-04-13", "1981-04-03", "19800403", "")
            .injectNull(0.1);
    Arbitrary<String> email =
        Arbitraries.of("anne@example.org", "anne@example.com", "annie@example.org", "")
            .injectNull(0.1);
    Arbitrary<String> code = Arbitraries.of("12345", "12354", "12346", "99999", "").injectNull(0.1);
    return Combinators.combine(name, name, date, email, code, code)
        .as(
            (g, f, d, e, c1, c2) -> {
              Map<String, String> a = new HashMap<>();
              put(a, "given_name", g);
              put(a, "family_name", f);
              put(a, "birth_date", d);
              put(a, "email", e);
              put(a, "phone", c1);
              put(a, "national_id", c2);
              put(a, "postcode", c1);
              put(a, "city", g);
              put(a, "street", f);
              put(a, "street_number", c2);
              return Person.of(new SourceRecord(new SourceKey("s", "1"), a, null), CONFIG);
            });
  }

  private static void put(Map<String, String> a, String k, String v) {
    if (v != null) {
      a.put(k, v);
    }
  }

  @Property(tries = 1000)
  void comparisonIsSymmetric(@ForAll("persons") Person a, @ForAll("persons") Person b) {
    byte[] ab = new byte[Attribute.ALL.length];
    byte[] ba = new byte[Attribute.ALL.length];
    PairComparator.compare(a, b, ab);
    PairComparator.compare(b, a, ba);
    assertThat(ab).isEqualTo(ba);
  }

  @Property(tries = 300)
  void missingValuesGiveLevelZero(@ForAll("persons") Person a) {
    Person empty = Person.of(new SourceRecord(new SourceKey("s", "2"), Map.of(), null), CONFIG);
    byte[] levels = new byte[Attribute.ALL.length];
    PairComparator.compare(a, empty, levels);
    assertThat(levels).containsOnly(0);
  }

  @Property(tries = 2000)
  void jaroWinklerEqualsCommonsText(
      @ForAll("shortStrings") String x, @ForAll("shortStrings") String y) {
    double expected = new JaroWinklerSimilarity().apply(x, y);
    assertThat(PairComparator.jaroWinkler(x, y)).isEqualTo(expected);
  }

  @Property(tries = 2000)
  void editsAtMostTwoEqualsCommonsText(
      @ForAll("tinyStrings") String x, @ForAll("tinyStrings") String y) {
    int expected = new LevenshteinDistance(2).apply(x, y);
    assertThat(PairComparator.editsAtMostTwo(x, y)).isEqualTo(expected);
  }

  @Property(tries = 2000)
  void editsAtMostTwoEqualsCommonsTextOnNearStrings(@ForAll("shortStrings") String x) {
    String y = x.length() > 2 ? x.substring(1, x.length() - 1) + "ab" : x + "c";
    assertThat(PairComparator.editsAtMostTwo(x, y))
        .isEqualTo(new LevenshteinDistance(2).apply(x, y));
  }

  @Provide
  Arbitrary<String> tinyStrings() {
    return Arbitraries.strings().withCharRange('a', 'c').ofMinLength(0).ofMaxLength(7);
  }

  @Provide
  Arbitrary<String> shortStrings() {
    return Arbitraries.strings().withCharRange('a', 'f').ofMinLength(0).ofMaxLength(70);
  }
}
