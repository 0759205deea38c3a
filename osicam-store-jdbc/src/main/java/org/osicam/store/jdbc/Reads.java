package org.osicam.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
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
 * Every read of the store, on a connection the caller gives (a fresh one per call, or the one of an
 * isolated update). Lists come back in the order of the in-memory store.
 */
final class Reads {
  /** Half-open time range on (ts_sec, ts_nano), index-friendly on both databases. */
  static final String RANGE =
      " (ts_sec > ? OR (ts_sec = ? AND ts_nano >= ?))"
          + " AND (ts_sec < ? OR (ts_sec = ? AND ts_nano < ?))";

  private final int fetchSize;

  Reads(int fetchSize) {
    this.fetchSize = fetchSize;
  }

  static void bindRange(PreparedStatement ps, int index, Instant from, Instant to)
      throws SQLException {
    ps.setLong(index, from.getEpochSecond());
    ps.setLong(index + 1, from.getEpochSecond());
    ps.setInt(index + 2, from.getNano());
    ps.setLong(index + 3, to.getEpochSecond());
    ps.setLong(index + 4, to.getEpochSecond());
    ps.setInt(index + 5, to.getNano());
  }

  Optional<Customer> customer(Connection c, CustomerId id) throws SQLException {
    Customer[] found = {null};
    customers(c, id.value(), customer -> found[0] = customer);
    return Optional.ofNullable(found[0]);
  }

  /**
   * Streams customers in id order: four sorted cursors (customers, attributes with lineage,
   * aliases, identity map) merged on the customer id, so memory holds one customer at a time.
   */
  void customers(Connection c, @Nullable String onlyId, Consumer<? super Customer> action)
      throws SQLException {
    String where = onlyId == null ? "" : " WHERE customer_id = ?";
    Sql.Binder bind = ps -> bindOptional(ps, onlyId);
    try (Sql.Cursor ids =
            new Sql.Cursor(
                c,
                "SELECT id FROM kb_customer"
                    + (onlyId == null ? "" : " WHERE id = ?")
                    + " ORDER BY id",
                fetchSize,
                bind);
        Sql.Cursor attributes =
            new Sql.Cursor(
                c,
                "SELECT customer_id, name, attr_value, lineage_system, lineage_key"
                    + " FROM kb_customer_attribute"
                    + where
                    + " ORDER BY customer_id, name",
                fetchSize,
                bind);
        Sql.Cursor aliases =
            new Sql.Cursor(
                c,
                "SELECT customer_id, alias_id FROM kb_customer_alias"
                    + where
                    + " ORDER BY customer_id, alias_id",
                fetchSize,
                bind);
        Sql.Cursor sources =
            new Sql.Cursor(
                c,
                "SELECT customer_id, source_system, source_key FROM kb_identity"
                    + where
                    + " ORDER BY customer_id, source_system, source_key",
                fetchSize,
                bind)) {
      while (ids.hasRow()) {
        String id = ids.row().getString(1);
        Map<String, String> attrs = new TreeMap<>();
        Map<String, SourceKey> lineage = new TreeMap<>();
        for (; attributes.at(id); attributes.next()) {
          ResultSet rs = attributes.row();
          attrs.put(rs.getString(2), rs.getString(3));
          String system = rs.getString(4);
          if (system != null) {
            lineage.put(rs.getString(2), new SourceKey(system, rs.getString(5)));
          }
        }
        TreeSet<CustomerId> aliasIds = new TreeSet<>();
        for (; aliases.at(id); aliases.next()) {
          aliasIds.add(CustomerId.of(aliases.row().getString(2)));
        }
        TreeSet<SourceKey> keys = new TreeSet<>();
        for (; sources.at(id); sources.next()) {
          keys.add(new SourceKey(sources.row().getString(2), sources.row().getString(3)));
        }
        action.accept(new Customer(CustomerId.of(id), attrs, keys, lineage, aliasIds));
        ids.next();
      }
    }
  }

  private static void bindOptional(PreparedStatement ps, @Nullable String value)
      throws SQLException {
    if (value != null) {
      ps.setString(1, value);
    }
  }

  Optional<CustomerId> customerIdOf(Connection c, SourceKey key) throws SQLException {
    return Sql.list(
            c,
            "SELECT customer_id FROM kb_identity WHERE source_system = ? AND source_key = ?",
            ps -> {
              ps.setString(1, key.system());
              ps.setString(2, key.key());
            },
            rs -> CustomerId.of(rs.getString(1)))
        .stream()
        .findFirst();
  }

  Optional<SourceRecord> sourceRecord(Connection c, SourceKey key) throws SQLException {
    SourceRecord[] found = {null};
    sourceRecords(c, key, r -> found[0] = r);
    return Optional.ofNullable(found[0]);
  }

  /** Streams source records in key order (one key, or all), merging records and attributes. */
  void sourceRecords(Connection c, @Nullable SourceKey only, Consumer<SourceRecord> action)
      throws SQLException {
    String where = only == null ? "" : " WHERE source_system = ? AND source_key = ?";
    Sql.Binder bind =
        ps -> {
          if (only != null) {
            ps.setString(1, only.system());
            ps.setString(2, only.key());
          }
        };
    try (Sql.Cursor records =
            new Sql.Cursor(
                c,
                "SELECT source_system, source_key, updated_sec, updated_nano FROM kb_source_record"
                    + where
                    + " ORDER BY source_system, source_key",
                fetchSize,
                bind);
        Sql.Cursor attributes =
            new Sql.Cursor(
                c,
                "SELECT source_system, source_key, name, attr_value FROM kb_source_attribute"
                    + where
                    + " ORDER BY source_system, source_key, name",
                fetchSize,
                bind)) {
      while (records.hasRow()) {
        ResultSet r = records.row();
        SourceKey key = new SourceKey(r.getString(1), r.getString(2));
        Instant updated = Rows.instant(r, 3);
        Map<String, String> attrs = new TreeMap<>();
        while (attributes.hasRow()
            && key.system().equals(attributes.row().getString(1))
            && key.key().equals(attributes.row().getString(2))) {
          attrs.put(attributes.row().getString(3), attributes.row().getString(4));
          attributes.next();
        }
        action.accept(new SourceRecord(key, attrs, updated));
        records.next();
      }
    }
  }

  List<Transaction> transactions(Connection c, CustomerId id, Instant from, Instant to)
      throws SQLException {
    return ranged(c, "kb_transaction", Rows.TX_COLUMNS, "id", id, from, to, Rows::transaction);
  }

  List<Interaction> interactions(Connection c, CustomerId id, Instant from, Instant to)
      throws SQLException {
    return ranged(
        c, "kb_interaction", Rows.INTERACTION_COLUMNS, "id", id, from, to, Rows::interaction);
  }

  private static <T> List<T> ranged(
      Connection c,
      String table,
      String columns,
      String tieBreak,
      CustomerId id,
      Instant from,
      Instant to,
      Sql.Mapper<T> mapper)
      throws SQLException {
    return List.copyOf(
        Sql.list(
            c,
            "SELECT "
                + columns
                + " FROM "
                + table
                + " WHERE customer_id = ? AND"
                + RANGE
                + " ORDER BY ts_sec, ts_nano, "
                + tieBreak,
            ps -> {
              ps.setString(1, id.value());
              bindRange(ps, 2, from, to);
            },
            mapper));
  }

  List<Consent> consents(Connection c, CustomerId id) throws SQLException {
    return byCustomer(
        c, "kb_consent", Rows.CONSENT_COLUMNS, "ts_sec, ts_nano, seq", id, Rows::consent);
  }

  List<SurveyResponse> surveyResponses(Connection c, CustomerId id) throws SQLException {
    return byCustomer(
        c,
        "kb_survey_response",
        Rows.RESPONSE_COLUMNS,
        "ts_sec, ts_nano, id",
        id,
        Rows::surveyResponse);
  }

  Map<ScoreKey, Score> scores(Connection c, CustomerId id) throws SQLException {
    TreeMap<ScoreKey, Score> out = new TreeMap<>();
    for (Score s : byCustomer(c, "kb_score", Rows.SCORE_COLUMNS, "score_key", id, Rows::score)) {
      out.put(s.key(), s);
    }
    return Collections.unmodifiableMap(out);
  }

  private static <T> List<T> byCustomer(
      Connection c, String table, String columns, String order, CustomerId id, Sql.Mapper<T> mapper)
      throws SQLException {
    return List.copyOf(
        Sql.list(
            c,
            "SELECT " + columns + " FROM " + table + " WHERE customer_id = ? ORDER BY " + order,
            ps -> ps.setString(1, id.value()),
            mapper));
  }

  long customerCount(Connection c) throws SQLException {
    return Sql.list(c, "SELECT COUNT(*) FROM kb_customer", ps -> {}, rs -> rs.getLong(1)).get(0);
  }

  /** Streams transactions in [from, to) grouped by customer (customer id, time, id order). */
  void transactions(Connection c, Instant from, Instant to, Consumer<? super Transaction> action)
      throws SQLException {
    stream(
        c,
        "SELECT "
            + Rows.TX_COLUMNS
            + " FROM kb_transaction WHERE"
            + RANGE
            + " ORDER BY customer_id, ts_sec, ts_nano, id",
        ps -> bindRange(ps, 1, from, to),
        Rows::transaction,
        action);
  }

  private <T> void stream(
      Connection c, String sql, Sql.Binder binder, Sql.Mapper<T> mapper, Consumer<? super T> action)
      throws SQLException {
    try (Sql.Cursor cursor = new Sql.Cursor(c, sql, fetchSize, binder)) {
      for (; cursor.hasRow(); cursor.next()) {
        action.accept(mapper.map(cursor.row()));
      }
    }
  }

  /** Everything, in the order of the in-memory store's export. */
  WriteBatch export(Connection c) throws SQLException {
    WriteBatch.Builder b = WriteBatch.builder();
    customers(c, null, b::customer);
    sourceRecords(c, null, b::sourceRecord);
    stream(
        c,
        "SELECT "
            + Rows.TX_COLUMNS
            + " FROM kb_transaction ORDER BY customer_id, ts_sec, ts_nano, id",
        ps -> {},
        Rows::transaction,
        b::transaction);
    stream(
        c,
        "SELECT "
            + Rows.INTERACTION_COLUMNS
            + " FROM kb_interaction ORDER BY customer_id, ts_sec, ts_nano, id",
        ps -> {},
        Rows::interaction,
        b::interaction);
    stream(
        c,
        "SELECT "
            + Rows.CONSENT_COLUMNS
            + " FROM kb_consent ORDER BY customer_id, ts_sec, ts_nano, seq",
        ps -> {},
        Rows::consent,
        b::consent);
    stream(
        c,
        "SELECT "
            + Rows.RESPONSE_COLUMNS
            + " FROM kb_survey_response ORDER BY customer_id, ts_sec, ts_nano, id",
        ps -> {},
        Rows::surveyResponse,
        b::surveyResponse);
    stream(
        c,
        "SELECT " + Rows.SCORE_COLUMNS + " FROM kb_score ORDER BY customer_id, score_key",
        ps -> {},
        Rows::score,
        b::score);
    stream(c, DECISIONS, ps -> {}, Rows::matchDecision, b::matchDecision);
    return b.build();
  }

  private static final String DECISIONS =
      "SELECT " + Rows.DECISION_COLUMNS + " FROM kb_match_decision ORDER BY " + Rows.DECISION_ORDER;

  /** Every match decision, sorted by pair as the in-memory store returns them. */
  List<MatchDecision> matchDecisions(Connection c) throws SQLException {
    List<MatchDecision> out = new java.util.ArrayList<>();
    stream(c, DECISIONS, ps -> {}, Rows::matchDecision, out::add);
    return List.copyOf(out);
  }
}
