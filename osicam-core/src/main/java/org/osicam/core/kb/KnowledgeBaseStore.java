package org.osicam.core.kb;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
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

/**
 * Storage SPI of the knowledge base. Hosts use {@link CustomerKnowledgeBase}; implementers (the
 * JDBC module, a host's own store) implement this interface and pass it to {@link
 * CustomerKnowledgeBase.Builder#store(KnowledgeBaseStore)}.
 *
 * <p>Contract every implementation must honour (the shared behavioural tests check it):
 *
 * <ul>
 *   <li>{@link #apply(WriteBatch)} is atomic: it validates the whole batch against the current
 *       state and either applies all of it or throws and changes nothing.
 *   <li>Thread safety: every method may be called from any thread; a reader sees the state before
 *       or after a batch, never part of it.
 *   <li>Lists are returned sorted by timestamp (then id) and are immutable snapshots.
 * </ul>
 *
 * <pre>{@code
 * KnowledgeBaseStore store = KnowledgeBaseStore.inMemory();
 * CustomerKnowledgeBase kb = CustomerKnowledgeBase.builder().store(store).build();
 * }</pre>
 */
public interface KnowledgeBaseStore {

  /**
   * The default store: everything in memory, guarded by a read-write lock.
   *
   * @return a new empty store
   */
  static KnowledgeBaseStore inMemory() {
    return new InMemoryStore();
  }

  /**
   * Applies a batch atomically.
   *
   * @param batch the writes
   * @throws org.osicam.core.InvalidDataException if any write breaks a rule of {@link WriteBatch};
   *     nothing is written then
   */
  void apply(WriteBatch batch);

  /**
   * Reads and writes one customer's data as one isolated step (check-then-act): while {@code
   * decide} reads through the view it is given and until the batch it returns is applied, no other
   * writer can apply interactions or consents of that customer, nor upsert or erase it. This is
   * what keeps contact-pressure caps and consent checks true under concurrent writers: count the
   * customer's delivered contacts in the view, and return a batch with the new contact only if the
   * cap allows it.
   *
   * <p>Stores shared by several processes (the JDBC store) hold a database row lock on the customer
   * for the whole step, so the guarantee holds across processes. {@code decide} may run more than
   * once when the store retries after a transient conflict, so it must have no side effect other
   * than returning the batch. The view is valid only during the call; its write methods throw
   * {@link IllegalStateException}.
   *
   * <p>The default throws {@link UnsupportedOperationException}: a store must implement it to offer
   * the guarantee.
   *
   * @param id the customer whose data the step reads
   * @param decide reads through the view and returns the batch to apply (possibly empty)
   * @return the batch that was applied
   * @throws org.osicam.core.InvalidDataException if the batch is invalid; nothing is written then
   * @throws UnsupportedOperationException if the store does not implement isolated updates
   */
  default WriteBatch update(CustomerId id, Function<KnowledgeBaseStore, WriteBatch> decide) {
    throw new UnsupportedOperationException(
        getClass().getName() + " does not implement isolated per-customer updates");
  }

  /**
   * @param id customer id
   * @return the golden customer, or empty
   */
  Optional<Customer> customer(CustomerId id);

  /**
   * Looks a source record up in the identity map.
   *
   * @param key source system and key
   * @return the customer that consolidates it, or empty
   */
  Optional<CustomerId> customerIdOf(SourceKey key);

  /**
   * @param key source system and key
   * @return the stored source record, or empty
   */
  Optional<SourceRecord> sourceRecord(SourceKey key);

  /**
   * Transactions of a customer in {@code [from, to)}.
   *
   * @param id customer
   * @param from inclusive start
   * @param to exclusive end
   * @return transactions sorted by timestamp
   */
  List<Transaction> transactions(CustomerId id, Instant from, Instant to);

  /**
   * Interactions of a customer in {@code [from, to)}.
   *
   * @param id customer
   * @param from inclusive start
   * @param to exclusive end
   * @return interactions sorted by timestamp
   */
  List<Interaction> interactions(CustomerId id, Instant from, Instant to);

  /**
   * @param id customer
   * @return every consent of the customer, sorted by timestamp
   */
  List<Consent> consents(CustomerId id);

  /**
   * @param id customer
   * @return every survey response of the customer, sorted by timestamp
   */
  List<SurveyResponse> surveyResponses(CustomerId id);

  /**
   * @param id customer
   * @return the latest score per key
   */
  Map<ScoreKey, Score> scores(CustomerId id);

  /**
   * @return the number of golden customers
   */
  long customerCount();

  /**
   * Streams every customer, in id order, without materialising them all (a JDBC store reads in
   * pages). Writers may be blocked while the action runs.
   *
   * @param action receives each customer
   */
  void forEachCustomer(Consumer<? super Customer> action);

  /**
   * Streams every transaction with a timestamp in {@code [from, to)}, grouped by customer.
   *
   * @param from inclusive start
   * @param to exclusive end
   * @param action receives each transaction
   */
  void forEachTransaction(Instant from, Instant to, Consumer<? super Transaction> action);

  /**
   * Everything in the store as one batch (the export format).
   *
   * @return a batch that, applied to an empty store, recreates this one
   */
  WriteBatch export();

  /**
   * Every manual match decision of consolidation (stored by {@link #apply(WriteBatch)} from {@link
   * WriteBatch#matchDecisions()}, one per unordered pair of source keys, the latest winning),
   * sorted by pair. The default reads them from {@link #export()}; stores should override it.
   *
   * @return the decisions
   */
  default List<MatchDecision> matchDecisions() {
    return export().matchDecisions();
  }

  /**
   * Removes every datum of a customer: golden record, source records, identity-map entries,
   * transactions, interactions (with their free text), consents, survey responses, scores, and the
   * match decisions that name one of its source records.
   *
   * @param id the customer
   * @return what was removed (all zeros for an unknown id)
   */
  ErasureReport erase(CustomerId id);
}
