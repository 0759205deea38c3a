package org.osicam.store.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A plain versioned-SQL runner. Scripts {@code migration/V<n>__<name>.sql} are applied in version
 * order, each once; the table {@code osicam_schema_history} records which were applied with a
 * checksum, so an edited script or a database newer than the library is refused.
 *
 * <p>On PostgreSQL every pending script runs in one transaction under an advisory lock, so
 * processes that start together migrate once. H2 commits DDL at once, so its scripts are written
 * with {@code IF NOT EXISTS} and are safe to run twice.
 *
 * <p>To extend the schema, add the next {@code V<n>__<name>.sql} to {@link #SCRIPTS}; never edit an
 * applied one.
 */
final class Migrations {
  private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

  /** Every script, in version order. */
  static final List<String> SCRIPTS = List.of("V1__knowledge_base.sql", "V2__match_decisions.sql");

  private static final long ADVISORY_LOCK = 0x05_1CA_4DBL; // any constant private to OSICAM

  private Migrations() {}

  /** The schema version this library writes. */
  static int latest() {
    return version(SCRIPTS.get(SCRIPTS.size() - 1));
  }

  static int migrate(Connection c, Dialect dialect) throws SQLException {
    c.setAutoCommit(false);
    try (Statement st = c.createStatement()) {
      if (dialect == Dialect.POSTGRESQL) {
        st.execute("SELECT pg_advisory_xact_lock(" + ADVISORY_LOCK + ")");
      }
      st.execute(
          "CREATE TABLE IF NOT EXISTS osicam_schema_history (version INTEGER NOT NULL PRIMARY KEY,"
              + " script VARCHAR NOT NULL, checksum BIGINT NOT NULL, installed_sec BIGINT NOT"
              + " NULL)");
    }
    Map<Integer, Long> applied = new TreeMap<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT version, checksum FROM osicam_schema_history")) {
      while (rs.next()) {
        applied.put(rs.getInt(1), rs.getLong(2));
      }
    }
    int newest = applied.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
    if (newest > latest()) {
      c.rollback();
      throw new JdbcStoreException(
          "database schema version must be at most "
              + latest()
              + " for this library, was "
              + newest
              + " (upgrade osicam-store-jdbc)",
          null);
    }
    for (String script : SCRIPTS) {
      int version = version(script);
      String sql = read(script, dialect);
      long checksum = checksum(sql);
      Long known = applied.get(version);
      if (known != null) {
        if (known != checksum) {
          c.rollback();
          throw new JdbcStoreException(
              "migration " + script + " must be unchanged once applied, but its checksum differs",
              null);
        }
        continue;
      }
      try (Statement st = c.createStatement()) {
        for (String statement : statements(sql)) {
          st.execute(statement);
        }
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO osicam_schema_history (version, script, checksum, installed_sec)"
                  + " VALUES (?, ?, ?, ?)")) {
        ps.setInt(1, version);
        ps.setString(2, script);
        ps.setLong(3, checksum);
        ps.setLong(4, Instant.now().getEpochSecond());
        ps.executeUpdate();
      } catch (SQLException e) {
        if (dialect == Dialect.H2 && "23505".equals(e.getSQLState())) {
          // another process applied the same idempotent script at the same time
          c.rollback();
          continue;
        }
        throw e;
      }
      LOG.info("applied schema migration {}", script);
    }
    c.commit();
    return latest();
  }

  /** Fails unless the schema is exactly at this library's version (for {@code migrate(false)}). */
  static void check(Connection c) throws SQLException {
    int version = 0;
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT MAX(version) FROM osicam_schema_history")) {
      if (rs.next()) {
        version = rs.getInt(1);
      }
    } catch (SQLException e) {
      version = 0; // no history table: an empty database
    }
    if (version != latest()) {
      throw new JdbcStoreException(
          "database schema version must be "
              + latest()
              + " (migrate it, or build with migrate(true)), was "
              + version,
          null);
    }
  }

  static int version(String script) {
    return Integer.parseInt(script.substring(1, script.indexOf("__")));
  }

  private static String read(String script, Dialect dialect) {
    String path = "migration/" + script;
    try (InputStream in = Migrations.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing migration resource " + path);
      }
      String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (Map.Entry<String, String> p : dialect.placeholders().entrySet()) {
        sql = sql.replace("${" + p.getKey() + "}", p.getValue());
      }
      return sql;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Splits a script on semicolons that end a line, dropping {@code --} comment lines. */
  static List<String> statements(String sql) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : sql.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) {
        continue;
      }
      if (trimmed.endsWith(";")) {
        current.append(trimmed, 0, trimmed.length() - 1);
        out.add(current.toString());
        current.setLength(0);
      } else {
        current.append(trimmed).append('\n');
      }
    }
    if (!current.toString().isBlank()) {
      out.add(current.toString());
    }
    return out;
  }

  private static long checksum(String sql) {
    CRC32 crc = new CRC32();
    crc.update(sql.getBytes(StandardCharsets.UTF_8));
    return crc.getValue();
  }
}
