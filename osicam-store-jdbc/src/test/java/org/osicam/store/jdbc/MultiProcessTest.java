package org.osicam.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osicam.core.kb.WriteBatch;
import org.osicam.core.model.Channel;
import org.osicam.core.model.Customer;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.Interaction;
import org.osicam.core.model.InteractionStatus;

/**
 * Several processes write the same base at once: a contact-pressure cap checked in {@link
 * JdbcStore#update} holds across them (exactly the cap is sent), and no consent is lost; the
 * interaction engine's caps hold across processes that each decide with their own {@code Decider}
 * through {@code decideAndRecord}.
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

  @Test
  void embeddedDecidersHoldThePolicyCapsAcrossProcesses(@TempDir Path dir) throws Exception {
    try (JdbcStore store = JdbcStore.embedded(dir.resolve("db"))) {
      runDeciders("h2:" + dir.resolve("db"), store, dir.resolve("go"));
    }
  }

  @Test
  void postgresDecidersHoldThePolicyCapsAcrossProcesses(@TempDir Path dir) throws Exception {
    Postgres.assumeConfigured();
    String schema = Postgres.freshSchema();
    try (TestPool pool = new TestPool(Postgres.dataSource(schema))) {
      runDeciders("pg:" + schema, JdbcStore.builder().dataSource(pool).build(), dir.resolve("go"));
    } finally {
      Postgres.dropSchema(schema);
    }
  }

  /**
   * {@link #PROCESSES} JVMs, each with its own decider, decide {@link #ATTEMPTS} times for every
   * customer, starting together: the policy's caps (2 e-mails, 3 contacts) hold for each customer.
   */
  private static void runDeciders(String target, JdbcStore store, Path go) throws Exception {
    store.apply(DeciderWriter.customers());
    List<ChildJvm> children = new ArrayList<>();
    try {
      for (int p = 0; p < PROCESSES; p++) {
        children.add(ChildJvm.start(DeciderWriter.class, target, "" + p, "" + ATTEMPTS, "" + go));
      }
      for (ChildJvm child : children) {
        child.awaitLine("READY", 180);
      }
      Files.createFile(go);
      int sent = 0;
      for (ChildJvm child : children) {
        sent += Integer.parseInt(child.awaitLine("SENT ", 180).substring(5));
        assertThat(child.exitCode(60)).as("child exit code, output %s", child.output()).isZero();
      }
      assertThat(sent).isEqualTo(3 * DeciderWriter.CUSTOMERS.size());
    } finally {
      for (ChildJvm child : children) {
        child.close();
      }
    }
    for (CustomerId c : DeciderWriter.CUSTOMERS) {
      List<Interaction> delivered = store.interactions(c, Instant.MIN, Instant.MAX);
      assertThat(delivered)
          .allMatch(i -> i.status() == InteractionStatus.DELIVERED)
          .hasSize(3)
          .filteredOn(i -> i.channel() == Channel.EMAIL)
          .hasSize(2);
    }
  }
}
