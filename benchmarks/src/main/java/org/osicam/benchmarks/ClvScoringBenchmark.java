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
import org.osicam.scoring.clv.GammaGamma;
import org.osicam.scoring.clv.ParetoNbd;
import org.osicam.scoring.clv.Scores;

/**
 * Batch scoring: P(alive), expected purchases over 52 weeks, expected value and CLV discounted
 * weekly. Run with {@code java -jar benchmarks/target/benchmarks.jar ClvScoringBenchmark -f 1 -wi 2
 * -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ClvScoringBenchmark {

  /** Customers. */
  @Param({"1000", "100000", "1000000"})
  public int customers;

  CustomerSummaries data;
  final BgNbd bgNbd = BgNbd.of(0.243, 4.414, 0.793, 2.426);
  final ParetoNbd paretoNbd = ParetoNbd.of(0.553, 10.578, 0.606, 11.669);
  final GammaGamma spend = GammaGamma.of(6.25, 3.74, 15.44);

  /** Simulates the customers. */
  @Setup
  public void setUp() {
    data = BtydData.paretoNbd(customers);
  }

  /**
   * @return the scores
   */
  @Benchmark
  public Scores scoreBgNbdWithClv() {
    return bgNbd.score(data, 52, spend, 0.0027);
  }

  /**
   * @return the scores
   */
  @Benchmark
  public Scores scoreParetoNbdWithClv() {
    return paretoNbd.score(data, 52, spend, 0.0027);
  }
}
