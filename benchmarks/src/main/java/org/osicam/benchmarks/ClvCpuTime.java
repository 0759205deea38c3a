package org.osicam.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;
import org.osicam.scoring.clv.BgNbd;
import org.osicam.scoring.clv.CustomerSummaries;
import org.osicam.scoring.clv.GammaGamma;
import org.osicam.scoring.clv.Granularity;
import org.osicam.scoring.clv.ParetoNbd;
import org.osicam.scoring.clv.Summarizer;

/**
 * Thread CPU time of the customer-base operations at their target sizes, a complement to the JMH
 * wall-clock figures on a shared, loaded machine (CPU time does not count the time the thread waits
 * for a core). Run with {@code java -cp benchmarks/target/benchmarks.jar
 * org.osicam.benchmarks.ClvCpuTime}.
 */
public final class ClvCpuTime {
  private ClvCpuTime() {}

  /**
   * Runs each operation five times (the first two as warm-up) and prints the median CPU time.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    CustomerSummaries bg = BtydData.bgNbd(1_000_000);
    CustomerSummaries pareto = BtydData.paretoNbd(1_000_000);
    GammaGamma spend = GammaGamma.of(6.25, 3.74, 15.44);
    BgNbd bgModel = BgNbd.of(0.243, 4.414, 0.793, 2.426);
    SummarizerBenchmark tx = new SummarizerBenchmark();
    tx.transactions = 10_000_000;
    tx.setUp();
    Summarizer summarizer =
        Summarizer.builder()
            .observationEnd(LocalDate.of(2024, 12, 31))
            .unit(Granularity.WEEK)
            .build();
    measure("BG/NBD fit, 1e6 customers", () -> BgNbd.fitter().fit(bg));
    measure("Pareto/NBD fit, 1e6 customers", () -> ParetoNbd.fitter().fit(pareto));
    measure("BG/NBD score + CLV, 1e6 customers", () -> bgModel.score(pareto, 52, spend, 0.0027));
    measure(
        "summarize 1e7 transactions (string ids)",
        () -> summarizer.summarize(tx.ids, tx.days, tx.amounts));
  }

  private static void measure(String what, Supplier<Object> op) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] cpu = new double[5];
    double[] wall = new double[5];
    for (int i = 0; i < 5; i++) {
      long c0 = threads.getCurrentThreadCpuTime();
      long w0 = System.nanoTime();
      Object result = op.get();
      cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
      wall[i] = (System.nanoTime() - w0) / 1e6;
      if (result == null) {
        throw new IllegalStateException();
      }
    }
    double[] c = java.util.Arrays.copyOfRange(cpu, 2, 5);
    double[] w = java.util.Arrays.copyOfRange(wall, 2, 5);
    java.util.Arrays.sort(c);
    java.util.Arrays.sort(w);
    System.out.printf(
        Locale.ROOT, "%-45s cpu %8.0f ms   wall %8.0f ms (median of 3)%n", what, c[1], w[1]);
  }
}
