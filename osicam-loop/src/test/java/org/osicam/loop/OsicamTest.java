package org.osicam.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osicam.core.consolidation.Consolidation;
import org.osicam.core.interact.Action;
import org.osicam.core.interact.Collector;
import org.osicam.core.interact.Decision;
import org.osicam.core.interact.InteractionPolicy;
import org.osicam.core.interact.Plan;
import org.osicam.core.kb.CustomerKnowledgeBase;
import org.osicam.core.model.Channel;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.InteractionStatus;
import org.osicam.core.model.Purpose;
import org.osicam.core.model.Score;
import org.osicam.core.model.SourceRecord;
import org.osicam.core.segment.Assignment;
import org.osicam.core.segment.Rule;
import org.osicam.core.segment.Schema;
import org.osicam.core.segment.SegmentMap;
import org.osicam.metrics.survey.NpsResult;
import org.osicam.metrics.uplift.UpliftResult;
import org.osicam.testing.FixedClock;
import org.osicam.testing.PersonRecordGenerator;
import org.osicam.testing.SyntheticPopulation;

class OsicamTest {

  @Test
  void organiseWritesTheGoldenCustomersAndTheIdentityMapToTheKnowledgeBase() {
    PersonRecordGenerator.Data people =
        PersonRecordGenerator.builder().seed(3).records(2_000).build().generate();
    CustomerKnowledgeBase kb = CustomerKnowledgeBase.inMemory();
    Osicam osicam = Osicam.builder().knowledgeBase(kb).build();

    Consolidation result = osicam.organise(people.records());

    assertThat(kb.customerCount()).isEqualTo(result.stats().customers());
    assertThat(result.stats().customers()).isLessThan(2_000); // duplicates were linked
    for (SourceRecord r : people.records()) {
      assertThat(kb.customerIdOf(r.key())).isEqualTo(result.customerIdOf(r.key()));
    }
    // erasure reaches the consolidation's index too
    CustomerId first = kb.customerIdOf(people.records().get(0).key()).orElseThrow();
    kb.erase(first);
    assertThat(result.customer(first)).isEmpty();
  }

  @Test
  void theLoopScoresSegmentsPlansCollectsAndMeasures() {
    SyntheticPopulation.Data data =
        SyntheticPopulation.builder().seed(5).customers(3_000).build().generate();
    CustomerKnowledgeBase kb = data.toKnowledgeBase();
    Osicam osicam = Osicam.builder().knowledgeBase(kb).clock(FixedClock.utc()).build();
    LocalDate asOf = LocalDate.of(2024, 1, 31);

    Osicam.Scored scored = osicam.score(asOf, 26, 0.0);
    assertThat(scored.summaries().size()).isPositive().isLessThanOrEqualTo(3_000);
    CustomerId someone = CustomerId.of(scored.summaries().customerId(0));
    double pAlive = kb.score(someone, Osicam.P_ALIVE).map(Score::value).orElseThrow();
    assertThat(pAlive).isBetween(0.0, 1.0);
    assertThat(kb.score(someone, Osicam.CLV)).isPresent();
    // the synthetic process is Pareto/NBD with r = 0.55: BG/NBD's r lands in the same region
    assertThat(scored.model().r()).isBetween(0.2, 1.5);

    Schema schema = Schema.builder().score(Osicam.P_ALIVE).build();
    SegmentMap map =
        SegmentMap.builder(schema)
            .segment("active", Rule.score(Osicam.P_ALIVE).ge(0.5))
            .defaultLabel("lapsed")
            .build();
    Assignment segments = osicam.segment(map, asOf);
    assertThat(segments.size()).isEqualTo(3_000);
    assertThat(osicam.segmentOf().apply(someone)).isIn("active", "lapsed");
    assertThat(segments.counts().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(3_000);

    InteractionPolicy policy =
        InteractionPolicy.builder()
            .action(
                Action.builder("offer")
                    .channels(Channel.EMAIL)
                    .purpose(Purpose.MARKETING)
                    .value(10)
                    .controlShare(0.3)
                    .build())
            .seed(1)
            .build();
    Instant at = Instant.parse("2024-02-01T10:00:00Z");
    Plan plan = osicam.plan(policy, at);
    assertThat(plan.size()).isEqualTo(3_000);
    assertThat(plan.contacts()).isPositive();
    assertThat(plan.controls()).isPositive();

    Collector collector = osicam.collector();
    int i = 0;
    for (Decision d : plan.decisions()) {
      if (d.control()) {
        collector.control(d, at);
      } else if (d.contact()) {
        collector.delivered(d, at);
        if (i++ % 4 == 0) {
          collector.outcome(d, InteractionStatus.PURCHASED, at.plus(Duration.ofDays(2)));
        }
      }
    }
    Map<String, UpliftResult> uplift = osicam.uplift(plan, osicam.segmentOf());
    assertThat(uplift).containsKey("overall");
    // a quarter of the treated bought, no control customer did
    assertThat(uplift.get("overall").uplift())
        .isCloseTo(0.25, org.assertj.core.data.Offset.offset(0.02));

    Map<String, NpsResult> nps = osicam.nps(osicam.segmentOf());
    assertThat(nps).containsKey("overall");
    assertThat(nps.get("overall").nps()).isBetween(-100.0, 100.0);
  }

  @Test
  void scoringAnEmptyBaseIsAClearError() {
    Osicam osicam = Osicam.builder().build();
    assertThatThrownBy(() -> osicam.score(LocalDate.of(2024, 1, 1), 10, 0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no purchases up to 2024-01-01 in the knowledge base");
  }

  @Test
  void optionsCanBeSetOnce() {
    Osicam.Builder b = Osicam.builder().clock(FixedClock.utc());
    assertThatThrownBy(() -> b.clock(FixedClock.utc()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("clock was already set");
  }
}
