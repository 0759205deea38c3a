package org.osicam.benchmarks;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.osicam.core.consolidation.Consolidation;
import org.osicam.core.consolidation.Consolidator;
import org.osicam.core.model.SourceRecord;
import org.osicam.testing.PersonRecordGenerator;

/**
 * End-to-end consolidation (normalise, block, compare, estimate, cluster, survive) of seeded person
 * records with duplicates, on two threads.
 *
 * <pre>{@code
 * mvn -B -q -pl benchmarks -am -DskipTests package
 * java -Xmx4g -jar benchmarks/target/benchmarks.jar ConsolidationBenchmark -f 1 -wi 1 -i 3
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx4g"})
public class ConsolidationBenchmark {

  @Param({"1000", "100000", "1000000"})
  int records;

  List<SourceRecord> data;
  ExecutorService pool;
  Consolidator consolidator;

  @Setup(Level.Trial)
  public void setUp() {
    data = PersonRecordGenerator.builder().seed(42).records(records).build().generate().records();
    pool = Executors.newFixedThreadPool(2);
    consolidator = Consolidator.builder().executor(pool).build();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    pool.shutdownNow();
  }

  @Benchmark
  public Consolidation consolidate() {
    return consolidator.consolidate(data);
  }
}
