package org.osicam.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

/** What differs between the supported databases: a few column types and the migration lock. */
enum Dialect {
  H2(Map.of("key", "VARCHAR", "text", "VARCHAR", "decimal", "DECFLOAT"), " FOR UPDATE"),
  POSTGRESQL(
      Map.of("key", "VARCHAR COLLATE \"C\"", "text", "VARCHAR", "decimal", "NUMERIC"),
      " FOR KEY SHARE");

  private final Map<String, String> placeholders;
  private final String keyShareLock;

  Dialect(Map<String, String> placeholders, String keyShareLock) {
    this.placeholders = placeholders;
    this.keyShareLock = keyShareLock;
  }

  /**
   * The weakest row lock that a deletion of the row waits for: PostgreSQL's {@code FOR KEY SHARE}
   * (writers of the same customer do not wait for each other); H2 has only {@code FOR UPDATE}.
   */
  String keyShareLock() {
    return keyShareLock;
  }

  /** Column types that replace {@code ${name}} in migration scripts. */
  Map<String, String> placeholders() {
    return placeholders;
  }

  static Dialect of(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName();
    String p = product.toLowerCase(Locale.ROOT);
    if (p.equals("h2")) {
      return H2;
    }
    if (p.contains("postgresql")) {
      return POSTGRESQL;
    }
    throw new IllegalArgumentException(
        "dataSource must be a PostgreSQL or H2 database, was " + product);
  }
}
