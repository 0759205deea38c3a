package org.osicam.store.jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Instant;
import javax.sql.DataSource;
import org.osicam.core.kb.WriteBatch;
import org.osicam.core.model.Customer;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.Transaction;

/**
 * Child JVM of {@link CrashSafetyTest}: writes batches {@code B0, B1, ...} (one new customer and
 * {@code size} transactions each), printing {@code COMMITTED k} after each; batch {@code hangAt} is
 * written but its commit hangs after printing {@code IN_BATCH k}, until the test kills the JVM.
 *
 * <p>Arguments: target ({@code h2:<dir>} or {@code pg:<schema>}), size, hangAt.
 */
final class CrashWriter {
  static volatile boolean hangNextCommit;

  private CrashWriter() {}

  static WriteBatch batch(int k, int size) {
    CustomerId id = CustomerId.of("B" + k);
    WriteBatch.Builder b = WriteBatch.builder().customer(Customer.of(id));
    for (int t = 0; t < size; t++) {
      b.transaction(
          Transaction.of(
              "B" + k + "-T" + t,
              id,
              Instant.ofEpochSecond(1_700_000_000L + t),
              BigDecimal.valueOf(t, 2),
              "EUR"));
    }
    return b.build();
  }

  public static void main(String[] args) throws Exception {
    String target = args[0];
    int size = Integer.parseInt(args[1]);
    int hangAt = Integer.parseInt(args[2]);
    int[] current = {-1};
    DataSource ds =
        Targets.hangingOnCommit(
            Targets.dataSource(target),
            () -> {
              System.out.println("IN_BATCH " + current[0]);
              System.out.flush();
            });
    // keeps the embedded database open between batches, as JdbcStore.embedded does
    try (Connection keep = ds.getConnection()) {
      JdbcStore store = JdbcStore.builder().dataSource(ds).build();
      for (int k = 0; ; k++) {
        current[0] = k;
        hangNextCommit = k == hangAt;
        store.apply(batch(k, size));
        System.out.println("COMMITTED " + k);
        System.out.flush();
      }
    }
  }
}
