package org.osicam.store.jdbc;

import java.util.IdentityHashMap;
import java.util.Map;
import org.osicam.core.kb.KnowledgeBaseStore;
import org.osicam.testing.store.KnowledgeBaseStoreContract;

/**
 * The PostgreSQL store passes the store contract, each test in a schema of its own. Skipped, with a
 * message, when {@code OSICAM_PG_URL} is not set.
 */
class PostgresStoreContractTest extends KnowledgeBaseStoreContract {
  private final Map<KnowledgeBaseStore, String> schemas = new IdentityHashMap<>();
  private final Map<KnowledgeBaseStore, TestPool> pools = new IdentityHashMap<>();

  @Override
  protected KnowledgeBaseStore newStore() throws Exception {
    Postgres.assumeConfigured();
    String schema = Postgres.freshSchema();
    TestPool pool = new TestPool(Postgres.dataSource(schema));
    JdbcStore store = JdbcStore.builder().dataSource(pool).build();
    schemas.put(store, schema);
    pools.put(store, pool);
    return store;
  }

  @Override
  protected void release(KnowledgeBaseStore store) throws Exception {
    TestPool pool = pools.remove(store);
    if (pool != null) {
      pool.close();
    }
    String schema = schemas.remove(store);
    if (schema != null) {
      Postgres.dropSchema(schema);
    }
  }
}
