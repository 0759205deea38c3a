package org.osicam.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
import org.openjdk.jmh.infra.Blackhole;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.ScoreKey;
import org.osicam.scoring.events.AliveProbability;
import org.osicam.scoring.events.BehaviourChange;
import org.osicam.scoring.events.ChangeDetector;
import org.osicam.scoring.events.Crossing;
import org.osicam.scoring.events.CustomerHistory;

/**
 * Behaviour-change detection over many customers (target: 1,000,000 customers in at most 2 s). Each
 * seeded customer has 1 to 20 purchases over two years with log-normal amounts, a P(alive) score
 * and a value score (previous and current) and a segment before and after; the detector runs every
 * test (rhythm, P(alive), spend shift, two score crossings, segment move). Building the histories
 * is not timed.
 *
 * <pre>
 * mvn -B -pl benchmarks -am -DskipTests package
 * java -Xmx4g -jar benchmarks/target/benchmarks.jar ChangeDetector -f 1 -wi 2 -i 3
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx4g"})
@State(Scope.Benchmark)
public class ChangeDetectorBenchmark {
  private static final ScoreKey P_ALIVE = ScoreKey.of("clv.p_alive");
  private static final ScoreKey VALUE = ScoreKey.of("clv.value");
  private static final Instant START = Instant.parse("2022-01-01T00:00:00Z");
  private static final Instant AS_OF = Instant.parse("2024-01-01T00:00:00Z");

  @Param({"1000", "100000", "1000000"})
  int customers;

  List<CustomerHistory> histories;
  ChangeDetector detector;

  /** Builds the histories. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    String[] segments = {"Champions", "Loyal", "At risk", "Hibernating"};
    histories = new ArrayList<>(customers);
    long span = AS_OF.getEpochSecond() - START.getEpochSecond();
    for (int c = 0; c < customers; c++) {
      CustomerHistory.Builder b = CustomerHistory.builder(CustomerId.of("C" + c));
      int purchases = 1 + random.nextInt(20);
      double level = Math.exp(3 + random.nextGaussian());
      for (int p = 0; p < purchases; p++) {
        long t = START.getEpochSecond() + (long) (random.nextDouble() * span);
        b.purchase(Instant.ofEpochSecond(t), level * Math.exp(0.4 * random.nextGaussian()));
      }
      b.score(P_ALIVE, random.nextDouble(), random.nextDouble());
      b.score(VALUE, 1000 * random.nextDouble(), 1000 * random.nextDouble());
      b.segment(segments[random.nextInt(4)], segments[random.nextInt(4)]);
      histories.add(b.build());
    }
    detector =
        BehaviourChange.detector()
            .aliveProbability(AliveProbability.fromScore(P_ALIVE), 0.2)
            .scoreCrossing(P_ALIVE, 0.5, Crossing.DOWNWARD)
            .scoreCrossing(VALUE, 500, Crossing.EITHER)
            .build();
  }

  /** Detects every customer's events. */
  @Benchmark
  public long detect(Blackhole hole) {
    return detector.detectAll(histories, AS_OF, hole::consume);
  }
}
