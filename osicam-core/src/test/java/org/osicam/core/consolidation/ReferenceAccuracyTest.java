package org.osicam.core.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pairwise accuracy on public reference data with the default configuration (SOURCES.md). */
class ReferenceAccuracyTest {

  @Test
  void febrl4ReachesF1Of098WithTheDefaults() {
    ReferenceData.Labelled data = ReferenceData.febrl4();
    Consolidation result = Consolidator.builder().build().consolidate(data.records());
    ReferenceData.Quality q = ReferenceData.quality(result.links(), data.truth());
    System.out.println("febrl4: " + q + " " + result.stats() + " " + result.model());
    assertThat(q.f1()).isGreaterThanOrEqualTo(0.98);
  }

  @Test
  void fake1000ReachesF1Of090WithTheDefaults() {
    ReferenceData.Labelled data = ReferenceData.fake1000();
    Consolidation result = Consolidator.builder().build().consolidate(data.records());
    ReferenceData.Quality q = ReferenceData.quality(result.links(), data.truth());
    System.out.println("fake_1000: " + q + " " + result.stats() + " " + result.model());
    assertThat(q.f1()).isGreaterThanOrEqualTo(0.90);
  }
}
