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
import org.osicam.core.model.Score;
import org.osicam.core.model.ScoreKey;
import org.osicam.core.model.SourceKey;
import org.osicam.core.model.SourceRecord;
import org.osicam.core.model.SurveyResponse;
import org.osicam.core.model.Transaction;

/** The view {@link KnowledgeBaseStore#update} hands to its function: reads pass, writes throw. */
final class ReadOnlyView implements KnowledgeBaseStore {
  private final KnowledgeBaseStore store;

  ReadOnlyView(KnowledgeBaseStore store) {
    this.store = store;
  }

  private static IllegalStateException readOnly() {
    return new IllegalStateException(
        "the view given to update() is read-only: return the batch to apply instead");
  }

  @Override
  public void apply(WriteBatch batch) {
    throw readOnly();
  }

  @Override
  public WriteBatch update(CustomerId id, Function<KnowledgeBaseStore, WriteBatch> decide) {
    throw readOnly();
  }

  @Override
  public ErasureReport erase(CustomerId id) {
    throw readOnly();
  }

  @Override
  public Optional<Customer> customer(CustomerId id) {
    return store.customer(id);
  }

  @Override
  public Optional<CustomerId> customerIdOf(SourceKey key) {
    return store.customerIdOf(key);
  }

  @Override
  public Optional<SourceRecord> sourceRecord(SourceKey key) {
    return store.sourceRecord(key);
  }

  @Override
  public List<Transaction> transactions(CustomerId id, Instant from, Instant to) {
    return store.transactions(id, from, to);
  }

  @Override
  public List<Interaction> interactions(CustomerId id, Instant from, Instant to) {
    return store.interactions(id, from, to);
  }

  @Override
  public List<Consent> consents(CustomerId id) {
    return store.consents(id);
  }

  @Override
  public List<SurveyResponse> surveyResponses(CustomerId id) {
    return store.surveyResponses(id);
  }

  @Override
  public Map<ScoreKey, Score> scores(CustomerId id) {
    return store.scores(id);
  }

  @Override
  public long customerCount() {
    return store.customerCount();
  }

  @Override
  public void forEachCustomer(Consumer<? super Customer> action) {
    store.forEachCustomer(action);
  }

  @Override
  public void forEachTransaction(Instant from, Instant to, Consumer<? super Transaction> action) {
    store.forEachTransaction(from, to, action);
  }

  @Override
  public WriteBatch export() {
    return store.export();
  }
}
