package org.osicam.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** Small JDBC helpers: typed row mappers, parameter binders, IN lists in chunks. */
final class Sql {
  private Sql() {}

  /** Largest IN list sent at once (well under every driver's parameter limit). */
  static final int CHUNK = 500;

  /** Largest array bound to {@code = ANY(?)} at once on PostgreSQL. */
  static final int ARRAY_CHUNK = 10_000;

  @FunctionalInterface
  interface Mapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  @FunctionalInterface
  interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  @FunctionalInterface
  interface RowAction {
    void accept(ResultSet rs) throws SQLException;
  }

  static <T> List<T> list(Connection c, String sql, Binder binder, Mapper<T> mapper)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      try (ResultSet rs = ps.executeQuery()) {
        List<T> out = new ArrayList<>();
        while (rs.next()) {
          out.add(mapper.map(rs));
        }
        return out;
      }
    }
  }

  /**
   * Runs {@code sql} once per chunk of {@code keys}, where {@code sql} holds {@code IN ({in})}: on
   * PostgreSQL it becomes {@code = ANY(?)} bound to one array of up to 10,000 keys (one round trip
   * and one plan for a whole batch), elsewhere a list of up to 500 parameters.
   */
  static void forChunks(
      Connection c,
      Dialect dialect,
      String sql,
      Collection<String> keys,
      int fetchSize,
      RowAction action)
      throws SQLException {
    boolean arrays = dialect == Dialect.POSTGRESQL;
    int size = arrays ? ARRAY_CHUNK : CHUNK;
    List<String> all = new ArrayList<>(keys);
    for (int from = 0; from < all.size(); from += size) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + size));
      String query =
          arrays
              ? sql.replace("IN ({in})", "= ANY(?)")
              : sql.replace("{in}", String.join(", ", Collections.nCopies(chunk.size(), "?")));
      try (PreparedStatement ps = c.prepareStatement(query)) {
        ps.setFetchSize(fetchSize);
        if (arrays) {
          ps.setArray(1, c.createArrayOf("varchar", chunk.toArray()));
        } else {
          for (int i = 0; i < chunk.size(); i++) {
            ps.setString(i + 1, chunk.get(i));
          }
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            action.accept(rs);
          }
        }
      }
    }
  }

  static int update(Connection c, String sql, Binder binder) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      return ps.executeUpdate();
    }
  }

  /** A streaming cursor with a look-ahead row, for merge-joins of queries sorted on one key. */
  static final class Cursor implements AutoCloseable {
    private final PreparedStatement ps;
    private final ResultSet rs;
    private boolean hasRow;

    Cursor(Connection c, String sql, int fetchSize, Binder binder) throws SQLException {
      ps = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
      ps.setFetchSize(fetchSize);
      binder.bind(ps);
      rs = ps.executeQuery();
      hasRow = rs.next();
    }

    /** Whether the current row's first column equals {@code key}. */
    boolean at(String key) throws SQLException {
      return hasRow && key.equals(rs.getString(1));
    }

    boolean hasRow() {
      return hasRow;
    }

    ResultSet row() {
      return rs;
    }

    void next() throws SQLException {
      hasRow = rs.next();
    }

    @Override
    public void close() throws SQLException {
      try {
        rs.close();
      } finally {
        ps.close();
      }
    }
  }
}
