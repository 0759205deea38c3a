package org.osicam.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.osicam.core.kb.BatchRules;
import org.osicam.core.kb.ErasureReport;
import org.osicam.core.kb.WriteBatch;
import org.osicam.core.model.Consent;
import org.osicam.core.model.Customer;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.Interaction;
import org.osicam.core.model.MatchDecision;
import org.osicam.core.model.Score;
import org.osicam.core.model.SourceKey;
import org.osicam.core.model.SourceRecord;
import org.osicam.core.model.SurveyResponse;
import org.osicam.core.model.Transaction;

/**
 * Batch writes and erasure inside the caller's transaction. {@link #apply} first locks the
 * customers whose interactions, consents or golden record it writes (row locks, in id order), then
 * validates the whole batch against the database with the same rules and messages as the in-memory
 * store, then writes; it throws before its first write when the batch is invalid.
 */
final class Writes {
  private static final int JDBC_BATCH = 1000;

  private final Dialect dialect;
  private final int fetchSize;

  Writes(Dialect dialect, int fetchSize) {
    this.dialect = dialect;
    this.fetchSize = fetchSize;
  }

  /** Locks existing customer rows, in id order, until the transaction ends. */
  void lock(Connection c, Set<String> customerIds) throws SQLException {
    if (customerIds.isEmpty()) {
      return;
    }
    Sql.forChunks(
        c,
        dialect,
        "SELECT id FROM kb_customer WHERE id IN ({in}) ORDER BY id FOR UPDATE",
        new TreeSet<>(customerIds),
        fetchSize,
        rs -> {});
  }

  void apply(Connection c, WriteBatch batch) throws SQLException {
    Set<String> locked = new HashSet<>();
    batch.customers().forEach(x -> locked.add(x.id().value()));
    batch.interactions().forEach(x -> locked.add(x.customerId().value()));
    batch.consents().forEach(x -> locked.add(x.customerId().value()));
    lock(c, locked);

    // ---- validate (same order and messages as the in-memory store)
    Map<SourceKey, CustomerId> owners = owners(c, batch.customers());
    Map<CustomerId, Customer> upserted =
        BatchRules.checkIdentity(batch, key -> Optional.ofNullable(owners.get(key)));
    Set<String> referenced = new HashSet<>();
    batch.transactions().forEach(x -> referenced.add(x.customerId().value()));
    batch.interactions().forEach(x -> referenced.add(x.customerId().value()));
    batch.surveyResponses().forEach(x -> referenced.add(x.customerId().value()));
    batch.consents().forEach(x -> referenced.add(x.customerId().value()));
    batch.scores().forEach(x -> referenced.add(x.customerId().value()));
    upserted.keySet().forEach(id -> referenced.remove(id.value()));
    Set<String> known = new HashSet<>();
    Sql.forChunks(
        c,
        dialect,
        "SELECT id FROM kb_customer WHERE id IN ({in}) ORDER BY id" + dialect.keyShareLock(),
        referenced,
        fetchSize,
        rs -> known.add(rs.getString(1)));
    upserted.keySet().forEach(id -> known.add(id.value()));

    List<Transaction> newTx =
        checkInserts(
            c,
            batch.transactions(),
            Transaction::id,
            Transaction::customerId,
            known,
            "transaction",
            "kb_transaction",
            Rows.TX_COLUMNS,
            Rows::transaction);
    List<Interaction> newInteractions =
        checkInserts(
            c,
            batch.interactions(),
            Interaction::id,
            Interaction::customerId,
            known,
            "interaction",
            "kb_interaction",
            Rows.INTERACTION_COLUMNS,
            Rows::interaction);
    List<SurveyResponse> newResponses =
        checkInserts(
            c,
            batch.surveyResponses(),
            SurveyResponse::id,
            SurveyResponse::customerId,
            known,
            "surveyResponse",
            "kb_survey_response",
            Rows.RESPONSE_COLUMNS,
            Rows::surveyResponse);
    Predicate<CustomerId> exists = customerId -> known.contains(customerId.value());
    for (Consent x : batch.consents()) {
      BatchRules.requireCustomer(exists, x.customerId(), "consent.customerId");
    }
    for (Score x : batch.scores()) {
      BatchRules.requireCustomer(exists, x.customerId(), "score.customerId");
    }
    List<Consent> newConsents = newConsents(c, batch.consents());

    // ---- write
    writeCustomers(c, upserted, owners);
    writeSourceRecords(c, batch.sourceRecords());
    insert(c, "kb_transaction", Rows.TX_COLUMNS, newTx, Rows::bind);
    insert(c, "kb_interaction", Rows.INTERACTION_COLUMNS, newInteractions, Rows::bind);
    insert(c, "kb_survey_response", Rows.RESPONSE_COLUMNS, newResponses, Rows::bind);
    insert(c, "kb_consent", Rows.CONSENT_COLUMNS, newConsents, Rows::bind);
    writeScores(c, batch.scores());
    writeMatchDecisions(c, batch.matchDecisions());
  }

  /** Current owners of every source key the upserted customers claim. */
  private Map<SourceKey, CustomerId> owners(Connection c, Iterable<Customer> customers)
      throws SQLException {
    Set<SourceKey> wanted = new HashSet<>();
    Set<String> keys = new HashSet<>();
    for (Customer x : customers) {
      for (SourceKey key : x.sources()) {
        wanted.add(key);
        keys.add(key.key());
      }
    }
    Map<SourceKey, CustomerId> owners = new HashMap<>();
    Sql.forChunks(
        c,
        dialect,
        "SELECT source_system, source_key, customer_id FROM kb_identity WHERE source_key IN ({in})",
        keys,
        fetchSize,
        rs -> {
          SourceKey key = new SourceKey(rs.getString(1), rs.getString(2));
          if (wanted.contains(key)) {
            owners.put(key, CustomerId.of(rs.getString(3)));
          }
        });
    return owners;
  }

  /**
   * Checks inserts keyed by id: the same id again must have the same content (then it is skipped),
   * and the customer must exist. Returns the records to insert.
   */
  private <T> List<T> checkInserts(
      Connection c,
      List<T> items,
      Function<T, String> id,
      Function<T, CustomerId> customer,
      Set<String> known,
      String kind,
      String table,
      String columns,
      Sql.Mapper<T> mapper)
      throws SQLException {
    if (items.isEmpty()) {
      return List.of();
    }
    Map<String, T> stored = new HashMap<>();
    Set<String> ids = new HashSet<>();
    items.forEach(x -> ids.add(id.apply(x)));
    Sql.forChunks(
        c,
        dialect,
        "SELECT " + columns + " FROM " + table + " WHERE id IN ({in})",
        ids,
        fetchSize,
        rs -> {
          T x = mapper.map(rs);
          stored.put(id.apply(x), x);
        });
    Predicate<CustomerId> exists = customerId -> known.contains(customerId.value());
    return BatchRules.checkInserts(
        items, id, customer, key -> Optional.ofNullable(stored.get(key)), exists, kind);
  }

  /** Consents not already stored (an identical consent again is a no-op). */
  private List<Consent> newConsents(Connection c, List<Consent> consents) throws SQLException {
    if (consents.isEmpty()) {
      return List.of();
    }
    Set<String> customers = new HashSet<>();
    consents.forEach(x -> customers.add(x.customerId().value()));
    Set<Consent> seen = new HashSet<>();
    Sql.forChunks(
        c,
        dialect,
        "SELECT " + Rows.CONSENT_COLUMNS + " FROM kb_consent WHERE customer_id IN ({in})",
        customers,
        fetchSize,
        rs -> seen.add(Rows.consent(rs)));
    List<Consent> fresh = new ArrayList<>();
    for (Consent x : consents) {
      if (seen.add(x)) {
        fresh.add(x);
      }
    }
    return fresh;
  }

  private void writeCustomers(
      Connection c, Map<CustomerId, Customer> upserted, Map<SourceKey, CustomerId> owners)
      throws SQLException {
    if (upserted.isEmpty()) {
      return;
    }
    Set<String> ids = new HashSet<>();
    upserted.keySet().forEach(id -> ids.add(id.value()));
    Set<String> existing = new HashSet<>();
    Sql.forChunks(
        c,
        dialect,
        "SELECT id FROM kb_customer WHERE id IN ({in})",
        ids,
        fetchSize,
        rs -> existing.add(rs.getString(1)));
    List<String> existingIds = new ArrayList<>(existing);
    for (String table : List.of("kb_customer_attribute", "kb_customer_alias", "kb_identity")) {
      batchUpdate(
          c,
          "DELETE FROM " + table + " WHERE customer_id = ?",
          existingIds,
          (ps, id) -> ps.setString(1, id));
    }
    List<String> created = new ArrayList<>();
    for (CustomerId id : upserted.keySet()) {
      if (!existing.contains(id.value())) {
        created.add(id.value());
      }
    }
    batchUpdate(
        c, "INSERT INTO kb_customer (id) VALUES (?)", created, (ps, id) -> ps.setString(1, id));
    List<Object[]> attributes = new ArrayList<>();
    List<String[]> aliases = new ArrayList<>();
    List<String[]> identity = new ArrayList<>();
    for (Customer x : upserted.values()) {
      x.attributes()
          .forEach(
              (name, value) ->
                  attributes.add(
                      new Object[] {x.id().value(), name, value, x.lineage().get(name)}));
      x.aliases().forEach(a -> aliases.add(new String[] {x.id().value(), a.value()}));
      x.sources().forEach(k -> identity.add(new String[] {k.system(), k.key(), x.id().value()}));
    }
    batchUpdate(
        c,
        "INSERT INTO kb_customer_attribute (customer_id, name, attr_value, lineage_system, lineage_key)"
            + " VALUES (?, ?, ?, ?, ?)",
        attributes,
        (ps, a) -> {
          ps.setString(1, (String) a[0]);
          ps.setString(2, (String) a[1]);
          ps.setString(3, (String) a[2]);
          SourceKey lineage = (SourceKey) a[3];
          ps.setString(4, lineage == null ? null : lineage.system());
          ps.setString(5, lineage == null ? null : lineage.key());
        });
    batchUpdate(
        c,
        "INSERT INTO kb_customer_alias (customer_id, alias_id) VALUES (?, ?)",
        aliases,
        (ps, a) -> {
          ps.setString(1, a[0]);
          ps.setString(2, a[1]);
        });
    // a key moved from a customer rewritten in this batch was deleted with its old rows above
    batchUpdate(
        c,
        "INSERT INTO kb_identity (source_system, source_key, customer_id) VALUES (?, ?, ?)",
        identity,
        (ps, a) -> {
          ps.setString(1, a[0]);
          ps.setString(2, a[1]);
          ps.setString(3, a[2]);
        });
  }

  private void writeSourceRecords(Connection c, List<SourceRecord> records) throws SQLException {
    if (records.isEmpty()) {
      return;
    }
    batchUpdate(
        c,
        "DELETE FROM kb_source_attribute WHERE source_system = ? AND source_key = ?",
        records,
        (ps, r) -> {
          ps.setString(1, r.key().system());
          ps.setString(2, r.key().key());
        });
    batchUpdate(
        c,
        "DELETE FROM kb_source_record WHERE source_system = ? AND source_key = ?",
        records,
        (ps, r) -> {
          ps.setString(1, r.key().system());
          ps.setString(2, r.key().key());
        });
    batchUpdate(
        c,
        "INSERT INTO kb_source_record (source_system, source_key, updated_sec, updated_nano)"
            + " VALUES (?, ?, ?, ?)",
        records,
        (ps, r) -> {
          ps.setString(1, r.key().system());
          ps.setString(2, r.key().key());
          Rows.setInstant(ps, 3, r.updatedAt());
        });
    List<String[]> attributes = new ArrayList<>();
    for (SourceRecord r : records) {
      r.attributes()
          .forEach(
              (name, value) ->
                  attributes.add(new String[] {r.key().system(), r.key().key(), name, value}));
    }
    batchUpdate(
        c,
        "INSERT INTO kb_source_attribute (source_system, source_key, name, attr_value)"
            + " VALUES (?, ?, ?, ?)",
        attributes,
        (ps, a) -> {
          for (int i = 0; i < 4; i++) {
            ps.setString(i + 1, a[i]);
          }
        });
  }

  private void writeScores(Connection c, List<Score> scores) throws SQLException {
    if (scores.isEmpty()) {
      return;
    }
    // the last score of a key in the batch wins, as in the in-memory store
    Map<String, Score> last = new LinkedHashMap<>();
    for (Score s : scores) {
      last.put(s.customerId().value() + '\u0000' + s.key().name(), s);
    }
    List<Score> list = new ArrayList<>(last.values());
    batchUpdate(
        c,
        "DELETE FROM kb_score WHERE customer_id = ? AND score_key = ?",
        list,
        (ps, s) -> {
          ps.setString(1, s.customerId().value());
          ps.setString(2, s.key().name());
        });
    insert(c, "kb_score", Rows.SCORE_COLUMNS, list, Rows::bind);
  }

  /** Upserts by pair: the last decision on a pair in the batch wins, as in the in-memory store. */
  private void writeMatchDecisions(Connection c, List<MatchDecision> decisions)
      throws SQLException {
    if (decisions.isEmpty()) {
      return;
    }
    Map<List<SourceKey>, MatchDecision> last = new LinkedHashMap<>();
    for (MatchDecision d : decisions) {
      last.put(List.of(d.left(), d.right()), d);
    }
    List<MatchDecision> list = new ArrayList<>(last.values());
    batchUpdate(
        c,
        "DELETE FROM kb_match_decision WHERE left_system = ? AND left_key = ?"
            + " AND right_system = ? AND right_key = ?",
        list,
        (ps, d) -> {
          ps.setString(1, d.left().system());
          ps.setString(2, d.left().key());
          ps.setString(3, d.right().system());
          ps.setString(4, d.right().key());
        });
    insert(c, "kb_match_decision", Rows.DECISION_COLUMNS, list, Rows::bind);
  }

  @FunctionalInterface
  interface ItemBinder<T> {
    void bind(PreparedStatement ps, T item) throws SQLException;
  }

  private static <T> void insert(
      Connection c, String table, String columns, List<T> items, ItemBinder<T> binder)
      throws SQLException {
    batchUpdate(
        c,
        "INSERT INTO " + table + " (" + columns + ") VALUES " + Rows.placeholders(columns),
        items,
        binder);
  }

  static <T> void batchUpdate(Connection c, String sql, List<T> items, ItemBinder<T> binder)
      throws SQLException {
    if (items.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int pending = 0;
      for (T item : items) {
        binder.bind(ps, item);
        ps.addBatch();
        if (++pending == JDBC_BATCH) {
          ps.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        ps.executeBatch();
      }
    }
  }

  /** Deletes every row about the customer; counts as the in-memory store reports them. */
  ErasureReport erase(Connection c, CustomerId id) throws SQLException {
    lock(c, Set.of(id.value()));
    String v = id.value();
    List<SourceKey> sources =
        Sql.list(
            c,
            "SELECT source_system, source_key FROM kb_identity WHERE customer_id = ?",
            ps -> ps.setString(1, v),
            rs -> new SourceKey(rs.getString(1), rs.getString(2)));
    int records = 0;
    int decisions = 0;
    for (SourceKey key : sources) {
      Sql.Binder k =
          ps -> {
            ps.setString(1, key.system());
            ps.setString(2, key.key());
          };
      Sql.update(
          c, "DELETE FROM kb_source_attribute WHERE source_system = ? AND source_key = ?", k);
      records +=
          Sql.update(
              c, "DELETE FROM kb_source_record WHERE source_system = ? AND source_key = ?", k);
      // a decision naming two of the customer's keys goes with the first and is counted once
      decisions +=
          Sql.update(
              c,
              "DELETE FROM kb_match_decision WHERE (left_system = ? AND left_key = ?)"
                  + " OR (right_system = ? AND right_key = ?)",
              ps -> {
                k.bind(ps);
                ps.setString(3, key.system());
                ps.setString(4, key.key());
              });
    }
    Sql.Binder byId = ps -> ps.setString(1, v);
    int links = Sql.update(c, "DELETE FROM kb_identity WHERE customer_id = ?", byId);
    Sql.update(c, "DELETE FROM kb_customer_attribute WHERE customer_id = ?", byId);
    Sql.update(c, "DELETE FROM kb_customer_alias WHERE customer_id = ?", byId);
    int tx = Sql.update(c, "DELETE FROM kb_transaction WHERE customer_id = ?", byId);
    int in = Sql.update(c, "DELETE FROM kb_interaction WHERE customer_id = ?", byId);
    int cs = Sql.update(c, "DELETE FROM kb_consent WHERE customer_id = ?", byId);
    int sr = Sql.update(c, "DELETE FROM kb_survey_response WHERE customer_id = ?", byId);
    int sc = Sql.update(c, "DELETE FROM kb_score WHERE customer_id = ?", byId);
    int customers = Sql.update(c, "DELETE FROM kb_customer WHERE id = ?", byId);
    return new ErasureReport(id, customers, records, links, tx, in, cs, sr, sc, decisions);
  }
}
