package org.osicam.benchmarks;

import java.time.LocalDate;
import java.util.SplittableRandom;
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
import org.osicam.scoring.clv.Granularity;
import org.osicam.scoring.clv.Summarizer;

/**
 * Summaries from transactions: ten transactions per customer over two years, string ids (hashed) or
 * customer numbers. Run with {@code java -jar benchmarks/target/benchmarks.jar SummarizerBenchmark
 * -f 1 -wi 1 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SummarizerBenchmark {

  /** Transactions. */
  @Param({"100000", "10000000"})
  public int transactions;

  String[] ids;
  String[] names;
  int[] customer;
  long[] days;
  double[] amounts;
  final Summarizer summarizer =
      Summarizer.builder()
          .observationEnd(LocalDate.of(2024, 12, 31))
          .calibrationEnd(LocalDate.of(2024, 6, 30))
          .unit(Granularity.WEEK)
          .build();

  /** Generates the transactions. */
  @Setup
  public void setUp() {
    int customers = Math.max(1, transactions / 10);
    names = new String[customers];
    for (int c = 0; c < customers; c++) {
      names[c] = "C" + c;
    }
    SplittableRandom rnd = new SplittableRandom(5L);
    ids = new String[transactions];
    customer = new int[transactions];
    days = new long[transactions];
    amounts = new double[transactions];
    long start = LocalDate.of(2023, 1, 1).toEpochDay();
    for (int i = 0; i < transactions; i++) {
      int c = rnd.nextInt(customers);
      customer[i] = c;
      ids[i] = names[c];
      days[i] = start + rnd.nextInt(730);
      amounts[i] = 1 + 99 * rnd.nextDouble();
    }
  }

  /**
   * @return the summaries
   */
  @Benchmark
  public CustomerSummaries summarizeStringIds() {
    return summarizer.summarize(ids, days, amounts);
  }

  /**
   * @return the summaries
   */
  @Benchmark
  public CustomerSummaries summarizeCustomerNumbers() {
    return summarizer.summarize(customer, names, days, amounts);
  }
}
