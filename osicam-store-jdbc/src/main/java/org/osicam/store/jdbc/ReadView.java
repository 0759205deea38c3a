package org.osicam.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.osicam.core.kb.ErasureReport;
import org.osicam.core.kb.KnowledgeBaseStore;
import org.osicam.core.kb.WriteBatch;
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
 * The read half of the store over some connection: {@link JdbcStore} reads through one that opens a
 * transaction per call; {@link JdbcStore#update} hands the function one bound to its locked
 * transaction. Its write methods throw: the view of an update is read-only.
 */
final class ReadView implements KnowledgeBaseStore {

  /** Runs a read: {@code snapshot} asks for one consistent state across its statements. */
  @FunctionalInterface
  interface Runner {
    <T> T run(SqlBody<T> body, boolean snapshot);
  }

  @FunctionalInterface
  interface SqlBody<T> {
    T run(Connection c) throws SQLException;
  }

  private final Reads reads;
  private final Runner runner;

  ReadView(Reads reads, Runner runner) {
    this.reads = reads;
    this.runner = runner;
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
    Objects.requireNonNull(id, "id");
    return runner.run(c -> reads.customer(c, id), true);
  }

  @Override
  public Optional<CustomerId> customerIdOf(SourceKey key) {
    Objects.requireNonNull(key, "key");
    return runner.run(c -> reads.customerIdOf(c, key), false);
  }

  @Override
  public Optional<SourceRecord> sourceRecord(SourceKey key) {
    Objects.requireNonNull(key, "key");
    return runner.run(c -> reads.sourceRecord(c, key), true);
  }

  @Override
  public List<Transaction> transactions(CustomerId id, Instant from, Instant to) {
    return runner.run(c -> reads.transactions(c, id, from, to), false);
  }

  @Override
  public List<Interaction> interactions(CustomerId id, Instant from, Instant to) {
    return runner.run(c -> reads.interactions(c, id, from, to), false);
  }

  @Override
  public List<Consent> consents(CustomerId id) {
    return runner.run(c -> reads.consents(c, id), false);
  }

  @Override
  public List<SurveyResponse> surveyResponses(CustomerId id) {
    return runner.run(c -> reads.surveyResponses(c, id), false);
  }

  @Override
  public Map<ScoreKey, Score> scores(CustomerId id) {
    return runner.run(c -> reads.scores(c, id), false);
  }

  @Override
  public long customerCount() {
    return runner.run(reads::customerCount, false);
  }

  @Override
  @SuppressWarnings("NullAway") // a Void body returns null
  public void forEachCustomer(Consumer<? super Customer> action) {
    Objects.requireNonNull(action, "action");
    runner.run(
        c -> {
          reads.customers(c, null, action);
          return null;
        },
        true);
  }

  @Override
  @SuppressWarnings("NullAway") // a Void body returns null
  public void forEachTransaction(Instant from, Instant to, Consumer<? super Transaction> action) {
    Objects.requireNonNull(action, "action");
    runner.run(
        c -> {
          reads.transactions(c, from, to, action);
          return null;
        },
        false);
  }

  @Override
  public List<MatchDecision> matchDecisions() {
    return runner.run(reads::matchDecisions, false);
  }

  @Override
  public WriteBatch export() {
    return runner.run(reads::export, true);
  }
}
