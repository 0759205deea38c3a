package org.osicam.benchmarks;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.osicam.core.kb.WriteBatch;
import org.osicam.core.model.Customer;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.Transaction;
import org.osicam.store.jdbc.JdbcStore;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The JDBC store on PostgreSQL: ingest of {@code transactions} purchases in batches of 10,000, and
 * a read-back of per-customer summaries (count, revenue, first and last purchase: the inputs of RFM
 * and CLV models) for {@code customers} customers by streaming every transaction once.
 *
 * <p>Needs a server: {@code OSICAM_PG_URL} (e.g. {@code jdbc:postgresql://127.0.0.1:55432/osicam})
 * and {@code OSICAM_PG_USER}; each run works in a schema of its own, dropped at the end. Single
 * shot: each measurement is one full ingest or one full read.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar JdbcStore -f 1 -wi 0 -i 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 3)
@Fork(1)
@SuppressWarnings("NullAway.Init") // each @Setup fills the fields of its own benchmark
public class JdbcStoreBenchmark {
  private static final int BATCH = 10_000;
  private static final Instant T0 = Instant.parse("2023-01-01T00:00:00Z");

  /** Purchases ingested by {@link #ingestTransactions()} (over customers / 10 customers). */
  @Param({"1000000"})
  int transactions;

  /** Customers summarised by {@link #readSummaries()} (two purchases each). */
  @Param({"1000000"})
  int customers;

  private String schema;
  private JdbcStore ingestStore;
  private JdbcStore summaryStore;
  private String ingestSchema;
  private int run;

  @Setup(Level.Trial)
  public void loadSummaries(BenchmarkParams params) throws SQLException {
    if (!params.getBenchmark().endsWith("readSummaries")) {
      return;
    }
    schema = newSchema("bench_read");
    summaryStore = JdbcStore.builder().dataSource(dataSource(schema)).fetchSize(10_000).build();
    for (int from = 0; from < customers; from += BATCH) {
      WriteBatch.Builder b = WriteBatch.builder();
      for (int c = from; c < Math.min(customers, from + BATCH); c++) {
        CustomerId id = CustomerId.of(String.format("C%07d", c));
        b.customer(Customer.of(id));
        b.transaction(purchase("S" + c + "a", id, c));
        b.transaction(purchase("S" + c + "b", id, c + 90));
      }
      summaryStore.apply(b.build());
    }
  }

  @Setup(Level.Iteration)
  public void freshIngestSchema(BenchmarkParams params) throws SQLException {
    if (!params.getBenchmark().endsWith("ingestTransactions")) {
      return;
    }
    ingestSchema = newSchema("bench_ingest" + (run++));
    ingestStore = JdbcStore.builder().dataSource(dataSource(ingestSchema)).build();
    WriteBatch.Builder b = WriteBatch.builder();
    for (int c = 0; c < transactions / 10; c++) {
      b.customer(Customer.of(CustomerId.of("I" + c)));
    }
    ingestStore.apply(b.build());
  }

  @TearDown(Level.Iteration)
  public void dropIngestSchema() throws SQLException {
    if (ingestSchema == null) {
      return;
    }
    execute("DROP SCHEMA IF EXISTS " + ingestSchema + " CASCADE");
  }

  @TearDown(Level.Trial)
  public void dropSummarySchema() throws SQLException {
    if (schema == null) {
      return;
    }
    execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
  }

  private static Transaction purchase(String id, CustomerId customer, int day) {
    return new Transaction(
        id,
        customer,
        T0.plusSeconds(86_400L * (day % 700)),
        BigDecimal.valueOf(1000 + day % 9000, 2),
        "EUR",
        java.util.List.of("sku-" + day % 500),
        "web",
        null);
  }

  /** Validates and writes {@code transactions} purchases, 10,000 per atomic batch. */
  @Benchmark
  public long ingestTransactions() {
    int customerCount = transactions / 10;
    for (int from = 0; from < transactions; from += BATCH) {
      WriteBatch.Builder b = WriteBatch.builder();
      for (int t = from; t < Math.min(transactions, from + BATCH); t++) {
        b.transaction(purchase("T" + t, CustomerId.of("I" + (t % customerCount)), t));
      }
      ingestStore.apply(b.build());
    }
    return transactions;
  }

  /** One pass over every transaction, grouped by customer, into per-customer summaries. */
  @Benchmark
  public long readSummaries() {
    long[] state = new long[4]; // customers, purchases, revenue cents, last epoch second
    String[] current = {null};
    summaryStore.forEachTransaction(
        Instant.MIN,
        Instant.MAX,
        t -> {
          if (!t.customerId().value().equals(current[0])) {
            current[0] = t.customerId().value();
            state[0]++;
          }
          state[1]++;
          state[2] += t.amount().unscaledValue().longValue();
          state[3] = Math.max(state[3], t.timestamp().getEpochSecond());
        });
    if (state[0] != customers) {
      throw new IllegalStateException("summarised " + state[0] + " customers of " + customers);
    }
    return state[1] + state[2] + state[3];
  }

  // ---- PostgreSQL plumbing (no pool needed: one connection per batch of 10,000)

  private static String url() {
    String url = System.getenv("OSICAM_PG_URL");
    if (url == null || url.isBlank()) {
      throw new IllegalStateException("set OSICAM_PG_URL to a PostgreSQL database");
    }
    return url;
  }

  private static Properties properties() {
    Properties p = new Properties();
    String user = System.getenv("OSICAM_PG_USER");
    p.setProperty("user", user == null ? "postgres" : user);
    String password = System.getenv("OSICAM_PG_PASSWORD");
    if (password != null) {
      p.setProperty("password", password);
    }
    p.setProperty("reWriteBatchedInserts", "true");
    return p;
  }

  private static String newSchema(String prefix) throws SQLException {
    String name = prefix + "_" + ProcessHandle.current().pid();
    execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
    execute("CREATE SCHEMA " + name);
    return name;
  }

  private static void execute(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url(), properties());
        Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  private static DataSource dataSource(String schema) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(url());
    Properties p = properties();
    ds.setUser(p.getProperty("user"));
    if (p.getProperty("password") != null) {
      ds.setPassword(p.getProperty("password"));
    }
    ds.setReWriteBatchedInserts(true);
    ds.setCurrentSchema(schema);
    return ds;
  }
}
