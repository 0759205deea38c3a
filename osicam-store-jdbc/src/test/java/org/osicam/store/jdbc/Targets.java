package org.osicam.store.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The databases of the multi-process tests, named in child JVM arguments: {@code h2:<directory>} or
 * {@code pg:<schema>}.
 */
final class Targets {
  private Targets() {}

  static DataSource dataSource(String target) {
    if (target.startsWith("h2:")) {
      JdbcDataSource ds = new JdbcDataSource();
      ds.setURL(JdbcStore.embeddedUrl(Path.of(target.substring(3))));
      ds.setUser("osicam");
      ds.setPassword("");
      return ds;
    }
    if (target.startsWith("pg:")) {
      return Postgres.dataSource(target.substring(3));
    }
    throw new IllegalArgumentException("target must be h2:<dir> or pg:<schema>, was " + target);
  }

  /** Opens the store of a child JVM: the embedded directory, or the PostgreSQL schema. */
  static JdbcStore open(String target) {
    return target.startsWith("h2:")
        ? JdbcStore.embedded(Path.of(target.substring(3)))
        : JdbcStore.builder().dataSource(dataSource(target)).build();
  }

  /**
   * Wraps a data source so that the commit of a transaction that wrote {@code marker} hangs (after
   * printing {@code IN_BATCH}): the test kills the process while the batch is written but not
   * committed.
   */
  static DataSource hangingOnCommit(DataSource target, Runnable beforeHang) {
    return (DataSource)
        Proxy.newProxyInstance(
            DataSource.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              Object result = invoke(method, target, args);
              if (!(result instanceof Connection)) {
                return result;
              }
              Connection real = (Connection) result;
              return Proxy.newProxyInstance(
                  Connection.class.getClassLoader(),
                  new Class<?>[] {Connection.class},
                  (p, m, a) -> {
                    if (m.getName().equals("commit") && CrashWriter.hangNextCommit) {
                      beforeHang.run();
                      Thread.sleep(Long.MAX_VALUE);
                    }
                    return invoke(m, real, a);
                  });
            });
  }

  private static Object invoke(java.lang.reflect.Method m, Object target, Object[] args)
      throws Throwable {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
