package org.osicam.store.jdbc;

import java.nio.file.Files;
import java.nio.file.Path;
import org.osicam.core.kb.KnowledgeBaseStore;
import org.osicam.testing.store.KnowledgeBaseStoreContract;

/** The embedded H2 store passes the store contract, each test in a new directory. */
class EmbeddedStoreContractTest extends KnowledgeBaseStoreContract {
  @Override
  protected KnowledgeBaseStore newStore() throws Exception {
    Path dir = Files.createTempDirectory("osicam-h2-");
    dir.toFile().deleteOnExit();
    return JdbcStore.embedded(dir);
  }
}
