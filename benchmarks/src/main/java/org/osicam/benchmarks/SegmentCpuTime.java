package org.osicam.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Not a JMH benchmark: the thread CPU time of the RFM and segment benchmarks' operations, for
 * machines shared with other work, where JMH's wall-clock figures mostly measure waiting for a
 * core. Runs each operation several times after a warm-up and prints CPU and wall time per run.
 *
 * <p>Run: {@code java -Xmx8g -cp benchmarks/target/benchmarks.jar
 * org.osicam.benchmarks.SegmentCpuTime 1000000 10000000}
 */
public final class SegmentCpuTime {
  private SegmentCpuTime() {}

  /**
   * Runs the measurements.
   *
   * @param args number of profiles (default 1,000,000) and of RFM transactions (default 10,000,000)
   */
  public static void main(String[] args) {
    int profiles = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int transactions = args.length > 1 ? Integer.parseInt(args[1]) : 10_000_000;
    SegmentBenchmark s = new SegmentBenchmark();
    s.profiles = profiles;
    s.setUp();
    time("20 tags over " + profiles + " profiles", 8, s::twentyTagsOverThePopulation);
    time("20-segment map over " + profiles + " profiles", 8, s::twentySegmentMapOverThePopulation);
    time(
        "20 tags, one profile, x10000",
        8,
        () -> {
          long x = 0;
          for (int i = 0; i < 10_000; i++) {
            x += s.twentyTagsOneProfile();
          }
          return x;
        });
    RfmBenchmark r = new RfmBenchmark();
    r.transactions = transactions;
    r.setUp();
    time("RFM + classic map over " + transactions + " transactions", 6, r::scoreAndSegment);
    time("RFM equal-count over " + transactions + " transactions", 4, r::scoreEqualCount);
  }

  private interface Op {
    long run();
  }

  private static void time(String what, int runs, Op op) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (int i = 0; i < runs; i++) {
      long c0 = mx.getCurrentThreadCpuTime();
      long w0 = System.nanoTime();
      sink += op.run();
      long c1 = mx.getCurrentThreadCpuTime();
      long w1 = System.nanoTime();
      System.out.printf(
          Locale.ROOT,
          "%s: run %d cpu %.1f ms wall %.1f ms%n",
          what,
          i + 1,
          (c1 - c0) / 1e6,
          (w1 - w0) / 1e6);
    }
    System.out.println("(checksum " + sink + ")");
  }
}
