package org.osicam.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.osicam.scoring.clv.CustomerSummaries;
import org.osicam.scoring.clv.ParetoNbd;

/**
 * Pareto/NBD fits on simulated customer bases. Run with {@code java -jar
 * benchmarks/target/benchmarks.jar ParetoNbdBenchmark -f 1 -wi 1 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ParetoNbdBenchmark {

  /** Customers. */
  @Param({"1000", "100000", "1000000"})
  public int customers;

  CustomerSummaries data;

  /** Simulates the customers. */
  @Setup
  public void setUp() {
    data = BtydData.paretoNbd(customers);
  }

  /**
   * @return the fitted model
   */
  @Benchmark
  public ParetoNbd fitParetoNbd() {
    return ParetoNbd.fitter().fit(data);
  }
}
