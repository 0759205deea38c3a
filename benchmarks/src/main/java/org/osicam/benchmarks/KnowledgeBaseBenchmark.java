package org.osicam.benchmarks;

import java.time.Instant;
import java.util.List;
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
import org.osicam.core.kb.CustomerKnowledgeBase;
import org.osicam.core.kb.WriteBatch;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.Transaction;
import org.osicam.testing.SyntheticPopulation;

/**
 * Knowledge base: ingest of a whole synthetic population in one atomic batch, and a per-customer
 * query.
 *
 * <p>Run: {@code java -Xmx8g -jar benchmarks/target/benchmarks.jar KnowledgeBase -f 1 -wi 2 -i 5}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class KnowledgeBaseBenchmark {

  @Param({"1000", "100000"})
  int customers;

  private WriteBatch batch;
  private CustomerKnowledgeBase loaded;
  private CustomerId[] ids;
  private int next;

  @Setup
  public void setUp() {
    SyntheticPopulation.Data data =
        SyntheticPopulation.builder().seed(1).customers(customers).build().generate();
    batch = data.toBatch();
    loaded = data.toKnowledgeBase();
    ids = data.customers().stream().map(c -> c.id()).toArray(CustomerId[]::new);
  }

  /** Validates and applies every record of the population in one batch. */
  @Benchmark
  public long ingestPopulation() {
    CustomerKnowledgeBase kb = CustomerKnowledgeBase.inMemory();
    kb.apply(batch);
    return kb.customerCount();
  }

  /** One customer's transactions in a time range (a host request). */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public int transactionsOfOneCustomer() {
    CustomerId id = ids[next++ % ids.length];
    List<Transaction> t =
        loaded.transactions(
            id, Instant.parse("2023-06-01T00:00:00Z"), Instant.parse("2024-01-01T00:00:00Z"));
    return t.size();
  }
}
