package org.osicam.core.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osicam.core.InvalidDataException;
import org.osicam.core.kb.CustomerKnowledgeBase;
import org.osicam.core.kb.ErasureReport;
import org.osicam.core.model.Customer;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.MatchDecision;
import org.osicam.core.model.SourceKey;
import org.osicam.core.model.SourceRecord;

class ConsolidationTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC);

  private static SourceRecord record(String source, String id, String instant, String... kv) {
    Map<String, String> a = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      a.put(kv[i], kv[i + 1]);
    }
    return new SourceRecord(
        new SourceKey(source, id), a, instant == null ? null : Instant.parse(instant));
  }

  private static SourceRecord anne(String source, String id, String instant, String email) {
    return record(
        source,
        id,
        instant,
        "given_name",
        "Anne",
        "family_name",
        "Martin",
        "birth_date",
        "1980-04-03",
        "email",
        email,
        "postcode",
        "75011");
  }

  /** A base with Anne twice, Paul, and the fake_1000 slice as background population. */
  private static List<SourceRecord> base() {
    List<SourceRecord> records =
        new java.util.ArrayList<>(ReferenceData.fake1000().records().subList(0, 300));
    records.add(anne("shop", "1", "2024-01-01T00:00:00Z", "anne@old.example"));
    records.add(anne("crm", "9", "2024-03-01T00:00:00Z", "anne@new.example"));
    records.add(
        record(
            "crm",
            "10",
            null,
            "given_name",
            "Paul",
            "family_name",
            "Durand",
            "birth_date",
            "1975-12-24",
            "email",
            "paul@example.org"));
    return records;
  }

  private static Consolidation consolidate(List<SourceRecord> records) {
    return Consolidator.builder().clock(CLOCK).build().consolidate(records);
  }

  @Test
  void duplicatesBecomeOneCustomerWithLineage() {
    Consolidation c = consolidate(base());
    CustomerId anne = c.customerIdOf(new SourceKey("shop", "1")).orElseThrow();
    assertThat(c.customerIdOf(new SourceKey("crm", "9"))).contains(anne);
    Customer golden = c.customer(anne).orElseThrow();
    // e-mail survives by most recent; lineage names the record that gave it
    assertThat(golden.attributes()).containsEntry("email", "anne@new.example");
    assertThat(golden.lineage()).containsEntry("email", new SourceKey("crm", "9"));
    assertThat(golden.sources()).hasSize(2);
  }

  @Test
  void survivorshipRulesAreHonoured() {
    List<SourceRecord> rs =
        List.of(
            record(
                "a",
                "1",
                "2024-01-01T00:00:00Z",
                "given_name",
                "J",
                "family_name",
                "Martin",
                "city",
                "Paris"),
            record(
                "b",
                "2",
                "2024-02-01T00:00:00Z",
                "given_name",
                "Jean",
                "family_name",
                "Martin",
                "city",
                "Lyon"),
            record(
                "c",
                "3",
                "2023-02-01T00:00:00Z",
                "given_name",
                "Jean",
                "family_name",
                "Martinez",
                "city",
                "Lille"));
    Survivor s =
        new Survivor(
            ConsolidationConfig.defaults().toBuilder()
                .survivorship("given_name", SurvivorshipRule.MOST_COMPLETE)
                .survivorship("city", SurvivorshipRule.SOURCE_PRIORITY)
                .sourcePriority(List.of("c", "a"))
                .build());
    List<Person> ps = rs.stream().map(r -> Person.of(r, ConsolidationConfig.defaults())).toList();
    Customer g = s.golden(CustomerId.of("C1"), rs, ps, java.util.Set.of());
    assertThat(g.attributes())
        .containsEntry("given_name", "Jean") // longest; tie -> frequent
        .containsEntry("family_name", "Martin") // most frequent
        .containsEntry("city", "Lille"); // source c ranks first
    assertThat(g.lineage()).containsEntry("city", new SourceKey("c", "3"));
    Survivor recent =
        new Survivor(
            ConsolidationConfig.defaults().toBuilder()
                .defaultSurvivorship(SurvivorshipRule.MOST_RECENT)
                .build());
    assertThat(recent.golden(CustomerId.of("C1"), rs, ps, java.util.Set.of()).attributes())
        .containsEntry("family_name", "Martin")
        .containsEntry("given_name", "Jean");
    Survivor any =
        new Survivor(
            ConsolidationConfig.defaults().toBuilder()
                .defaultSurvivorship(SurvivorshipRule.NON_EMPTY)
                .build());
    assertThat(any.golden(CustomerId.of("C1"), rs, ps, java.util.Set.of()).attributes())
        .containsEntry("given_name", "J"); // the smallest source key's value
  }

  @Test
  void explanationWeightsAddUpToTheTotal() {
    Consolidation c = consolidate(base());
    Explanation e = c.explain(new SourceKey("shop", "1"), new SourceKey("crm", "9"));
    double sum =
        e.priorWeight() + e.attributes().stream().mapToDouble(AttributeComparison::weight).sum();
    assertThat(e.totalWeight()).isCloseTo(sum, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(e.probability()).isGreaterThan(0.95);
    AttributeComparison email =
        e.attributes().stream()
            .filter(a -> a.attribute().equals("email"))
            .findFirst()
            .orElseThrow();
    assertThat(email.levelName()).isEqualTo("same local part or two typos");
    assertThat(email.weight()).isPositive();
  }

  @Test
  void aNewRecordMatchesAndJoinsTheExistingCustomer() {
    Consolidation c = consolidate(base());
    CustomerId anne = c.customerIdOf(new SourceKey("shop", "1")).orElseThrow();
    SourceRecord again = anne("loyalty", "77", null, "anne@new.example");
    List<MatchCandidate> m = c.match(again);
    assertThat(m).isNotEmpty();
    assertThat(m.get(0).customerId()).isEqualTo(anne);
    assertThat(c.customerIdOf(again.key())).isEmpty(); // match changes nothing
    assertThat(c.add(again)).isEqualTo(anne);
    assertThat(c.customer(anne).orElseThrow().sources()).hasSize(3);
    SourceRecord stranger =
        record(
            "loyalty",
            "78",
            null,
            "given_name",
            "Zoe",
            "family_name",
            "Quintal",
            "birth_date",
            "2001-01-01");
    assertThat(c.add(stranger)).isNotEqualTo(anne);
  }

  @Test
  void assertedNonMatchSplitsAndPersistsAndAssertedMatchMergesKeepingTheOlderId() {
    Consolidation c = consolidate(base());
    SourceKey shop = new SourceKey("shop", "1");
    SourceKey crm = new SourceKey("crm", "9");
    CustomerId anne = c.customerIdOf(shop).orElseThrow();
    List<CustomerId> split = c.assertNonMatch(shop, crm, "agent");
    assertThat(split.get(0)).isNotEqualTo(split.get(1));
    assertThat(split).contains(anne);
    assertThat(c.decisions()).hasSize(1);

    // the decision persists: a new run under it keeps them apart
    Consolidation again = Consolidator.builder().build().consolidate(base(), c.decisions());
    assertThat(again.customerIdOf(shop)).isNotEqualTo(again.customerIdOf(crm));

    // assert the match back: the older id survives, the other becomes an alias
    CustomerId other = c.customerIdOf(crm).orElseThrow();
    CustomerId merged = c.assertMatch(shop, crm, "agent").orElseThrow();
    CustomerId older = anne.compareTo(other) < 0 ? anne : other;
    assertThat(merged).isEqualTo(older);
    assertThat(c.customer(merged).orElseThrow().aliases()).hasSize(1);
    assertThat(c.customer(anne.equals(older) ? other : anne)).isPresent(); // alias resolves
    assertThat(c.unmerge(merged)).hasSize(2);
    assertThat(c.customerIdOf(shop)).isNotEqualTo(c.customerIdOf(crm));
  }

  @Test
  void writesToTheKnowledgeBaseAndErasureReachesTheIndex() {
    Consolidation c = consolidate(base());
    SourceKey shop = new SourceKey("shop", "1");
    c.assertNonMatch(shop, new SourceKey("crm", "10"), "agent");
    CustomerKnowledgeBase kb = CustomerKnowledgeBase.builder().clock(CLOCK).build();
    c.writeTo(kb);
    kb.addErasureListener(c::erase);
    CustomerId anne = c.customerIdOf(shop).orElseThrow();
    assertThat(kb.customerIdOf(shop)).contains(anne);
    assertThat(kb.customer(anne).orElseThrow().lineage()).containsKey("email");
    assertThat(kb.matchDecisions()).hasSize(1);

    ErasureReport report = kb.erase(anne);
    assertThat(report.sourceRecords()).isEqualTo(2);
    assertThat(report.matchDecisions()).isEqualTo(1);
    assertThat(c.customerIdOf(shop)).isEmpty();
    assertThat(c.customer(anne)).isEmpty();
    assertThat(c.decisions()).isEmpty();
    assertThat(c.match(anne("x", "1", null, "anne@new.example")))
        .allSatisfy(m -> assertThat(m.customerId()).isNotEqualTo(anne));
    assertThat(kb.customerIdOf(shop)).isEmpty();
  }

  @Test
  void badInputIsRejectedWithoutPersonalData() {
    SourceRecord a = record("s", "1", null, "birth_date", "not a date");
    assertThatThrownBy(() -> consolidate(List.of(a)))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("birth_date")
        .hasMessageContaining("s:1")
        .hasMessageNotContaining("not a date");
    SourceRecord b = record("s", "2", null, "given_name", "Anne");
    SourceRecord b2 = record("s", "2", null, "given_name", "Paul");
    assertThatThrownBy(() -> consolidate(List.of(b, b2)))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("s:2");
  }

  @Test
  void configurationBuilderChecksArgumentsAndRepeats() {
    ConsolidationConfig.Builder b = ConsolidationConfig.defaults().toBuilder().seed(1);
    assertThatThrownBy(() -> b.seed(2)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> b.matchThreshold(1.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BlockingRule.of()).isInstanceOf(IllegalArgumentException.class);
    assertThat(ConsolidationConfig.defaults().toBuilder().build())
        .isEqualTo(ConsolidationConfig.defaults());
  }

  @Test
  void aGivenModelSkipsEstimation() {
    Consolidation first = consolidate(base());
    MatchModel model = first.model();
    Consolidation again =
        Consolidator.builder()
            .config(ConsolidationConfig.defaults().toBuilder().model(model).build())
            .build()
            .consolidate(base());
    assertThat(again.model()).isEqualTo(model);
    assertThat(again.links()).isEqualTo(first.links());
  }

  @Test
  void matchDecisionsAreUnordered() {
    SourceKey a = new SourceKey("a", "1");
    SourceKey b = new SourceKey("b", "1");
    Instant t = Instant.EPOCH;
    assertThat(MatchDecision.match(a, b, t, null)).isEqualTo(MatchDecision.match(b, a, t, null));
  }
}
