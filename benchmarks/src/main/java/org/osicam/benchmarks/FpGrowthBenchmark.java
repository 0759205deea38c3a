package org.osicam.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.osicam.scoring.affinity.AssociationRules;
import org.osicam.scoring.affinity.Baskets;
import org.osicam.scoring.affinity.RuleMiner;
import org.osicam.scoring.affinity.RuleSet;
import org.osicam.testing.BasketGenerator;

/**
 * FP-Growth frequent itemsets plus rules (confidence 0.5) at minimum support 0.001: on Groceries
 * (9,835 baskets, 169 items; target at most 0.3 s) and on seeded synthetic baskets over 5,000
 * items, mean size 10 (target at most 15 s for 1,000,000 baskets in a 4 GB heap). Reading and
 * generating the baskets is not timed.
 *
 * <pre>
 * mvn -B -pl benchmarks -am -DskipTests package
 * java -Xmx4g -jar benchmarks/target/benchmarks.jar FpGrowth -f 1 -wi 2 -i 3
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx4g"})
public class FpGrowthBenchmark {

  /** The Groceries baskets. */
  @State(Scope.Benchmark)
  public static class Groceries {
    Baskets baskets;
    RuleMiner miner;

    /** Reads the baskets. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
      Baskets.Builder b = Baskets.builder();
      try (InputStream in =
              Objects.requireNonNull(
                  FpGrowthBenchmark.class.getResourceAsStream("groceries_baskets.csv"));
          BufferedReader r =
              new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          List<String> items = new ArrayList<>();
          for (String item : line.split(",")) {
            items.add(item.strip());
          }
          b.add(items);
        }
      }
      baskets = b.build();
      miner = AssociationRules.miner().minSupport(0.001).minConfidence(0.5).build();
    }
  }

  /** Synthetic baskets over 5,000 items. */
  @State(Scope.Benchmark)
  public static class Synthetic {
    /** Not 1,000: at support 0.001 the minimum count would be 1 and every subset frequent. */
    @Param({"10000", "100000", "1000000"})
    int baskets;

    Baskets data;
    RuleMiner miner;

    /** Generates the baskets. */
    @Setup(Level.Trial)
    public void setUp() {
      Baskets.Builder b = Baskets.builder();
      BasketGenerator.builder()
          .baskets(baskets)
          .items(5_000)
          .meanSize(10)
          .patterns(1_000, 0.6)
          .seed(42)
          .build()
          .forEach(b::add);
      data = b.build();
      miner = AssociationRules.miner().minSupport(0.001).minConfidence(0.5).build();
      RuleSet once = miner.mine(data);
      System.out.printf(
          "%n%d baskets: %d frequent itemsets, %d rules%n",
          baskets, once.frequentItemsetCount(), once.rules().size());
    }
  }

  /** Groceries at support 0.001, confidence 0.5 (5,668 rules). */
  @Benchmark
  public RuleSet groceries(Groceries state) {
    return state.miner.mine(state.baskets);
  }

  /** Synthetic baskets at support 0.001, confidence 0.5. */
  @Benchmark
  public RuleSet synthetic(Synthetic state) {
    return state.miner.mine(state.data);
  }
}
