package org.osicam.benchmarks;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
import org.osicam.core.consolidation.Consolidation;
import org.osicam.core.consolidation.Consolidator;
import org.osicam.core.consolidation.MatchCandidate;
import org.osicam.core.model.SourceRecord;
import org.osicam.testing.PersonRecordGenerator;

/**
 * {@code match} of one new record against an existing base (sample time: read the p0.50 line for
 * the median). The base is built once per trial; probes come from another seed, so some match and
 * most do not.
 *
 * <pre>{@code
 * mvn -B -q -pl benchmarks -am -DskipTests package
 * java -Xmx4g -jar benchmarks/target/benchmarks.jar ConsolidationMatchBenchmark -f 1 -wi 1 -i 3
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx4g"})
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 3, time = 5)
public class ConsolidationMatchBenchmark {

  @Param({"1000000"})
  int customers;

  Consolidation base;
  List<SourceRecord> probes;
  int next;

  @Setup(Level.Trial)
  public void setUp() {
    List<SourceRecord> data =
        PersonRecordGenerator.builder().seed(42).records(customers).build().generate().records();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      base = Consolidator.builder().executor(pool).build().consolidate(data);
    } finally {
      pool.shutdownNow();
    }
    probes = PersonRecordGenerator.builder().seed(7).records(10_000).build().generate().records();
  }

  @Benchmark
  public List<MatchCandidate> match() {
    SourceRecord probe = probes.get(next);
    next = (next + 1) % probes.size();
    return base.match(probe);
  }
}
