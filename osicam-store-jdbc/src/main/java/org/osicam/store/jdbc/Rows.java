package org.osicam.store.jdbc;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.osicam.core.model.Channel;
import org.osicam.core.model.Consent;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.Direction;
import org.osicam.core.model.Instrument;
import org.osicam.core.model.Interaction;
import org.osicam.core.model.InteractionStatus;
import org.osicam.core.model.MatchDecision;
import org.osicam.core.model.Purpose;
import org.osicam.core.model.Score;
import org.osicam.core.model.ScoreKey;
import org.osicam.core.model.SourceKey;
import org.osicam.core.model.SurveyResponse;
import org.osicam.core.model.Transaction;

/** Column lists, row mappers and parameter binders of the records with one row each. */
final class Rows {
  private Rows() {}

  static final String TX_COLUMNS =
      "id, customer_id, ts_sec, ts_nano, amount, amount_scale, currency, items, channel, cost,"
          + " cost_scale";
  static final String INTERACTION_COLUMNS =
      "id, customer_id, channel, purpose, direction, action_id, decision_id, control, ts_sec,"
          + " ts_nano, status, note";
  static final String CONSENT_COLUMNS =
      "customer_id, purpose, channel, granted, ts_sec, ts_nano, expires_sec, expires_nano";
  static final String RESPONSE_COLUMNS =
      "id, customer_id, instrument, score, ts_sec, ts_nano, comment";
  static final String SCORE_COLUMNS =
      "customer_id, score_key, score_value, score_bits, label, computed_sec, computed_nano";
  static final String DECISION_COLUMNS =
      "left_system, left_key, right_system, right_key, is_match, decided_sec, decided_nano,"
          + " decided_by";
  static final String DECISION_ORDER = "left_system, left_key, right_system, right_key";

  static String placeholders(String columns) {
    int n = columns.split(",").length;
    return "(" + String.join(", ", java.util.Collections.nCopies(n, "?")) + ")";
  }

  // ---- instants: epoch seconds and nanoseconds, so any Instant round-trips

  static void setInstant(PreparedStatement ps, int index, @Nullable Instant t) throws SQLException {
    if (t == null) {
      ps.setNull(index, Types.BIGINT);
      ps.setNull(index + 1, Types.INTEGER);
    } else {
      ps.setLong(index, t.getEpochSecond());
      ps.setInt(index + 1, t.getNano());
    }
  }

  static @Nullable Instant instant(ResultSet rs, int index) throws SQLException {
    long sec = rs.getLong(index);
    if (rs.wasNull()) {
      return null;
    }
    return Instant.ofEpochSecond(sec, rs.getInt(index + 1));
  }

  static Instant requiredInstant(ResultSet rs, int index) throws SQLException {
    return Instant.ofEpochSecond(rs.getLong(index), rs.getInt(index + 1));
  }

  // ---- decimals: the value and its scale, so BigDecimal equality (which counts scale) holds

  static void setDecimal(PreparedStatement ps, int index, @Nullable BigDecimal value)
      throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.NUMERIC);
      ps.setNull(index + 1, Types.INTEGER);
    } else {
      ps.setBigDecimal(index, value);
      ps.setInt(index + 1, value.scale());
    }
  }

  static @Nullable BigDecimal decimal(ResultSet rs, int index) throws SQLException {
    BigDecimal value = rs.getBigDecimal(index);
    if (value == null) {
      return null;
    }
    return value.setScale(rs.getInt(index + 1)); // exact: the stored value has that scale
  }

  // ---- items: each as <length>:<text>, so any text (separators included) round-trips

  static String encodeItems(List<String> items) {
    StringBuilder sb = new StringBuilder();
    for (String item : items) {
      sb.append(item.length()).append(':').append(item);
    }
    return sb.toString();
  }

  static List<String> decodeItems(String text) {
    List<String> items = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int colon = text.indexOf(':', i);
      int length = Integer.parseInt(text.substring(i, colon));
      items.add(text.substring(colon + 1, colon + 1 + length));
      i = colon + 1 + length;
    }
    return List.copyOf(items);
  }

  // ---- transactions

  static void bind(PreparedStatement ps, Transaction t) throws SQLException {
    ps.setString(1, t.id());
    ps.setString(2, t.customerId().value());
    setInstant(ps, 3, t.timestamp());
    setDecimal(ps, 5, t.amount());
    ps.setString(7, t.currency());
    ps.setString(8, encodeItems(t.items()));
    ps.setString(9, t.channel());
    setDecimal(ps, 10, t.cost());
  }

  static Transaction transaction(ResultSet rs) throws SQLException {
    BigDecimal amount = decimal(rs, 5);
    return new Transaction(
        rs.getString(1),
        CustomerId.of(rs.getString(2)),
        requiredInstant(rs, 3),
        java.util.Objects.requireNonNull(amount, "amount"),
        rs.getString(7),
        decodeItems(rs.getString(8)),
        rs.getString(9),
        decimal(rs, 10));
  }

  // ---- interactions

  static void bind(PreparedStatement ps, Interaction i) throws SQLException {
    ps.setString(1, i.id());
    ps.setString(2, i.customerId().value());
    ps.setString(3, i.channel().name());
    ps.setString(4, i.purpose().name());
    ps.setString(5, i.direction().name());
    ps.setString(6, i.actionId());
    ps.setString(7, i.decisionId());
    ps.setBoolean(8, i.control());
    setInstant(ps, 9, i.timestamp());
    ps.setString(11, i.status().name());
    ps.setString(12, i.note());
  }

  static Interaction interaction(ResultSet rs) throws SQLException {
    return new Interaction(
        rs.getString(1),
        CustomerId.of(rs.getString(2)),
        Channel.valueOf(rs.getString(3)),
        Purpose.valueOf(rs.getString(4)),
        Direction.valueOf(rs.getString(5)),
        rs.getString(6),
        rs.getString(7),
        rs.getBoolean(8),
        requiredInstant(rs, 9),
        InteractionStatus.valueOf(rs.getString(11)),
        rs.getString(12));
  }

  // ---- consents

  static void bind(PreparedStatement ps, Consent c) throws SQLException {
    ps.setString(1, c.customerId().value());
    ps.setString(2, c.purpose().name());
    ps.setString(3, c.channel().name());
    ps.setBoolean(4, c.granted());
    setInstant(ps, 5, c.timestamp());
    setInstant(ps, 7, c.expiresAt());
  }

  static Consent consent(ResultSet rs) throws SQLException {
    return new Consent(
        CustomerId.of(rs.getString(1)),
        Purpose.valueOf(rs.getString(2)),
        Channel.valueOf(rs.getString(3)),
        rs.getBoolean(4),
        requiredInstant(rs, 5),
        instant(rs, 7));
  }

  // ---- survey responses

  static void bind(PreparedStatement ps, SurveyResponse r) throws SQLException {
    ps.setString(1, r.id());
    ps.setString(2, r.customerId().value());
    ps.setString(3, r.instrument().name());
    ps.setInt(4, r.score());
    setInstant(ps, 5, r.timestamp());
    ps.setString(7, r.comment());
  }

  static SurveyResponse surveyResponse(ResultSet rs) throws SQLException {
    return new SurveyResponse(
        rs.getString(1),
        CustomerId.of(rs.getString(2)),
        Instrument.valueOf(rs.getString(3)),
        rs.getInt(4),
        requiredInstant(rs, 5),
        rs.getString(7));
  }

  // ---- scores

  static void bind(PreparedStatement ps, Score s) throws SQLException {
    ps.setString(1, s.customerId().value());
    ps.setString(2, s.key().name());
    ps.setDouble(3, s.value());
    ps.setLong(4, Double.doubleToLongBits(s.value()));
    ps.setString(5, s.label());
    setInstant(ps, 6, s.computedAt());
  }

  static Score score(ResultSet rs) throws SQLException {
    return new Score(
        CustomerId.of(rs.getString(1)),
        ScoreKey.of(rs.getString(2)),
        Double.longBitsToDouble(rs.getLong(4)),
        rs.getString(5),
        requiredInstant(rs, 6));
  }

  // ---- match decisions

  static void bind(PreparedStatement ps, MatchDecision d) throws SQLException {
    ps.setString(1, d.left().system());
    ps.setString(2, d.left().key());
    ps.setString(3, d.right().system());
    ps.setString(4, d.right().key());
    ps.setBoolean(5, d.match());
    setInstant(ps, 6, d.decidedAt());
    ps.setString(8, d.decidedBy());
  }

  static MatchDecision matchDecision(ResultSet rs) throws SQLException {
    return new MatchDecision(
        new SourceKey(rs.getString(1), rs.getString(2)),
        new SourceKey(rs.getString(3), rs.getString(4)),
        rs.getBoolean(5),
        requiredInstant(rs, 6),
        rs.getString(8));
  }
}
