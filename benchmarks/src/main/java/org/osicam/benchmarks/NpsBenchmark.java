package org.osicam.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.osicam.metrics.survey.Nps;
import org.osicam.metrics.survey.NpsAccumulator;
import org.osicam.metrics.survey.NpsResult;

/**
 * NPS over n answers: accumulate, snapshot, standard error and adjusted-Wald interval.
 *
 * <pre>{@code
 * mvn -B -pl benchmarks -am -DskipTests package
 * java -jar benchmarks/target/benchmarks.jar NpsBenchmark -f 1 -wi 2 -i 3
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class NpsBenchmark {

  @Param({"1000", "100000", "1000000", "10000000"})
  int n;

  int[] scores;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    scores = new int[n];
    for (int i = 0; i < n; i++) {
      scores[i] = random.nextInt(11);
    }
  }

  /** One {@code add} call per answer, as a streaming host would do. */
  @Benchmark
  public double addEach() {
    NpsAccumulator acc = Nps.accumulator();
    for (int s : scores) {
      acc.add(s);
    }
    NpsResult r = acc.snapshot();
    return r.nps() + r.standardError() + r.adjustedWaldInterval(0.95).lower();
  }

  /** One {@code addAll} call over the array. */
  @Benchmark
  public double addAll() {
    NpsResult r = Nps.accumulator().addAll(scores).snapshot();
    return r.nps() + r.standardError() + r.adjustedWaldInterval(0.95).lower();
  }

  /** Weighted answers. */
  @Benchmark
  public double addWeighted() {
    NpsAccumulator acc = Nps.accumulator();
    for (int i = 0; i < scores.length; i++) {
      acc.add(scores[i], 1 + (i & 3));
    }
    NpsResult r = acc.snapshot();
    return r.nps() + r.standardError();
  }
}
