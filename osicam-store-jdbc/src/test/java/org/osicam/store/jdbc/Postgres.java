package org.osicam.store.jdbc;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL server of the tests, named by the environment: {@code OSICAM_PG_URL} (a JDBC URL,
 * e.g. {@code jdbc:postgresql://127.0.0.1:55432/osicam}), {@code OSICAM_PG_USER}, {@code
 * OSICAM_PG_PASSWORD}. {@code .ci/run} starts a server and sets them.
 *
 * <p>Without {@code OSICAM_PG_URL} the PostgreSQL tests are skipped with a message that says so
 * (JUnit reports them as skipped, not passed). With it set, an unreachable server fails them.
 */
final class Postgres {
  private static final AtomicInteger SCHEMAS = new AtomicInteger();

  private Postgres() {}

  static @Nullable String url() {
    String url = System.getenv("OSICAM_PG_URL");
    return url == null || url.isBlank() ? null : url;
  }

  private static final String NOT_RUN =
      "PostgreSQL tests NOT RUN: set OSICAM_PG_URL (and OSICAM_PG_USER, OSICAM_PG_PASSWORD) to a"
          + " server; .ci/run starts one";
  private static final java.util.concurrent.atomic.AtomicBoolean WARNED =
      new java.util.concurrent.atomic.AtomicBoolean();

  /**
   * Skips the calling test, loudly, when no server is configured: JUnit reports it skipped with the
   * reason, and the build output gets one warning line.
   */
  static void assumeConfigured() {
    if (url() == null && WARNED.compareAndSet(false, true)) {
      System.err.println("[WARNING] " + NOT_RUN);
    }
    assumeTrue(url() != null, NOT_RUN);
  }

  static PGSimpleDataSource dataSource(@Nullable String schema) {
    String url = url();
    if (url == null) {
      throw new IllegalStateException("OSICAM_PG_URL is not set");
    }
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(url);
    String user = System.getenv("OSICAM_PG_USER");
    ds.setUser(user == null ? "postgres" : user);
    String password = System.getenv("OSICAM_PG_PASSWORD");
    if (password != null) {
      ds.setPassword(password);
    }
    ds.setReWriteBatchedInserts(true);
    if (schema != null) {
      ds.setCurrentSchema(schema);
    }
    return ds;
  }

  /** Creates an empty schema of its own for one test, so tests and runs never see each other. */
  static String freshSchema() throws SQLException {
    String schema =
        String.format(
            Locale.ROOT,
            "t_%d_%d_%d",
            ProcessHandle.current().pid(),
            System.nanoTime() % 1_000_000,
            SCHEMAS.incrementAndGet());
    try (Connection c = dataSource(null).getConnection();
        Statement st = c.createStatement()) {
      st.execute("CREATE SCHEMA " + schema);
    }
    return schema;
  }

  static void dropSchema(String schema) throws SQLException {
    try (Connection c = dataSource(null).getConnection();
        Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }
}
