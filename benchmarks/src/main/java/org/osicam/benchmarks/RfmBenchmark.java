package org.osicam.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.osicam.scoring.rfm.Binning;
import org.osicam.scoring.rfm.Orders;
import org.osicam.scoring.rfm.Rfm;
import org.osicam.scoring.rfm.RfmResult;
import org.osicam.scoring.rfm.RfmSegmentMap;

/**
 * RFM scoring of columnar orders (10 orders per customer on average, dates over three years,
 * amounts log-normal-ish): aggregation per customer, R-package quantile binning, classic map.
 *
 * <p>Run: {@code java -Xmx8g -jar benchmarks/target/benchmarks.jar Rfm -f 1 -wi 2 -i 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx8g")
public class RfmBenchmark {

  @Param({"100000", "1000000", "10000000"})
  int transactions;

  private Orders orders;
  private Rfm rfm;
  private Rfm equalCount;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    int customers = Math.max(1, transactions / 10);
    List<String> ids = new ArrayList<>(customers);
    for (int c = 0; c < customers; c++) {
      ids.add("C" + c);
    }
    int[] customer = new int[transactions];
    int[] day = new int[transactions];
    double[] amount = new double[transactions];
    int start = (int) LocalDate.of(2021, 1, 1).toEpochDay();
    for (int i = 0; i < transactions; i++) {
      customer[i] = random.nextInt(customers);
      day[i] = start + random.nextInt(3 * 365);
      amount[i] = Math.round(Math.exp(3 + random.nextGaussian()) * 100) / 100.0;
    }
    orders = Orders.of(ids, customer, day, amount);
    rfm = Rfm.builder().asOf(LocalDate.of(2023, 12, 31)).build();
    equalCount =
        Rfm.builder().asOf(LocalDate.of(2023, 12, 31)).binning(Binning.equalCount(5)).build();
  }

  /** Aggregation, R-package binning and the classic segment map. */
  @Benchmark
  public long scoreAndSegment() {
    RfmResult r = rfm.score(orders);
    return r.segment(RfmSegmentMap.classic()).summary().size() + r.size();
  }

  /** Equal-count binning (sorts customers by value and id). */
  @Benchmark
  public int scoreEqualCount() {
    return equalCount.score(orders).size();
  }
}
