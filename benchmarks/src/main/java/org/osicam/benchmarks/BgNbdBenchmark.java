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
import org.osicam.scoring.clv.BgNbd;
import org.osicam.scoring.clv.CustomerSummaries;
import org.osicam.scoring.clv.ModifiedBgNbd;

/**
 * BG/NBD and MBG/NBD fits on simulated customer bases (CDNOW-like parameters, ages up to a year on
 * a daily grid, in weeks). Run with {@code java -jar benchmarks/target/benchmarks.jar
 * BgNbdBenchmark -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BgNbdBenchmark {

  /** Customers. */
  @Param({"1000", "100000", "1000000"})
  public int customers;

  CustomerSummaries data;

  /** Simulates the customers. */
  @Setup
  public void setUp() {
    data = BtydData.bgNbd(customers);
  }

  /**
   * @return the fitted model
   */
  @Benchmark
  public BgNbd fitBgNbd() {
    return BgNbd.fitter().fit(data);
  }

  /**
   * @return the fitted model
   */
  @Benchmark
  public ModifiedBgNbd fitMbgNbd() {
    return ModifiedBgNbd.fitter().fit(data);
  }
}
