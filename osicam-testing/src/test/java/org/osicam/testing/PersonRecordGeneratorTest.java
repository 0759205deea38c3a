package org.osicam.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.osicam.core.consolidation.Consolidation;
import org.osicam.core.consolidation.Consolidator;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.SourceKey;

class PersonRecordGeneratorTest {

  @Test
  void sameSeedGivesSameRecords() {
    PersonRecordGenerator.Data a =
        PersonRecordGenerator.builder().seed(3).records(500).build().generate();
    PersonRecordGenerator.Data b =
        PersonRecordGenerator.builder().seed(3).records(500).build().generate();
    assertThat(a).isEqualTo(b);
    assertThat(a.records()).hasSize(500);
    assertThat(a.truth()).hasSize(500);
  }

  @Test
  void duplicatesAreThereAndConsolidationFindsThem() throws Exception {
    int n = Integer.getInteger("osicam.generator.records", 20_000);
    PersonRecordGenerator.Data data = PersonRecordGenerator.builder().records(n).build().generate();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    long t0 = System.nanoTime();
    Consolidation c;
    try {
      long s0 = System.nanoTime();
      c =
          Consolidator.builder()
              .executor(pool)
              .progress(
                  (st, d, tt) ->
                      System.out.println(
                          st + " " + d + "/" + tt + " " + (System.nanoTime() - s0) / 1_000_000))
              .build()
              .consolidate(data.records());
    } finally {
      pool.shutdownNow();
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    double[] prf = quality(c.links(), data.truth());
    System.out.printf(
        "generated %d records: %d ms, precision %.4f recall %.4f F1 %.4f %s%n",
        n, ms, prf[0], prf[1], prf[2], c.stats());
    assertThat(prf[2]).isGreaterThan(0.95);
  }

  static double[] quality(Map<SourceKey, CustomerId> links, Map<SourceKey, String> truth) {
    Map<Object, Integer> t = new HashMap<>();
    Map<Object, Integer> p = new HashMap<>();
    Map<Object, Integer> both = new HashMap<>();
    links.forEach(
        (k, v) -> {
          t.merge(truth.get(k), 1, Integer::sum);
          p.merge(v, 1, Integer::sum);
          both.merge(truth.get(k) + "|" + v, 1, Integer::sum);
        });
    double correct = pairs(both);
    double precision = correct / pairs(p);
    double recall = correct / pairs(t);
    return new double[] {precision, recall, 2 * precision * recall / (precision + recall)};
  }

  private static double pairs(Map<Object, Integer> m) {
    return m.values().stream().mapToDouble(x -> x * (x - 1) / 2.0).sum();
  }
}
