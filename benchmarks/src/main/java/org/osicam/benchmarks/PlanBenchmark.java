package org.osicam.benchmarks;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.osicam.core.interact.CustomerState;
import org.osicam.core.interact.InteractionPolicy;
import org.osicam.core.interact.Plan;
import org.osicam.core.interact.Planner;

/**
 * Batch planning: a campaign of 20 actions (segments, conflict groups, control groups, e-mail, sms
 * and cross-channel caps, quiet hours, a phone capacity of 1% of the customers) over a population
 * with consents and a contact history. Target: 1,000,000 customers × 20 actions ≤ 10 s.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar Plan -f 1 -wi 1 -i 3 -p
 * customers=1000000}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx6g"})
public class PlanBenchmark {

  @Param({"1000", "100000", "1000000"})
  int customers;

  @Param({"20"})
  int actions;

  /** 1: on the calling thread; more: on a pool of that many threads. */
  @Param({"1", "2"})
  int threads;

  private InteractionPolicy policy;
  private List<CustomerState> population;
  private ExecutorService pool;

  @Setup
  public void setUp() {
    policy = InteractionFixture.policy(actions, customers);
    population = InteractionFixture.population(customers, 7);
    pool = Executors.newFixedThreadPool(threads);
  }

  @TearDown
  public void tearDown() {
    pool.shutdown();
  }

  /** Plans every customer of the population. */
  @Benchmark
  public long plan() {
    Planner planner = policy.planner("bench");
    if (threads > 1) {
      planner = planner.executor(pool);
    }
    Plan plan = planner.plan(population, InteractionFixture.AS_OF);
    return plan.contacts();
  }
}
