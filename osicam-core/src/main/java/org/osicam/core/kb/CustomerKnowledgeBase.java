package org.osicam.core.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.osicam.core.model.Consent;
import org.osicam.core.model.Customer;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.Interaction;
import org.osicam.core.model.MatchDecision;
import org.osicam.core.model.Score;
import org.osicam.core.model.ScoreKey;
import org.osicam.core.model.SourceKey;
import org.osicam.core.model.SourceRecord;
import org.osicam.core.model.SurveyResponse;
import org.osicam.core.model.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single customer view: customers, their identity map, transactions, interactions, consents,
 * survey responses and scores, over a pluggable {@link KnowledgeBaseStore}.
 *
 * <p>Thread safety: an instance is safe for concurrent use by any number of readers and writers.
 * Each {@link #apply(WriteBatch)} is atomic and isolated: a reader sees the state before or after
 * it, never in between, and a batch that fails validation leaves nothing behind. Reads return
 * immutable snapshots.
 *
 * <p>Logging: ids and counts only, never attribute values.
 *
 * <pre>{@code
 * CustomerKnowledgeBase kb = CustomerKnowledgeBase.inMemory();
 * kb.apply(WriteBatch.builder().customer(Customer.of(CustomerId.of("C1"))).build());
 * List<Transaction> lastYear = kb.transactions(CustomerId.of("C1"), from, to);
 * ErasureReport report = kb.erase(CustomerId.of("C1"));
 * }</pre>
 */
public final class CustomerKnowledgeBase {
  private static final Logger LOG = LoggerFactory.getLogger(CustomerKnowledgeBase.class);

  private final KnowledgeBaseStore store;
  private final Clock clock;
  private final List<Consumer<CustomerId>> erasureListeners = new CopyOnWriteArrayList<>();

  private CustomerKnowledgeBase(KnowledgeBaseStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** An empty knowledge base in memory, with the system UTC clock. */
  public static CustomerKnowledgeBase inMemory() {
    return builder().build();
  }

  /** Starts configuring a knowledge base. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Applies a batch atomically.
   *
   * @param batch the writes (see {@link WriteBatch} for their semantics)
   * @throws org.osicam.core.InvalidDataException if any write is invalid; nothing is written then
   */
  public void apply(WriteBatch batch) {
    store.apply(batch);
    LOG.debug(
        "applied batch: {} customers, {} source records, {} transactions, {} interactions,"
            + " {} consents, {} responses, {} scores",
        batch.customers().size(),
        batch.sourceRecords().size(),
        batch.transactions().size(),
        batch.interactions().size(),
        batch.consents().size(),
        batch.surveyResponses().size(),
        batch.scores().size());
  }

  /**
   * Reads and writes one customer's data as one isolated step (check-then-act), e.g. to enforce a
   * contact-pressure cap or a consent check that must hold under concurrent writers, across
   * processes when the store is a shared database. See {@link KnowledgeBaseStore#update}.
   *
   * <pre>{@code
   * kb.update(id, view -> {
   *   long sent = view.interactions(id, weekStart, now).stream()
   *       .filter(i -> i.status() == InteractionStatus.DELIVERED).count();
   *   return sent < 3 ? WriteBatch.builder().interaction(contact).build() : WriteBatch.empty();
   * });
   * }</pre>
   *
   * @param id the customer whose data the step reads
   * @param decide reads through the given read-only view and returns the batch to apply; may run
   *     more than once after a transient conflict, so it must have no other side effect
   * @return the batch that was applied
   * @throws org.osicam.core.InvalidDataException if the batch is invalid; nothing is written then
   * @throws UnsupportedOperationException if the store does not implement isolated updates
   */
  public WriteBatch update(CustomerId id, Function<CustomerKnowledgeBase, WriteBatch> decide) {
    Objects.requireNonNull(decide, "decide");
    WriteBatch batch =
        store.update(
            Objects.requireNonNull(id, "id"),
            view -> decide.apply(new CustomerKnowledgeBase(view, clock)));
    LOG.debug("updated customer {}: {} records written", id.value(), batch.size());
    return batch;
  }

  /**
   * @param id customer id
   * @return the golden customer, or empty
   */
  public Optional<Customer> customer(CustomerId id) {
    return store.customer(id);
  }

  /**
   * Resolves a source system's key to the golden customer (the identity map).
   *
   * @param key source system and key
   * @return the customer, or empty when the key is unknown
   */
  public Optional<Customer> customerBySourceKey(SourceKey key) {
    return store.customerIdOf(key).flatMap(store::customer);
  }

  /**
   * @param key source system and key
   * @return the customer id the identity map gives for it, or empty
   */
  public Optional<CustomerId> customerIdOf(SourceKey key) {
    return store.customerIdOf(key);
  }

  /**
   * @param key source system and key
   * @return the stored source record, or empty
   */
  public Optional<SourceRecord> sourceRecord(SourceKey key) {
    return store.sourceRecord(key);
  }

  /**
   * @param id customer
   * @return all transactions of the customer, by timestamp
   */
  public List<Transaction> transactions(CustomerId id) {
    return store.transactions(id, Instant.MIN, Instant.MAX);
  }

  /**
   * @param id customer
   * @param from inclusive start
   * @param to exclusive end
   * @return the customer's transactions in {@code [from, to)}, by timestamp
   */
  public List<Transaction> transactions(CustomerId id, Instant from, Instant to) {
    requireRange(from, to);
    return store.transactions(id, from, to);
  }

  /**
   * @param id customer
   * @param from inclusive start
   * @param to exclusive end
   * @return the customer's interactions in {@code [from, to)}, by timestamp
   */
  public List<Interaction> interactions(CustomerId id, Instant from, Instant to) {
    requireRange(from, to);
    return store.interactions(id, from, to);
  }

  /**
   * @param id customer
   * @return all interactions of the customer, by timestamp
   */
  public List<Interaction> interactions(CustomerId id) {
    return store.interactions(id, Instant.MIN, Instant.MAX);
  }

  /**
   * @param id customer
   * @return all consents of the customer, by timestamp
   */
  public List<Consent> consents(CustomerId id) {
    return store.consents(id);
  }

  /**
   * @param id customer
   * @return all survey responses of the customer, by timestamp
   */
  public List<SurveyResponse> surveyResponses(CustomerId id) {
    return store.surveyResponses(id);
  }

  /**
   * @param id customer
   * @return the latest score per key
   */
  public Map<ScoreKey, Score> scores(CustomerId id) {
    return store.scores(id);
  }

  /**
   * @param id customer
   * @param key score key
   * @return the latest score of the customer under that key, or empty
   */
  public Optional<Score> score(CustomerId id, ScoreKey key) {
    return Optional.ofNullable(store.scores(id).get(key));
  }

  /**
   * @return the number of golden customers
   */
  public long customerCount() {
    return store.customerCount();
  }

  /**
   * Visits every customer in id order without materialising them all.
   *
   * @param action receives each customer
   */
  public void forEachCustomer(Consumer<? super Customer> action) {
    store.forEachCustomer(Objects.requireNonNull(action, "action"));
  }

  /**
   * Visits every transaction in {@code [from, to)}, grouped by customer.
   *
   * @param from inclusive start
   * @param to exclusive end
   * @param action receives each transaction
   */
  public void forEachTransaction(Instant from, Instant to, Consumer<? super Transaction> action) {
    requireRange(from, to);
    store.forEachTransaction(from, to, Objects.requireNonNull(action, "action"));
  }

  /**
   * Removes every datum of a customer everywhere (right to be forgotten): golden record and its
   * lineage, source records, identity-map entries, transactions, interactions with their free text,
   * consents, survey responses, scores and the match decisions naming its source records; then
   * every erasure listener ({@link #addErasureListener(Consumer)}) is told.
   *
   * @param id the customer
   * @return the counts of what was removed; all zeros for an unknown id
   */
  public ErasureReport erase(CustomerId id) {
    ErasureReport report = store.erase(Objects.requireNonNull(id, "id"));
    for (Consumer<CustomerId> listener : erasureListeners) {
      listener.accept(id);
    }
    LOG.info("erased customer {}: {} records removed", id.value(), report.total());
    return report;
  }

  /**
   * Registers a component that keeps its own copy of customer data (a consolidation index, a cache)
   * so that {@link #erase(CustomerId)} reaches it: the listener is called with the erased id after
   * the store has removed it.
   *
   * <pre>{@code
   * kb.addErasureListener(consolidation::erase);
   * }</pre>
   *
   * @param listener receives each erased customer id; must not throw
   */
  public void addErasureListener(Consumer<CustomerId> listener) {
    erasureListeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /**
   * @return every manual match decision of consolidation, sorted by pair
   */
  public List<MatchDecision> matchDecisions() {
    return store.matchDecisions();
  }

  /** Everything in the base as one batch (applying it to an empty base recreates this one). */
  public WriteBatch export() {
    return store.export();
  }

  /**
   * Writes the whole base as JSON.
   *
   * @param out the stream (not closed)
   * @throws IOException if writing fails
   */
  public void exportJson(OutputStream out) throws IOException {
    KnowledgeBaseJson.write(store.export(), out);
  }

  /**
   * Reads a JSON export and applies it as one atomic batch.
   *
   * @param in the stream (not closed)
   * @throws IOException if reading fails or the JSON is malformed
   * @throws org.osicam.core.InvalidDataException if a record is invalid; nothing is written then
   */
  public void importJson(InputStream in) throws IOException {
    apply(KnowledgeBaseJson.read(in));
  }

  /** The clock this base was built with (for components that stamp records). */
  public Clock clock() {
    return clock;
  }

  private static void requireRange(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to must be at or after from, was " + to + " < " + from);
    }
  }

  /** Configures a {@link CustomerKnowledgeBase}; each option may be set once. */
  public static final class Builder {
    private @Nullable KnowledgeBaseStore store;
    private @Nullable Clock clock;

    private Builder() {}

    /**
     * @param value the storage (default: a new in-memory store)
     * @return this builder
     * @throws IllegalStateException if the store was already set
     */
    public Builder store(KnowledgeBaseStore value) {
      Objects.requireNonNull(value, "store");
      if (store != null) {
        throw new IllegalStateException("store was already set");
      }
      store = value;
      return this;
    }

    /**
     * @param value the clock (default: the system UTC clock)
     * @return this builder
     * @throws IllegalStateException if the clock was already set
     */
    public Builder clock(Clock value) {
      Objects.requireNonNull(value, "clock");
      if (clock != null) {
        throw new IllegalStateException("clock was already set");
      }
      clock = value;
      return this;
    }

    /**
     * @return a new knowledge base; the builder is left unchanged
     */
    public CustomerKnowledgeBase build() {
      return new CustomerKnowledgeBase(
          store != null ? store : KnowledgeBaseStore.inMemory(),
          clock != null ? clock : Clock.systemUTC());
    }
  }
}
