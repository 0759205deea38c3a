package org.osicam.core.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osicam.core.model.Channel;
import org.osicam.core.model.Consent;
import org.osicam.core.model.Customer;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.Instrument;
import org.osicam.core.model.Interaction;
import org.osicam.core.model.Purpose;
import org.osicam.core.model.SourceKey;
import org.osicam.core.model.SourceRecord;
import org.osicam.core.model.SurveyResponse;
import org.osicam.core.model.Transaction;

/** Erasure reaches every copy, and neither ingest nor erase logs personal data. */
class ErasureTest {
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

  /** Personal values of the customer to erase; none of them is shared with the other customer. */
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
          "the delivery man was rude");

  private static WriteBatch twoPeople() {
    CustomerId erased = CustomerId.of("C-ERASE");
    CustomerId kept = CustomerId.of("C-KEEP");
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
    Customer.Builder golden = Customer.builder(erased);
    webAttrs.forEach((k, v) -> golden.attribute(k, v, web));
    storeAttrs.forEach((k, v) -> golden.attribute(k, v, store));
    golden.alias(CustomerId.of("C-OLD"));
    return WriteBatch.builder()
        .customer(golden.build())
        .customer(Customer.builder(kept).attribute("email", "bob@example.org").build())
        .sourceRecord(new SourceRecord(web, webAttrs, T0))
        .sourceRecord(new SourceRecord(store, storeAttrs, T0))
        .transaction(Transaction.of("T1", erased, T0, new BigDecimal("12.50"), "EUR"))
        .transaction(Transaction.of("T2", kept, T0, new BigDecimal("7.00"), "EUR"))
        .interaction(
            Interaction.builder("I1", erased, Channel.PHONE, T0).note(PERSONAL.get(7)).build())
        .consent(new Consent(erased, Purpose.MARKETING, Channel.EMAIL, true, T0, null))
        .surveyResponse(new SurveyResponse("R1", erased, Instrument.NPS, 3, T0, PERSONAL.get(8)))
        .build();
  }

  @Test
  void nothingPersonalRemainsInTheExportAfterErasure() throws IOException {
    CustomerKnowledgeBase kb = CustomerKnowledgeBase.inMemory();
    kb.apply(twoPeople());
    String before = exportText(kb);
    assertThat(PERSONAL).allSatisfy(v -> assertThat(before).contains(v));

    ErasureReport report = kb.erase(CustomerId.of("C-ERASE"));

    String after = exportText(kb);
    assertThat(PERSONAL).allSatisfy(v -> assertThat(after).doesNotContain(v));
    assertThat(after).doesNotContain("C-ERASE").doesNotContain("W-77").doesNotContain("S-12");
    assertThat(after).contains("bob@example.org").contains("C-KEEP");
    assertThat(report.customers()).isEqualTo(1);
    assertThat(report.sourceRecords()).isEqualTo(2);
    assertThat(report.identityLinks()).isEqualTo(2);
    assertThat(report.total()).isEqualTo(1 + 2 + 2 + 1 + 1 + 1 + 1);
  }

  @Test
  void ingestAndEraseNeverLogPersonalData() {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      CustomerKnowledgeBase kb = CustomerKnowledgeBase.inMemory();
      kb.apply(twoPeople());
      kb.erase(CustomerId.of("C-ERASE"));
    } finally {
      System.setErr(original);
    }
    String log = captured.toString(StandardCharsets.UTF_8);
    // the log is not empty: it names ids and counts
    assertThat(log).contains("applied batch").contains("erased customer C-ERASE");
    assertThat(PERSONAL).allSatisfy(v -> assertThat(log).doesNotContain(v));
  }

  private static String exportText(CustomerKnowledgeBase kb) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    kb.exportJson(out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
