package org.osicam.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osicam.core.kb.WriteBatch;
import org.osicam.core.model.Customer;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.Transaction;

/**
 * Streaming reads run as cursors: the query of {@link JdbcStore#forEachTransaction} and those of
 * {@link JdbcStore#forEachCustomer} carry the fetch size and run with auto-commit off (which the
 * PostgreSQL driver needs to fetch in pages instead of reading the whole result).
 */
class StreamingTest {
  /** What a streaming query looked like when it ran. */
  record Query(String sql, int fetchSize, boolean autoCommit) {}

  @Test
  void embeddedStreamingReadsUseCursorsWithTheFetchSize(@TempDir Path dir) throws Exception {
    check(Targets.dataSource("h2:" + dir));
  }

  @Test
  void postgresStreamingReadsUseCursorsWithTheFetchSize() throws Exception {
    Postgres.assumeConfigured();
    String schema = Postgres.freshSchema();
    try {
      check(Postgres.dataSource(schema));
    } finally {
      Postgres.dropSchema(schema);
    }
  }

  private static void check(DataSource target) throws Exception {
    List<Query> queries = new CopyOnWriteArrayList<>();
    JdbcStore store =
        JdbcStore.builder().dataSource(recording(target, queries)).fetchSize(7).build();
    WriteBatch.Builder b = WriteBatch.builder();
    for (int c = 0; c < 30; c++) {
      CustomerId id = CustomerId.of("C" + c);
      b.customer(Customer.builder(id).attribute("n", "" + c).build());
      for (int t = 0; t < 5; t++) {
        b.transaction(
            Transaction.of(
                id + "-" + t, id, Instant.ofEpochSecond(1000L * t), BigDecimal.ONE, "EUR"));
      }
    }
    store.apply(b.build());
    queries.clear();
    int[] n = {0};
    store.forEachTransaction(Instant.MIN, Instant.MAX, t -> n[0]++);
    store.forEachCustomer(c -> n[0]++);
    assertThat(n[0]).isEqualTo(150 + 30);
    assertThat(queries)
        .filteredOn(
            q -> q.sql().contains("FROM kb_transaction") || q.sql().contains("FROM kb_customer"))
        .hasSizeGreaterThanOrEqualTo(2)
        .allSatisfy(
            q -> {
              assertThat(q.fetchSize()).as(q.sql()).isEqualTo(7);
              assertThat(q.autoCommit()).as(q.sql()).isFalse();
            });
  }

  private static DataSource recording(DataSource target, List<Query> queries) {
    return proxy(
        DataSource.class,
        target,
        (result, method, args) -> {
          if (!(result instanceof Connection)) {
            return result;
          }
          Connection c = (Connection) result;
          return proxy(
              Connection.class,
              c,
              (r, m, a) -> {
                if (!(r instanceof PreparedStatement)) {
                  return r;
                }
                String sql = (String) a[0];
                PreparedStatement ps = (PreparedStatement) r;
                return proxy(
                    PreparedStatement.class,
                    ps,
                    (r2, m2, a2) -> {
                      if (m2.getName().equals("executeQuery")) {
                        queries.add(new Query(sql, ps.getFetchSize(), c.getAutoCommit()));
                      }
                      return r2;
                    });
              });
        });
  }

  interface After {
    Object after(Object result, java.lang.reflect.Method method, Object[] args) throws Exception;
  }

  private static <T> T proxy(Class<T> type, T target, After after) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (p, m, a) -> {
              Object result;
              try {
                result = m.invoke(target, a);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
              return after.after(result, m, a);
            }));
  }
}
