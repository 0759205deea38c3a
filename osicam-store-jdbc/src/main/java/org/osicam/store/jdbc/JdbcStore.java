package org.osicam.store.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.jspecify.annotations.Nullable;
import org.osicam.core.kb.ErasureReport;
import org.osicam.core.kb.KnowledgeBaseStore;
import org.osicam.core.kb.WriteBatch;
import org.osicam.core.model.Consent;
import org.osicam.core.model.Customer;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.Interaction;
import org.osicam.core.model.MatchDecision;
import org.osicam.core.model.Score;
import org.osicam.core.model.ScoreKey;
import org.osicam.core.model.SourceKey;
import org.osicam.core.model.SourceRecord;
import org.osicam.core.model.SurveyResponse;
import org.osicam.core.model.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge base in a relational database: PostgreSQL for production, or an embedded H2
 * database in a directory, behind the same {@link KnowledgeBaseStore} contract as the in-memory
 * store.
 *
 * <pre>{@code
 * // embedded: no server, one directory
 * try (JdbcStore store = JdbcStore.embedded(Path.of("data/kb"))) {
 *   CustomerKnowledgeBase kb = CustomerKnowledgeBase.builder().store(store).build();
 *   kb.apply(batch);
 * }
 * // PostgreSQL: the host's pool
 * JdbcStore store = JdbcStore.builder().dataSource(hikariDataSource).build();
 * }</pre>
 *
 * <p>Guarantees:
 *
 * <ul>
 *   <li>Each {@link #apply(WriteBatch)} is one database transaction: validated first, then written;
 *       a failed batch leaves nothing behind, also when the process dies in the middle. Re-applying
 *       the same batch is a no-op (records are keyed by id, source records by source system and
 *       key).
 *   <li>Several threads and processes may share one database. A batch row-locks, in id order, the
 *       customers whose golden record, interactions or consents it writes, and {@link
 *       #update(CustomerId, Function)} holds that lock from its reads to its write, so a
 *       contact-pressure cap or a consent check holds across processes. Conflicts (deadlock,
 *       serialization failure, two inserts of one key) are retried a few times, re-validating the
 *       batch; then {@link JdbcStoreException} is thrown.
 *   <li>{@link #forEachCustomer} and {@link #forEachTransaction} read through cursors with a fetch
 *       size (default 1000) inside one transaction: memory holds one page, not the table. They see
 *       one consistent snapshot on PostgreSQL; writers are not blocked.
 *   <li>{@link #erase(CustomerId)} deletes every row about the customer in one transaction: golden
 *       record, attributes with their lineage, aliases, identity map, source records and their
 *       attributes, transactions, interactions with their notes (the record of the decisions made
 *       for the customer), consents, survey responses, scores, and consolidation's match decisions
 *       that name one of the customer's source keys.
 * </ul>
 *
 * <p>The schema is created or upgraded by versioned SQL migrations when the store is built (see
 * {@code docs/store-jdbc.md}). Logging names ids and counts only.
 */
public final class JdbcStore implements KnowledgeBaseStore, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(JdbcStore.class);
  private static final int MAX_ATTEMPTS = 12;

  private final DataSource dataSource;
  private final Dialect dialect;
  private final Reads reads;
  private final Writes writes;
  private final ReadView view;
  private final @Nullable Connection keepAlive;

  private JdbcStore(
      DataSource dataSource, Dialect dialect, int fetchSize, @Nullable Connection keepAlive) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.reads = new Reads(fetchSize);
    this.writes = new Writes(dialect, fetchSize);
    this.keepAlive = keepAlive;
    this.view =
        new ReadView(
            reads,
            new ReadView.Runner() {
              @Override
              public <T> T run(ReadView.SqlBody<T> body, boolean snapshot) {
                // several statements that must see one state run at REPEATABLE READ
                return inTransaction(
                    snapshot
                        ? Connection.TRANSACTION_REPEATABLE_READ
                        : Connection.TRANSACTION_READ_COMMITTED,
                    body);
              }
            });
  }

  /** Starts configuring a store over a host's {@link DataSource}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The embedded default: an H2 database in file mode in {@code directory} (created if missing),
   * schema migrated. Several processes may open the same directory: the first one serves the others
   * over a local socket (H2's automatic mixed mode). Close the store to release the files.
   *
   * @param directory where the database files live
   * @return the open store
   * @throws JdbcStoreException if the database cannot be opened or migrated
   */
  public static JdbcStore embedded(Path directory) {
    Objects.requireNonNull(directory, "directory");
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(embeddedUrl(directory));
    ds.setUser("osicam");
    ds.setPassword("");
    Connection keepAlive;
    try {
      keepAlive = ds.getConnection();
    } catch (SQLException e) {
      throw new JdbcStoreException("cannot open the embedded database in " + directory, e);
    }
    try {
      return new Builder().dataSource(ds).build(keepAlive);
    } catch (RuntimeException e) {
      closeQuietly(keepAlive);
      throw e;
    }
  }

  static String embeddedUrl(Path directory) {
    return "jdbc:h2:file:"
        + directory.toAbsolutePath().resolve("osicam")
        + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=30000;WRITE_DELAY=0";
  }

  /** The database this store runs on: {@code "h2"} or {@code "postgresql"}. */
  public String database() {
    return dialect.name().toLowerCase(Locale.ROOT);
  }

  /** The schema version of the database (the number of the last migration applied). */
  public int schemaVersion() {
    return inTransaction(
        Connection.TRANSACTION_READ_COMMITTED,
        c ->
            Sql.list(
                    c,
                    "SELECT MAX(version) FROM osicam_schema_history",
                    ps -> {},
                    rs -> rs.getInt(1))
                .get(0));
  }

  // ---------------------------------------------------------------- writes

  @Override
  @SuppressWarnings("NullAway") // a Void body returns null
  public void apply(WriteBatch batch) {
    Objects.requireNonNull(batch, "batch");
    inTransaction(
        Connection.TRANSACTION_READ_COMMITTED,
        c -> {
          writes.apply(c, batch);
          return null;
        });
  }

  @Override
  public WriteBatch update(CustomerId id, Function<KnowledgeBaseStore, WriteBatch> decide) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(decide, "decide");
    return inTransaction(
        Connection.TRANSACTION_READ_COMMITTED,
        c -> {
          writes.lock(c, java.util.Set.of(id.value()));
          boolean[] open = {true};
          ReadView bound =
              new ReadView(
                  reads,
                  new ReadView.Runner() {
                    @Override
                    public <T> T run(ReadView.SqlBody<T> body, boolean snapshot) {
                      if (!open[0]) {
                        throw new IllegalStateException(
                            "the view of update() is valid only during the call");
                      }
                      try {
                        return body.run(c);
                      } catch (SQLException e) {
                        throw new SqlFailure(e);
                      }
                    }
                  });
          WriteBatch batch;
          try {
            batch = Objects.requireNonNull(decide.apply(bound), "batch");
          } finally {
            open[0] = false;
          }
          writes.apply(c, batch);
          return batch;
        });
  }

  @Override
  public ErasureReport erase(CustomerId id) {
    Objects.requireNonNull(id, "id");
    ErasureReport report =
        inTransaction(Connection.TRANSACTION_READ_COMMITTED, c -> writes.erase(c, id));
    LOG.debug("erased customer {} from the database: {} rows", id.value(), report.total());
    return report;
  }

  // ---------------------------------------------------------------- reads

  @Override
  public Optional<Customer> customer(CustomerId id) {
    return view.customer(id);
  }

  @Override
  public Optional<CustomerId> customerIdOf(SourceKey key) {
    return view.customerIdOf(key);
  }

  @Override
  public Optional<SourceRecord> sourceRecord(SourceKey key) {
    return view.sourceRecord(key);
  }

  @Override
  public List<Transaction> transactions(CustomerId id, Instant from, Instant to) {
    return view.transactions(id, from, to);
  }

  @Override
  public List<Interaction> interactions(CustomerId id, Instant from, Instant to) {
    return view.interactions(id, from, to);
  }

  @Override
  public List<Consent> consents(CustomerId id) {
    return view.consents(id);
  }

  @Override
  public List<SurveyResponse> surveyResponses(CustomerId id) {
    return view.surveyResponses(id);
  }

  @Override
  public Map<ScoreKey, Score> scores(CustomerId id) {
    return view.scores(id);
  }

  @Override
  public long customerCount() {
    return view.customerCount();
  }

  @Override
  public void forEachCustomer(Consumer<? super Customer> action) {
    view.forEachCustomer(action);
  }

  @Override
  public void forEachTransaction(Instant from, Instant to, Consumer<? super Transaction> action) {
    view.forEachTransaction(from, to, action);
  }

  /** Reads the match decisions table alone (one sorted query), not a whole export. */
  @Override
  public List<MatchDecision> matchDecisions() {
    return view.matchDecisions();
  }

  @Override
  public WriteBatch export() {
    return view.export();
  }

  /**
   * Releases what the store holds open itself (the embedded database's files). A store over a
   * host's {@link DataSource} holds nothing open between calls; closing it does nothing.
   */
  @Override
  public void close() {
    if (keepAlive != null) {
      closeQuietly(keepAlive);
    }
  }

  // ---------------------------------------------------------------- transactions

  /**
   * Runs {@code body} in one transaction on a fresh connection, retrying transient conflicts.
   * Invalid data ({@link org.osicam.core.InvalidDataException}) and errors of the caller's
   * functions roll back and propagate at once.
   */
  private <T> T inTransaction(int isolation, ReadView.SqlBody<T> body) {
    for (int attempt = 1; ; attempt++) {
      try (Connection c = dataSource.getConnection()) {
        boolean autoCommit = c.getAutoCommit();
        int previousIsolation = c.getTransactionIsolation();
        try {
          c.setAutoCommit(false);
          if (previousIsolation != isolation) {
            c.setTransactionIsolation(isolation);
          }
          T result = body.run(c);
          c.commit();
          return result;
        } catch (SqlFailure e) {
          rollbackQuietly(c);
          throw e.sqlException();
        } catch (SQLException | RuntimeException | Error e) {
          rollbackQuietly(c);
          throw e;
        } finally {
          restore(c, autoCommit, previousIsolation, isolation);
        }
      } catch (SQLException e) {
        if (attempt < MAX_ATTEMPTS && isTransient(e)) {
          LOG.debug("retrying after a transient database conflict (SQLState {})", e.getSQLState());
          backoff(attempt);
          continue;
        }
        throw new JdbcStoreException(
            "database operation failed (SQLState " + e.getSQLState() + ")", e);
      }
    }
  }

  private static void restore(Connection c, boolean autoCommit, int previous, int used) {
    try {
      if (previous != used) {
        c.setTransactionIsolation(previous);
      }
      c.setAutoCommit(autoCommit);
    } catch (SQLException e) {
      LOG.debug("could not restore connection settings (SQLState {})", e.getSQLState());
    }
  }

  /**
   * Conflicts that a retry resolves: serialization failure or deadlock (40001, 40P01), lock timeout
   * (H2's HYT00), and a key or reference that a concurrent transaction wrote or removed between
   * validation and write (23505, 23503; the retry validates again and reports bad data as {@link
   * org.osicam.core.InvalidDataException}).
   */
  private static boolean isTransient(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException) {
        String state = ((SQLException) t).getSQLState();
        if (state != null
            && (state.equals("40001")
                || state.equals("40P01")
                || state.equals("HYT00")
                || state.equals("23505")
                || state.equals("23503"))) {
          return true;
        }
      }
    }
    return false;
  }

  private static void backoff(int attempt) {
    long millis = ThreadLocalRandom.current().nextLong(1, 5L << Math.min(attempt, 6));
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new JdbcStoreException("interrupted while retrying a database conflict", e);
    }
  }

  private static void rollbackQuietly(Connection c) {
    try {
      c.rollback();
    } catch (SQLException e) {
      LOG.debug("rollback failed (SQLState {})", e.getSQLState());
    }
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException e) {
      LOG.debug("close failed (SQLState {})", e.getSQLState());
    }
  }

  /** Carries a SQLException of the view through the caller's function, unwrapped by the retry. */
  static final class SqlFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final SQLException sqlException;

    SqlFailure(SQLException cause) {
      super(cause);
      this.sqlException = cause;
    }

    SQLException sqlException() {
      return sqlException;
    }
  }

  /** Configures a {@link JdbcStore}; each option may be set once. */
  public static final class Builder {
    private @Nullable DataSource dataSource;
    private int fetchSize;
    private @Nullable Boolean migrate;

    private Builder() {}

    /**
     * @param value the database (PostgreSQL or H2); the store takes a connection per operation and
     *     returns it, so pass a pool
     * @return this builder
     * @throws IllegalStateException if the data source was already set
     */
    public Builder dataSource(DataSource value) {
      Objects.requireNonNull(value, "dataSource");
      if (dataSource != null) {
        throw new IllegalStateException("dataSource was already set");
      }
      dataSource = value;
      return this;
    }

    /**
     * @param value rows fetched per round trip by streaming reads (default 1000)
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is not positive
     * @throws IllegalStateException if the fetch size was already set
     */
    public Builder fetchSize(int value) {
      if (value <= 0) {
        throw new IllegalArgumentException("fetchSize must be positive, was " + value);
      }
      if (fetchSize != 0) {
        throw new IllegalStateException("fetchSize was already set");
      }
      fetchSize = value;
      return this;
    }

    /**
     * @param value whether {@link #build()} creates or upgrades the schema (default {@code true});
     *     with {@code false}, build checks that the schema is at the library's version
     * @return this builder
     * @throws IllegalStateException if the option was already set
     */
    public Builder migrate(boolean value) {
      if (migrate != null) {
        throw new IllegalStateException("migrate was already set");
      }
      migrate = value;
      return this;
    }

    /**
     * Connects, migrates the schema (unless disabled) and returns the store.
     *
     * @return the store; the builder is left unchanged
     * @throws IllegalStateException if no data source was set
     * @throws IllegalArgumentException if the database is neither PostgreSQL nor H2
     * @throws JdbcStoreException if the database cannot be reached or its schema is not usable
     */
    public JdbcStore build() {
      return build(null);
    }

    JdbcStore build(@Nullable Connection keepAlive) {
      DataSource ds = dataSource;
      if (ds == null) {
        throw new IllegalStateException("dataSource must be set before build()");
      }
      try (Connection c = ds.getConnection()) {
        Dialect dialect = Dialect.of(c);
        boolean autoCommit = c.getAutoCommit();
        try {
          if (migrate == null || migrate) {
            Migrations.migrate(c, dialect);
          } else {
            Migrations.check(c);
          }
        } finally {
          c.setAutoCommit(autoCommit);
        }
        return new JdbcStore(ds, dialect, fetchSize == 0 ? 1000 : fetchSize, keepAlive);
      } catch (SQLException e) {
        throw new JdbcStoreException(
            "cannot open the knowledge base database (SQLState " + e.getSQLState() + ")", e);
      }
    }
  }
}
