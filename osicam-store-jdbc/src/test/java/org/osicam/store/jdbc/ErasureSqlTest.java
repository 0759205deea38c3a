package org.osicam.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osicam.core.kb.ErasureReport;
import org.osicam.core.kb.WriteBatch;
import org.osicam.core.model.Channel;
import org.osicam.core.model.Consent;
import org.osicam.core.model.Customer;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.Instrument;
import org.osicam.core.model.Interaction;
import org.osicam.core.model.MatchDecision;
import org.osicam.core.model.Purpose;
import org.osicam.core.model.Score;
import org.osicam.core.model.ScoreKey;
import org.osicam.core.model.SourceKey;
import org.osicam.core.model.SourceRecord;
import org.osicam.core.model.SurveyResponse;
import org.osicam.core.model.Transaction;

/**
 * Erasure, checked in the database itself: after {@code erase}, no row of any table of the schema
 * (tables added by later migrations included) holds the erased customer's id, source keys or any of
 * their personal values, and the other customer's rows are intact.
 */
class ErasureSqlTest {
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
  private static final CustomerId ERASED = CustomerId.of("C-ERASE");
  private static final CustomerId KEPT = CustomerId.of("C-KEEP");

  /** Personal values of the customer to erase; none is shared with the kept customer. */
  private static final List<String> PERSONAL =
      List.of(
          "Zoéline",
          "Quintavalle",
          "zoeline.quintavalle@example.org",
          "+33612345678",
          "1987-03-14",
          "17 impasse des Glycines",
          "1870375123456",
          "asked to stop calling her at work",
          "the delivery man was rude",
          "C-ERASE",
          "W-77",
          "S-12",
          "C-OLD");

  private static WriteBatch twoPeople() {
    SourceKey web = new SourceKey("webshop", "W-77");
    SourceKey store = new SourceKey("store", "S-12");
    Map<String, String> webAttrs =
        Map.of(
            "given_name", PERSONAL.get(0),
            "family_name", PERSONAL.get(1),
            "email", PERSONAL.get(2),
            "phone", PERSONAL.get(3),
            "birth_date", PERSONAL.get(4));
    Map<String, String> storeAttrs =
        Map.of("street", PERSONAL.get(5), "national_id", PERSONAL.get(6), "email", PERSONAL.get(2));
    Customer.Builder golden = Customer.builder(ERASED);
    webAttrs.forEach((k, v) -> golden.attribute(k, v, web));
    storeAttrs.forEach((k, v) -> golden.attribute(k, v, store));
    golden.alias(CustomerId.of("C-OLD"));
    SourceKey keptKey = new SourceKey("webshop", "W-88");
    return WriteBatch.builder()
        .customer(golden.build())
        .customer(
            Customer.builder(KEPT)
                .attribute("email", "bob@example.org", keptKey)
                .alias(CustomerId.of("C-KEEP-OLD"))
                .build())
        .sourceRecord(new SourceRecord(web, webAttrs, T0))
        .sourceRecord(new SourceRecord(store, storeAttrs, T0))
        .sourceRecord(new SourceRecord(keptKey, Map.of("email", "bob@example.org"), T0))
        .transaction(Transaction.of("T1", ERASED, T0, new BigDecimal("12.50"), "EUR"))
        .transaction(Transaction.of("T2", KEPT, T0, new BigDecimal("7.00"), "EUR"))
        .interaction(
            Interaction.builder("I1", ERASED, Channel.PHONE, T0)
                .decisionId("D-1")
                .actionId("retention")
                .note(PERSONAL.get(7))
                .build())
        .interaction(Interaction.builder("I2", KEPT, Channel.EMAIL, T0).build())
        .consent(new Consent(ERASED, Purpose.MARKETING, Channel.EMAIL, true, T0, null))
        .consent(new Consent(KEPT, Purpose.MARKETING, Channel.EMAIL, true, T0, null))
        .surveyResponse(new SurveyResponse("R1", ERASED, Instrument.NPS, 3, T0, PERSONAL.get(8)))
        .surveyResponse(new SurveyResponse("R2", KEPT, Instrument.CSAT, 5, T0, "fine"))
        .score(Score.of(ERASED, ScoreKey.of("rfm"), 5, T0))
        .score(Score.of(KEPT, ScoreKey.of("rfm"), 2, T0))
        // consolidation's decisions: two name the erased customer's keys, one names only others
        .matchDecision(MatchDecision.match(web, store, T0, "agent-1"))
        .matchDecision(MatchDecision.nonMatch(web, keptKey, T0, "agent-1"))
        .matchDecision(MatchDecision.nonMatch(keptKey, new SourceKey("crm", "X-5"), T0, null))
        .build();
  }

  @Test
  void embeddedStoreKeepsNoPersonalDatumOfAnErasedCustomer(@TempDir Path dir) throws Exception {
    try (JdbcStore store = JdbcStore.embedded(dir)) {
      check(store, Targets.dataSource("h2:" + dir), "PUBLIC");
    }
  }

  @Test
  void postgresKeepsNoPersonalDatumOfAnErasedCustomer() throws Exception {
    Postgres.assumeConfigured();
    String schema = Postgres.freshSchema();
    try {
      DataSource ds = Postgres.dataSource(schema);
      check(JdbcStore.builder().dataSource(ds).build(), ds, schema);
    } finally {
      Postgres.dropSchema(schema);
    }
  }

  private static void check(JdbcStore store, DataSource ds, String schema) throws SQLException {
    store.apply(twoPeople());
    String before = dump(ds, schema);
    assertThat(PERSONAL).allSatisfy(v -> assertThat(before).contains(v));
    assertThat(before).contains("kb_match_decision:store|S-12|webshop|W-77|");

    ErasureReport report = store.erase(ERASED);

    assertThat(report).isEqualTo(new ErasureReport(ERASED, 1, 2, 2, 1, 1, 1, 1, 1, 2));
    String after = dump(ds, schema);
    assertThat(PERSONAL).allSatisfy(v -> assertThat(after).doesNotContain(v));
    assertThat(after).contains("bob@example.org").contains("C-KEEP").contains("W-88");
    try (Connection c = ds.getConnection()) {
      for (String table : tables(c, schema)) {
        if (hasColumn(c, schema, table, "customer_id")) {
          assertThat(count(c, table, "customer_id = 'C-ERASE'")).as(table).isZero();
          assertThat(count(c, table, "customer_id = 'C-KEEP'")).as(table).isPositive();
        }
      }
      // the decisions table names source keys, not customers: only the kept pair is left
      assertThat(count(c, "kb_match_decision", "1 = 1")).isEqualTo(1);
      assertThat(
              count(
                  c,
                  "kb_match_decision",
                  "left_key IN ('W-77', 'S-12') OR right_key IN ('W-77', 'S-12')"))
          .isZero();
      assertThat(count(c, "kb_match_decision", "left_key = 'X-5' AND right_key = 'W-88'"))
          .isEqualTo(1);
    }
  }

  /** Every value of every row of every table of the schema, as text. */
  private static String dump(DataSource ds, String schema) throws SQLException {
    StringBuilder out = new StringBuilder();
    try (Connection c = ds.getConnection()) {
      List<String> tables = tables(c, schema);
      assertThat(tables)
          .contains("kb_customer", "kb_transaction", "kb_interaction", "kb_match_decision");
      for (String table : tables) {
        try (Statement st = c.createStatement();
            ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
          ResultSetMetaData md = rs.getMetaData();
          while (rs.next()) {
            out.append(table).append(':');
            for (int i = 1; i <= md.getColumnCount(); i++) {
              out.append(rs.getString(i)).append('|');
            }
            out.append('\n');
          }
        }
      }
    }
    return out.toString();
  }

  private static List<String> tables(Connection c, String schema) throws SQLException {
    DatabaseMetaData md = c.getMetaData();
    List<String> tables = new ArrayList<>();
    try (ResultSet rs = md.getTables(null, schema, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        tables.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
      }
    }
    return tables;
  }

  private static boolean hasColumn(Connection c, String schema, String table, String column)
      throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
      ResultSetMetaData md = rs.getMetaData();
      for (int i = 1; i <= md.getColumnCount(); i++) {
        if (md.getColumnName(i).equalsIgnoreCase(column)) {
          return true;
        }
      }
      return false;
    }
  }

  private static long count(Connection c, String table, String where) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table + " WHERE " + where)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
