package org.osicam.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osicam.core.kb.WriteBatch;
import org.osicam.core.model.Customer;
import org.osicam.core.model.CustomerId;

/**
 * Several processes write the same base at once: a contact-pressure cap checked in {@link
 * JdbcStore#update} holds across them (exactly the cap is sent), and no consent is lost.
 */
class MultiProcessTest {
  private static final int PROCESSES = 3;
  private static final int ATTEMPTS = 6;
  private static final int CAP = 5;

  @Test
  void embeddedStoreHoldsTheCapAcrossProcesses(@TempDir Path dir) throws Exception {
    // this process opens the directory first and serves it to the children
    try (JdbcStore store = JdbcStore.embedded(dir)) {
      runWriters("h2:" + dir, store);
    }
  }

  @Test
  void postgresHoldsTheCapAcrossProcesses() throws Exception {
    Postgres.assumeConfigured();
    String schema = Postgres.freshSchema();
    try (TestPool pool = new TestPool(Postgres.dataSource(schema))) {
      runWriters("pg:" + schema, JdbcStore.builder().dataSource(pool).build());
    } finally {
      Postgres.dropSchema(schema);
    }
  }

  private static void runWriters(String target, JdbcStore store) throws Exception {
    WriteBatch.Builder init = WriteBatch.builder();
    CapWriter.CUSTOMERS.forEach(c -> init.customer(Customer.of(c)));
    store.apply(init.build());
    List<ChildJvm> children = new ArrayList<>();
    try {
      for (int p = 0; p < PROCESSES; p++) {
        children.add(ChildJvm.start(CapWriter.class, target, "" + p, "" + ATTEMPTS, "" + CAP));
      }
      int sent = 0;
      for (ChildJvm child : children) {
        sent += Integer.parseInt(child.awaitLine("SENT ", 180).substring(5));
        assertThat(child.exitCode(60)).as("child exit code, output %s", child.output()).isZero();
      }
      assertThat(sent).isEqualTo(CAP * CapWriter.CUSTOMERS.size());
    } finally {
      for (ChildJvm child : children) {
        child.close();
      }
    }
    for (CustomerId c : CapWriter.CUSTOMERS) {
      assertThat(store.interactions(c, Instant.MIN, Instant.MAX)).hasSize(CAP);
      assertThat(store.consents(c)).hasSize(PROCESSES * ATTEMPTS);
    }
  }
}
