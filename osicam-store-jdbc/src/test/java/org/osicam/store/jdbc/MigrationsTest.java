package org.osicam.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osicam.core.kb.WriteBatch;
import org.osicam.core.model.Customer;
import org.osicam.core.model.CustomerId;

class MigrationsTest {

  @Test
  void scriptsSplitOnLineEndingSemicolonsWithoutComments() {
    assertThat(
            Migrations.statements(
                "-- a comment; with a semicolon\nCREATE TABLE a (\n  x INT\n);\n\nDROP TABLE b;\n"))
        .containsExactly("CREATE TABLE a (\nx INT\n)", "DROP TABLE b");
  }

  @Test
  void reopeningKeepsTheDataAndAppliesEachMigrationOnce(@TempDir Path dir) {
    try (JdbcStore store = JdbcStore.embedded(dir)) {
      store.apply(WriteBatch.builder().customer(Customer.of(CustomerId.of("C1"))).build());
      assertThat(store.schemaVersion()).isEqualTo(Migrations.latest());
      assertThat(store.database()).isEqualTo("h2");
    }
    try (JdbcStore store = JdbcStore.embedded(dir)) {
      assertThat(store.customer(CustomerId.of("C1"))).isPresent();
      assertThat(store.schemaVersion()).isEqualTo(Migrations.latest());
    }
  }

  @Test
  void aDatabaseNewerThanTheLibraryIsRefused(@TempDir Path dir) throws SQLException {
    JdbcStore.embedded(dir).close();
    execute(
        Targets.dataSource("h2:" + dir),
        "INSERT INTO osicam_schema_history VALUES (99, 'V99__future.sql', 0, 0)");
    assertThatThrownBy(() -> JdbcStore.embedded(dir))
        .isInstanceOf(JdbcStoreException.class)
        .hasMessage(
            "database schema version must be at most "
                + Migrations.latest()
                + " for this library, was 99 (upgrade osicam-store-jdbc)");
  }

  @Test
  void anEditedMigrationIsRefused(@TempDir Path dir) throws SQLException {
    JdbcStore.embedded(dir).close();
    execute(
        Targets.dataSource("h2:" + dir),
        "UPDATE osicam_schema_history SET checksum = 1 WHERE version = 1");
    assertThatThrownBy(() -> JdbcStore.embedded(dir))
        .isInstanceOf(JdbcStoreException.class)
        .hasMessageContaining("V1__knowledge_base.sql must be unchanged once applied");
  }

  @Test
  void withoutMigrationTheSchemaMustAlreadyBeCurrent(@TempDir Path dir) {
    DataSource ds = Targets.dataSource("h2:" + dir);
    assertThatThrownBy(() -> JdbcStore.builder().dataSource(ds).migrate(false).build())
        .isInstanceOf(JdbcStoreException.class)
        .hasMessageStartingWith("database schema version must be " + Migrations.latest())
        .hasMessageEndingWith("was 0");
    JdbcStore.builder().dataSource(ds).build().close();
    assertThat(JdbcStore.builder().dataSource(ds).migrate(false).build().schemaVersion())
        .isEqualTo(Migrations.latest());
  }

  @Test
  void postgresMigratesOnceWhenManyStoresStartTogether() throws Exception {
    Postgres.assumeConfigured();
    String schema = Postgres.freshSchema();
    try {
      DataSource ds = Postgres.dataSource(schema);
      java.util.List<Thread> threads = new java.util.ArrayList<>();
      java.util.Queue<Throwable> errors = new java.util.concurrent.ConcurrentLinkedQueue<>();
      for (int i = 0; i < 4; i++) {
        Thread t =
            new Thread(
                () -> {
                  try {
                    JdbcStore.builder().dataSource(ds).build();
                  } catch (RuntimeException e) {
                    errors.add(e);
                  }
                });
        threads.add(t);
        t.start();
      }
      for (Thread t : threads) {
        t.join();
      }
      assertThat(errors).isEmpty();
      JdbcStore store = JdbcStore.builder().dataSource(ds).build();
      assertThat(store.database()).isEqualTo("postgresql");
      assertThat(store.schemaVersion()).isEqualTo(Migrations.latest());
    } finally {
      Postgres.dropSchema(schema);
    }
  }

  private static void execute(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }
}
