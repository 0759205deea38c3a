package org.osicam.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osicam.core.model.CustomerId;

/**
 * A writer process is killed ({@code kill -9}) in the middle of a batch: its rows are written but
 * the commit has not returned. After a restart every committed batch is whole and the interrupted
 * one is absent.
 */
class CrashSafetyTest {
  private static final int SIZE = 500;
  private static final int HANG_AT = 3;

  @Test
  void embeddedStoreKeepsCommittedBatchesWholeAndDropsTheInterruptedOne(@TempDir Path dir)
      throws Exception {
    killMidBatchThenCheck("h2:" + dir, () -> JdbcStore.embedded(dir));
  }

  @Test
  void postgresKeepsCommittedBatchesWholeAndDropsTheInterruptedOne() throws Exception {
    Postgres.assumeConfigured();
    String schema = Postgres.freshSchema();
    try {
      killMidBatchThenCheck(
          "pg:" + schema,
          () -> JdbcStore.builder().dataSource(Postgres.dataSource(schema)).build());
    } finally {
      Postgres.dropSchema(schema);
    }
  }

  interface Opener {
    JdbcStore open() throws Exception;
  }

  private static void killMidBatchThenCheck(String target, Opener reopen) throws Exception {
    try (ChildJvm child =
        ChildJvm.start(CrashWriter.class, target, Integer.toString(SIZE), "" + HANG_AT)) {
      child.awaitLine("IN_BATCH " + HANG_AT, 120);
      child.kill();
      assertThat(child.output()).contains("COMMITTED " + (HANG_AT - 1));
      assertThat(child.output()).doesNotContain("COMMITTED " + HANG_AT);
    }
    try (JdbcStore store = reopen.open()) {
      for (int k = 0; k < HANG_AT; k++) {
        CustomerId id = CustomerId.of("B" + k);
        assertThat(store.customer(id)).as("committed batch %d", k).isPresent();
        assertThat(store.transactions(id, Instant.MIN, Instant.MAX))
            .as("committed batch %d is whole", k)
            .isEqualTo(CrashWriter.batch(k, SIZE).transactions());
      }
      assertThat(store.customer(CustomerId.of("B" + HANG_AT))).isEmpty();
      assertThat(store.transactions(CustomerId.of("B" + HANG_AT), Instant.MIN, Instant.MAX))
          .isEmpty();
      int[] rows = {0};
      store.forEachTransaction(Instant.MIN, Instant.MAX, t -> rows[0]++);
      assertThat(rows[0]).isEqualTo(HANG_AT * SIZE);
      assertThat(store.customerCount()).isEqualTo(HANG_AT);
    }
  }
}
