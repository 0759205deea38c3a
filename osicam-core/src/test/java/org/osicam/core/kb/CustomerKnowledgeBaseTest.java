package org.osicam.core.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osicam.core.InvalidDataException;
import org.osicam.core.model.Channel;
import org.osicam.core.model.Consent;
import org.osicam.core.model.Customer;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.Interaction;
import org.osicam.core.model.Purpose;
import org.osicam.core.model.Score;
import org.osicam.core.model.ScoreKey;
import org.osicam.core.model.SourceKey;
import org.osicam.core.model.SourceRecord;
import org.osicam.core.model.Transaction;

class CustomerKnowledgeBaseTest {
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
  private static final CustomerId C1 = CustomerId.of("C1");
  private static final CustomerId C2 = CustomerId.of("C2");
  private static final SourceKey SHOP_1 = new SourceKey("shop", "1");
  private static final SourceKey CRM_9 = new SourceKey("crm", "9");

  private final CustomerKnowledgeBase kb = CustomerKnowledgeBase.inMemory();

  private static Transaction tx(String id, CustomerId c, int day, String amount) {
    return Transaction.of(id, c, T0.plusSeconds(86400L * day), new BigDecimal(amount), "EUR");
  }

  private void twoCustomers() {
    kb.apply(
        WriteBatch.builder()
            .customer(Customer.builder(C1).attribute("email", "a@x.org", SHOP_1).build())
            .customer(Customer.builder(C2).source(CRM_9).build())
            .sourceRecord(new SourceRecord(SHOP_1, Map.of("email", "a@x.org"), T0))
            .build());
  }

  @Test
  void resolvesSourceKeysThroughTheIdentityMap() {
    twoCustomers();
    assertThat(kb.customerBySourceKey(SHOP_1)).map(Customer::id).contains(C1);
    assertThat(kb.customerIdOf(CRM_9)).contains(C2);
    assertThat(kb.customerIdOf(new SourceKey("shop", "2"))).isEmpty();
    assertThat(kb.sourceRecord(SHOP_1)).map(r -> r.attributes().get("email")).contains("a@x.org");
  }

  @Test
  void transactionsAreReturnedInTimeOrderWithinAHalfOpenRange() {
    twoCustomers();
    kb.apply(
        WriteBatch.builder()
            .transaction(tx("T3", C1, 3, "30"))
            .transaction(tx("T1", C1, 1, "10"))
            .transaction(tx("T2", C1, 2, "20"))
            .transaction(tx("T9", C2, 2, "90"))
            .build());
    assertThat(kb.transactions(C1)).extracting(Transaction::id).containsExactly("T1", "T2", "T3");
    assertThat(kb.transactions(C1, T0.plusSeconds(86400), T0.plusSeconds(3 * 86400)))
        .extracting(Transaction::id)
        .containsExactly("T1", "T2");
    List<String> all = new ArrayList<>();
    kb.forEachTransaction(T0, T0.plusSeconds(10 * 86400), t -> all.add(t.id()));
    assertThat(all).containsExactly("T1", "T2", "T3", "T9");
  }

  @Test
  void aBatchWithOneBadRecordLeavesNothingBehind() {
    twoCustomers();
    WriteBatch bad =
        WriteBatch.builder()
            .customer(Customer.of(CustomerId.of("C3")))
            .transaction(tx("T1", C1, 1, "10"))
            .transaction(tx("T2", CustomerId.of("UNKNOWN"), 1, "10"))
            .build();
    assertThatThrownBy(() -> kb.apply(bad))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("transaction.customerId must be a known customer, was UNKNOWN");
    assertThat(kb.customer(CustomerId.of("C3"))).isEmpty();
    assertThat(kb.transactions(C1)).isEmpty();
    assertThat(kb.customerCount()).isEqualTo(2);
  }

  @Test
  void reapplyingTheSameBatchIsIdempotentButConflictingContentIsRejected() {
    twoCustomers();
    WriteBatch b = WriteBatch.builder().transaction(tx("T1", C1, 1, "10")).build();
    kb.apply(b);
    kb.apply(b);
    assertThat(kb.transactions(C1)).hasSize(1);
    assertThatThrownBy(
            () -> kb.apply(WriteBatch.builder().transaction(tx("T1", C1, 1, "11")).build()))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("transaction.id must be unique");
    assertThat(kb.transactions(C1))
        .extracting(Transaction::amount)
        .containsExactly(new BigDecimal("10"));
  }

  @Test
  void aSourceKeyBelongsToOneCustomerUnlessMovedInOneBatch() {
    twoCustomers();
    assertThatThrownBy(
            () ->
                kb.apply(
                    WriteBatch.builder()
                        .customer(Customer.builder(C2).source(SHOP_1).build())
                        .build()))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("shop:1 already belongs to C1");
    // moving it: C1 rewritten without it, C2 with it
    kb.apply(
        WriteBatch.builder()
            .customer(Customer.of(C1))
            .customer(Customer.builder(C2).source(CRM_9).source(SHOP_1).build())
            .build());
    assertThat(kb.customerIdOf(SHOP_1)).contains(C2);
    assertThat(kb.customerIdOf(CRM_9)).contains(C2);
  }

  @Test
  void latestScorePerKeyWins() {
    twoCustomers();
    ScoreKey k = ScoreKey.of("clv.p_alive");
    kb.apply(WriteBatch.builder().score(Score.of(C1, k, 0.2, T0)).build());
    kb.apply(WriteBatch.builder().score(Score.of(C1, k, 0.7, T0.plusSeconds(1))).build());
    assertThat(kb.score(C1, k)).map(Score::value).contains(0.7);
    assertThat(kb.scores(C2)).isEmpty();
  }

  @Test
  void erasureRemovesEveryRecordOfTheCustomerAndReportsCounts() {
    twoCustomers();
    kb.apply(
        WriteBatch.builder()
            .transaction(tx("T1", C1, 1, "10"))
            .transaction(tx("T2", C2, 1, "10"))
            .interaction(
                Interaction.builder("I1", C1, Channel.EMAIL, T0).note("called about order").build())
            .consent(new Consent(C1, Purpose.MARKETING, Channel.EMAIL, true, T0, null))
            .score(Score.of(C1, ScoreKey.of("rfm"), 5, T0))
            .build());
    ErasureReport report = kb.erase(C1);
    assertThat(report).isEqualTo(new ErasureReport(C1, 1, 1, 1, 1, 1, 1, 0, 1));
    assertThat(kb.customer(C1)).isEmpty();
    assertThat(kb.customerIdOf(SHOP_1)).isEmpty();
    assertThat(kb.sourceRecord(SHOP_1)).isEmpty();
    assertThat(kb.transactions(C1)).isEmpty();
    assertThat(kb.interactions(C1)).isEmpty();
    assertThat(kb.consents(C1)).isEmpty();
    assertThat(kb.scores(C1)).isEmpty();
    assertThat(kb.transactions(C2)).hasSize(1);
    assertThat(kb.erase(C1).total()).isZero();
  }

  @Test
  void rangesMustBeOrdered() {
    assertThatThrownBy(() -> kb.transactions(C1, T0, T0.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void builderOptionsCanBeSetOnce() {
    CustomerKnowledgeBase.Builder b =
        CustomerKnowledgeBase.builder().store(KnowledgeBaseStore.inMemory());
    assertThatThrownBy(() -> b.store(KnowledgeBaseStore.inMemory()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("store was already set");
  }
}
