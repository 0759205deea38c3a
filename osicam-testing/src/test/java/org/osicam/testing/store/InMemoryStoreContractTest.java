package org.osicam.testing.store;

import org.osicam.core.kb.KnowledgeBaseStore;

/** The in-memory store, the reference, passes its own contract. */
class InMemoryStoreContractTest extends KnowledgeBaseStoreContract {
  @Override
  protected KnowledgeBaseStore newStore() {
    return KnowledgeBaseStore.inMemory();
  }
}
