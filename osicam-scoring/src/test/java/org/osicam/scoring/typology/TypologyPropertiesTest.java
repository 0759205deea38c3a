package org.osicam.scoring.typology;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class TypologyPropertiesTest {

  @Property(tries = 15)
  void sameSeedGivesTheSameClusters(
      @ForAll @IntRange(min = 0, max = 1000) int dataSeed, @ForAll long seed) {
    TypologyTest.Fixture f = TypologyTest.blobs(dataSeed);
    Typology t =
        Typology.builder().features("r", "f", "m").clusterRange(2, 4).seed(seed).trials(2).build();

    TypologyModel a = t.fit(f.ids(), f.rows());
    TypologyModel b = t.fit(f.ids(), f.rows());

    assertThat(b.clusters()).isEqualTo(a.clusters());
    assertThat(b.assignments()).isEqualTo(a.assignments());
    assertThat(b.silhouettes()).isEqualTo(a.silhouettes());
  }

  @Property(tries = 15)
  void everyCustomerIsInTheClusterOfItsNearestCentre(
      @ForAll @IntRange(min = 0, max = 1000) int dataSeed) {
    TypologyTest.Fixture f = TypologyTest.blobs(dataSeed);
    TypologyModel m =
        Typology.builder()
            .features("r", "f", "m")
            .clusters(3)
            .seed(dataSeed)
            .build()
            .fit(f.ids(), f.rows());

    for (int i = 0; i < f.rows().length; i++) {
      assertThat(m.assign(f.rows()[i])).isEqualTo(m.clusterOf(f.ids().get(i)).getAsInt());
    }
    assertThat(m.clusters().stream().mapToInt(Cluster::size).sum()).isEqualTo(f.rows().length);
  }
}
