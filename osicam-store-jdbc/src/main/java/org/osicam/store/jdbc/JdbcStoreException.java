package org.osicam.store.jdbc;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * A database operation of {@link JdbcStore} failed for a reason other than bad data (bad data
 * throws {@link org.osicam.core.InvalidDataException}): the database is unreachable, a conflict
 * persisted after the retries, the schema is newer than this library. The transaction was rolled
 * back: nothing of the failed operation was written.
 *
 * <p>Thrown by {@link JdbcStore} and its builder; {@link #sqlState()} gives the database's
 * SQLState.
 */
public final class JdbcStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what failed
   * @param cause the database error
   */
  JdbcStoreException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  /**
   * @return the SQLState of the underlying {@link SQLException}, or empty text when there is none
   */
  public String sqlState() {
    Throwable cause = getCause();
    if (cause instanceof SQLException) {
      String state = ((SQLException) cause).getSQLState();
      return state == null ? "" : state;
    }
    return "";
  }
}
