package org.osicam.core.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osicam.core.model.SourceKey;
import org.osicam.core.model.SourceRecord;

class EstimatorTest {
  private static final int GIVEN = Attribute.GIVEN_NAME.ordinal();

  private static Person[] persons(List<String> givenNames) {
    Person[] out = new Person[givenNames.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] =
          Person.of(
              new SourceRecord(
                  new SourceKey("t", Integer.toString(i)),
                  Map.of("given_name", givenNames.get(i)),
                  null),
              ConsolidationConfig.defaults());
    }
    return out;
  }

  /** A distinct letters-only name per number. */
  private static String letters(int i) {
    StringBuilder b = new StringBuilder("Zx");
    for (int v = i; v > 0; v /= 26) {
      b.append((char) ('a' + v % 26));
    }
    return b.toString();
  }

  @Test
  void withOnePairTheDefaultUDominates() {
    // one pair, and it agrees: add-one smoothing gave u(exact) = 2/5
    double[][] u = Estimator.randomPairU(persons(List.of("Anne", "Anne")), 500_000, 42);

    assertThat(u[GIVEN][1]).isCloseTo(0.011, within(0.001));
  }

  @Test
  void withManyPairsTheDataDominate() {
    // 2,000 records, half "Anne" and half distinct names: u(exact) is about 1/4 over all pairs
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      names.add(i % 2 == 0 ? "Anne" : letters(i));
    }

    double[][] u = Estimator.randomPairU(persons(names), 200_000, 42);

    assertThat(u[GIVEN][1]).isCloseTo(0.25, within(0.01));
  }
}
