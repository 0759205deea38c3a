package org.osicam.core.kb;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
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

/**
 * The default store. One read-write lock guards all state: {@link #apply} validates the whole batch
 * first (it cannot fail after the first mutation), then mutates under the write lock.
 */
final class InMemoryStore implements KnowledgeBaseStore {

  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final TreeMap<CustomerId, Customer> customers = new TreeMap<>();
  private final Map<SourceKey, CustomerId> identity = new HashMap<>();
  private final Map<SourceKey, SourceRecord> sourceRecords = new HashMap<>();
  private final Map<String, Transaction> transactionsById = new HashMap<>();
  private final Map<CustomerId, List<Transaction>> transactions = new HashMap<>();
  private final Map<String, Interaction> interactionsById = new HashMap<>();
  private final Map<CustomerId, List<Interaction>> interactions = new HashMap<>();
  private final Map<CustomerId, List<Consent>> consents = new HashMap<>();
  private final Map<String, SurveyResponse> responsesById = new HashMap<>();
  private final Map<CustomerId, List<SurveyResponse>> responses = new HashMap<>();
  private final Map<CustomerId, TreeMap<ScoreKey, Score>> scores = new HashMap<>();
  private final TreeMap<String, MatchDecision> decisions = new TreeMap<>();

  private static final Comparator<Transaction> TX_ORDER =
      Comparator.comparing(Transaction::timestamp).thenComparing(Transaction::id);
  private static final Comparator<Interaction> INTERACTION_ORDER =
      Comparator.comparing(Interaction::timestamp).thenComparing(Interaction::id);
  private static final Comparator<SurveyResponse> RESPONSE_ORDER =
      Comparator.comparing(SurveyResponse::timestamp).thenComparing(SurveyResponse::id);
  private static final Comparator<Consent> CONSENT_ORDER = Comparator.comparing(Consent::timestamp);

  @Override
  public void apply(WriteBatch batch) {
    Objects.requireNonNull(batch, "batch");
    lock.writeLock().lock();
    try {
      validate(batch);
      mutate(batch);
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public WriteBatch update(CustomerId id, Function<KnowledgeBaseStore, WriteBatch> decide) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(decide, "decide");
    lock.writeLock().lock(); // the read lock taken by the view's reads is reentrant under it
    try {
      WriteBatch batch = Objects.requireNonNull(decide.apply(new ReadOnlyView(this)), "batch");
      validate(batch);
      mutate(batch);
      return batch;
    } finally {
      lock.writeLock().unlock();
    }
  }

  private void validate(WriteBatch batch) {
    Map<CustomerId, Customer> upserted =
        BatchRules.checkIdentity(batch, key -> Optional.ofNullable(identity.get(key)));
    Predicate<CustomerId> exists = id -> upserted.containsKey(id) || customers.containsKey(id);
    BatchRules.checkInserts(
        batch.transactions(),
        Transaction::id,
        Transaction::customerId,
        id -> Optional.ofNullable(transactionsById.get(id)),
        exists,
        "transaction");
    BatchRules.checkInserts(
        batch.interactions(),
        Interaction::id,
        Interaction::customerId,
        id -> Optional.ofNullable(interactionsById.get(id)),
        exists,
        "interaction");
    BatchRules.checkInserts(
        batch.surveyResponses(),
        SurveyResponse::id,
        SurveyResponse::customerId,
        id -> Optional.ofNullable(responsesById.get(id)),
        exists,
        "surveyResponse");
    for (Consent c : batch.consents()) {
      BatchRules.requireCustomer(exists, c.customerId(), "consent.customerId");
    }
    for (Score s : batch.scores()) {
      BatchRules.requireCustomer(exists, s.customerId(), "score.customerId");
    }
  }

  private void mutate(WriteBatch batch) {
    for (Customer c : batch.customers()) {
      Customer old = customers.put(c.id(), c);
      if (old != null) {
        for (SourceKey key : old.sources()) {
          identity.remove(key, c.id());
        }
      }
    }
    for (Customer c : batch.customers()) {
      for (SourceKey key : c.sources()) {
        identity.put(key, c.id());
      }
    }
    for (SourceRecord r : batch.sourceRecords()) {
      sourceRecords.put(r.key(), r);
    }
    insert(
        batch.transactions(),
        Transaction::id,
        Transaction::customerId,
        transactionsById,
        transactions,
        TX_ORDER);
    insert(
        batch.interactions(),
        Interaction::id,
        Interaction::customerId,
        interactionsById,
        interactions,
        INTERACTION_ORDER);
    insert(
        batch.surveyResponses(),
        SurveyResponse::id,
        SurveyResponse::customerId,
        responsesById,
        responses,
        RESPONSE_ORDER);
    for (Consent c : batch.consents()) {
      List<Consent> list = consents.computeIfAbsent(c.customerId(), k -> new ArrayList<>());
      if (!list.contains(c)) {
        addSorted(list, c, CONSENT_ORDER);
      }
    }
    for (Score s : batch.scores()) {
      scores.computeIfAbsent(s.customerId(), k -> new TreeMap<>()).put(s.key(), s);
    }
    for (MatchDecision d : batch.matchDecisions()) {
      decisions.put(pairKey(d), d);
    }
  }

  private static String pairKey(MatchDecision d) {
    return d.left().system()
        + '\u0000'
        + d.left().key()
        + '\u0001'
        + d.right().system()
        + '\u0000'
        + d.right().key();
  }

  @Override
  public List<MatchDecision> matchDecisions() {
    return read(() -> List.copyOf(decisions.values()));
  }

  private static <T> void insert(
      List<T> items,
      Function<T, String> id,
      Function<T, CustomerId> customer,
      Map<String, T> byId,
      Map<CustomerId, List<T>> byCustomer,
      Comparator<T> order) {
    for (T item : items) {
      if (byId.putIfAbsent(id.apply(item), item) == null) {
        addSorted(
            byCustomer.computeIfAbsent(customer.apply(item), k -> new ArrayList<>()), item, order);
      }
    }
  }

  private static <T> void addSorted(List<T> list, T item, Comparator<T> order) {
    if (list.isEmpty() || order.compare(list.get(list.size() - 1), item) <= 0) {
      list.add(item); // the common case: appends in time order
      return;
    }
    int i = Collections.binarySearch(list, item, order);
    list.add(i < 0 ? -i - 1 : i, item);
  }

  @Override
  public Optional<Customer> customer(CustomerId id) {
    return read(() -> Optional.ofNullable(customers.get(id)));
  }

  @Override
  public Optional<CustomerId> customerIdOf(SourceKey key) {
    return read(() -> Optional.ofNullable(identity.get(key)));
  }

  @Override
  public Optional<SourceRecord> sourceRecord(SourceKey key) {
    return read(() -> Optional.ofNullable(sourceRecords.get(key)));
  }

  @Override
  public List<Transaction> transactions(CustomerId id, Instant from, Instant to) {
    return read(() -> between(transactions.get(id), Transaction::timestamp, from, to));
  }

  @Override
  public List<Interaction> interactions(CustomerId id, Instant from, Instant to) {
    return read(() -> between(interactions.get(id), Interaction::timestamp, from, to));
  }

  private static <T> List<T> between(
      @Nullable List<T> list, Function<T, Instant> time, Instant from, Instant to) {
    if (list == null) {
      return List.of();
    }
    List<T> out = new ArrayList<>();
    for (T item : list) {
      Instant t = time.apply(item);
      if (!t.isBefore(from) && t.isBefore(to)) {
        out.add(item);
      }
    }
    return List.copyOf(out);
  }

  @Override
  public List<Consent> consents(CustomerId id) {
    return read(() -> List.copyOf(consents.getOrDefault(id, List.of())));
  }

  @Override
  public List<SurveyResponse> surveyResponses(CustomerId id) {
    return read(() -> List.copyOf(responses.getOrDefault(id, List.of())));
  }

  @Override
  public Map<ScoreKey, Score> scores(CustomerId id) {
    return read(
        () -> {
          TreeMap<ScoreKey, Score> s = scores.get(id);
          return s == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(s));
        });
  }

  @Override
  public long customerCount() {
    return read(customers::size);
  }

  @Override
  public void forEachCustomer(Consumer<? super Customer> action) {
    lock.readLock().lock();
    try {
      customers.values().forEach(action);
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public void forEachTransaction(Instant from, Instant to, Consumer<? super Transaction> action) {
    lock.readLock().lock();
    try {
      for (CustomerId id : customers.keySet()) {
        List<Transaction> list = transactions.get(id);
        if (list != null) {
          for (Transaction t : list) {
            if (!t.timestamp().isBefore(from) && t.timestamp().isBefore(to)) {
              action.accept(t);
            }
          }
        }
      }
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public WriteBatch export() {
    return read(
        () -> {
          WriteBatch.Builder b = WriteBatch.builder();
          customers.values().forEach(b::customer);
          sourceRecords.values().stream()
              .sorted(Comparator.comparing(SourceRecord::key))
              .forEach(b::sourceRecord);
          for (CustomerId id : customers.keySet()) {
            transactions.getOrDefault(id, List.of()).forEach(b::transaction);
            interactions.getOrDefault(id, List.of()).forEach(b::interaction);
            consents.getOrDefault(id, List.of()).forEach(b::consent);
            responses.getOrDefault(id, List.of()).forEach(b::surveyResponse);
            TreeMap<ScoreKey, Score> s = scores.get(id);
            if (s != null) {
              s.values().forEach(b::score);
            }
          }
          decisions.values().forEach(b::matchDecision);
          return b.build();
        });
  }

  @Override
  public ErasureReport erase(CustomerId id) {
    Objects.requireNonNull(id, "id");
    lock.writeLock().lock();
    try {
      Customer c = customers.remove(id);
      int records = 0;
      int links = 0;
      if (c != null) {
        for (SourceKey key : c.sources()) {
          if (sourceRecords.remove(key) != null) {
            records++;
          }
          if (identity.remove(key, id)) {
            links++;
          }
        }
      }
      int tx = removeAll(transactions.remove(id), transactionsById, Transaction::id);
      int in = removeAll(interactions.remove(id), interactionsById, Interaction::id);
      int sr = removeAll(responses.remove(id), responsesById, SurveyResponse::id);
      List<Consent> cs = consents.remove(id);
      TreeMap<ScoreKey, Score> sc = scores.remove(id);
      int md = 0;
      if (c != null) {
        for (var it = decisions.values().iterator(); it.hasNext(); ) {
          MatchDecision d = it.next();
          if (c.sources().contains(d.left()) || c.sources().contains(d.right())) {
            it.remove();
            md++;
          }
        }
      }
      return new ErasureReport(
          id,
          c == null ? 0 : 1,
          records,
          links,
          tx,
          in,
          cs == null ? 0 : cs.size(),
          sr,
          sc == null ? 0 : sc.size(),
          md);
    } finally {
      lock.writeLock().unlock();
    }
  }

  private static <T> int removeAll(
      @Nullable List<T> list, Map<String, T> byId, Function<T, String> id) {
    if (list == null) {
      return 0;
    }
    for (T item : list) {
      byId.remove(id.apply(item));
    }
    return list.size();
  }

  private <T> T read(java.util.function.Supplier<T> body) {
    lock.readLock().lock();
    try {
      return body.get();
    } finally {
      lock.readLock().unlock();
    }
  }
}
