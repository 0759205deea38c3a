package org.osicam.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcStoreBuilderTest {

  @Test
  void optionsAreCheckedAtOnceAndSetOnce(@TempDir Path dir) {
    DataSource ds = Targets.dataSource("h2:" + dir);
    JdbcStore.Builder b = JdbcStore.builder().dataSource(ds).fetchSize(50).migrate(true);
    assertThatThrownBy(() -> b.dataSource(ds))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("dataSource was already set");
    assertThatThrownBy(() -> b.fetchSize(10))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("fetchSize was already set");
    assertThatThrownBy(() -> b.migrate(false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("migrate was already set");
    assertThatThrownBy(() -> JdbcStore.builder().fetchSize(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fetchSize must be positive, was 0");
    assertThatThrownBy(() -> JdbcStore.builder().dataSource(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> JdbcStore.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("dataSource must be set before build()");
    assertThat(b.build().customerCount()).isZero();
  }

  @Test
  void anUnreachableDatabaseGivesAClearError() {
    org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
    ds.setURL("jdbc:postgresql://127.0.0.1:1/nowhere");
    assertThatThrownBy(() -> JdbcStore.builder().dataSource(ds).build())
        .isInstanceOf(JdbcStoreException.class)
        .hasMessageStartingWith("cannot open the knowledge base database (SQLState 08001)")
        .satisfies(e -> assertThat(((JdbcStoreException) e).sqlState()).isEqualTo("08001"));
  }

  /** Implementation classes are package-private; public signatures name JDK and OSICAM types. */
  @Test
  void thePublicApiExposesNoThirdPartyType() throws Exception {
    List<Class<?>> api =
        List.of(JdbcStore.class, JdbcStore.Builder.class, JdbcStoreException.class);
    for (String impl : List.of("Dialect", "Migrations", "Reads", "Writes", "Rows", "Sql")) {
      Class<?> c = Class.forName("org.osicam.store.jdbc." + impl);
      assertThat(Modifier.isPublic(c.getModifiers())).as(impl).isFalse();
    }
    List<String> foreign = new ArrayList<>();
    for (Class<?> c : api) {
      for (Method m : c.getDeclaredMethods()) {
        if (!Modifier.isPublic(m.getModifiers())) {
          continue;
        }
        Stream.concat(Stream.of(m.getReturnType()), Stream.of(m.getParameterTypes()))
            .map(t -> t.isArray() ? t.getComponentType() : t)
            .filter(t -> !t.isPrimitive())
            .map(Class::getName)
            .filter(
                n ->
                    !n.startsWith("java.")
                        && !n.equals("javax.sql.DataSource")
                        && !n.startsWith("org.osicam."))
            .forEach(n -> foreign.add(c.getSimpleName() + "." + m.getName() + " uses " + n));
      }
    }
    assertThat(foreign).isEmpty();
  }
}
