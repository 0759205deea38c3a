package org.osicam.benchmarks;

import java.time.Clock;
import java.time.ZoneOffset;
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
import org.osicam.core.interact.CustomerState;
import org.osicam.core.interact.Decider;
import org.osicam.core.interact.Decision;
import org.osicam.core.interact.InteractionPolicy;
import org.osicam.core.kb.CustomerKnowledgeBase;
import org.osicam.core.kb.WriteBatch;
import org.osicam.core.model.Customer;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.Score;
import org.osicam.core.model.ScoreKey;

/**
 * Real-time decision for one customer in-process: read consents, recent contacts and scores from
 * the in-memory knowledge base, apply the 20-action policy, reserve the contact (released at once
 * so pressure does not build up). Target: p99 ≤ 1 ms; read the {@code p0.99} line of the sample
 * output.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar Decide -f 1 -wi 2 -i 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx4g"})
public class DecideBenchmark {

  @Param({"100000"})
  int customers;

  private Decider decider;
  private CustomerId[] ids;
  private int next;

  @Setup
  public void setUp() {
    List<CustomerState> population = InteractionFixture.population(customers, 11);
    CustomerKnowledgeBase kb =
        CustomerKnowledgeBase.builder()
            .clock(Clock.fixed(InteractionFixture.AS_OF, ZoneOffset.UTC))
            .build();
    WriteBatch.Builder b = WriteBatch.builder();
    ids = new CustomerId[customers];
    int i = 0;
    for (CustomerState c : population) {
      ids[i++] = c.id();
      b.customer(
          Customer.builder(c.id())
              .attribute("segment", c.segment().orElseThrow())
              .attribute("time_zone", c.timeZone().getId())
              .attribute("margin", Double.toString(c.number("margin").orElseThrow()))
              .build());
      c.consents().forEach(b::consent);
      c.history().forEach(b::interaction);
      c.scores()
          .forEach(
              (k, v) -> b.score(Score.of(c.id(), ScoreKey.of(k), v, InteractionFixture.AS_OF)));
    }
    kb.apply(b.build());
    InteractionPolicy policy = InteractionFixture.policy(20, customers);
    decider = policy.decider(kb).build();
    SplittableRandom r = new SplittableRandom(3);
    for (int k = ids.length - 1; k > 0; k--) {
      int j = r.nextInt(k + 1);
      CustomerId t = ids[k];
      ids[k] = ids[j];
      ids[j] = t;
    }
  }

  /** One decision for a random customer. */
  @Benchmark
  public Decision decide() {
    Decision d = decider.decide(ids[next++ % ids.length]);
    decider.release(d);
    return d;
  }
}
