package org.osicam.testing.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osicam.core.InvalidDataException;
import org.osicam.core.kb.ErasureReport;
import org.osicam.core.kb.KnowledgeBaseStore;
import org.osicam.core.kb.WriteBatch;
import org.osicam.core.model.Channel;
import org.osicam.core.model.Consent;
import org.osicam.core.model.Customer;
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
import org.osicam.core.model.SourceRecord;
import org.osicam.core.model.SurveyResponse;
import org.osicam.core.model.Transaction;

/**
 * The behaviour every {@link KnowledgeBaseStore} must have, written once: OSICAM runs it against
 * the in-memory store, the embedded JDBC store and PostgreSQL, and a host that writes its own store
 * extends this class to check it the same way.
 *
 * <pre>{@code
 * class MyStoreContractTest extends KnowledgeBaseStoreContract {
 *   protected KnowledgeBaseStore newStore() {
 *     return new MyStore(freshDatabase());
 *   }
 * }
 * }</pre>
 *
 * <p>Where it can, a test applies the same batches to the store and to the in-memory reference
 * ({@link KnowledgeBaseStore#inMemory()}) and asserts that both give the same answers, so "the same
 * behaviour" is checked record by record, down to the scale of a {@link BigDecimal} and the
 * nanoseconds of an {@link Instant}.
 */
public abstract class KnowledgeBaseStoreContract {
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
  private static final CustomerId C1 = CustomerId.of("C1");
  private static final CustomerId C2 = CustomerId.of("C2");
  private static final SourceKey SHOP_1 = new SourceKey("shop", "1");
  private static final SourceKey CRM_9 = new SourceKey("crm", "9");

  private @Nullable KnowledgeBaseStore store;

  /** For subclasses. */
  protected KnowledgeBaseStoreContract() {}

  /**
   * A new, empty store; called before each test.
   *
   * @return the store under test
   * @throws Exception if it cannot be created (the test fails)
   */
  protected abstract KnowledgeBaseStore newStore() throws Exception;

  /**
   * Releases a store after its test; the default closes it when it is {@link AutoCloseable}.
   *
   * @param store the store {@link #newStore()} gave
   * @throws Exception if closing fails
   */
  protected void release(KnowledgeBaseStore store) throws Exception {
    if (store instanceof AutoCloseable) {
      ((AutoCloseable) store).close();
    }
  }

  /**
   * @return the store of the running test
   */
  protected final KnowledgeBaseStore store() {
    KnowledgeBaseStore s = store;
    if (s == null) {
      throw new IllegalStateException("no store: called outside a test");
    }
    return s;
  }

  /**
   * Opens the store of the next test.
   *
   * @throws Exception if {@link #newStore()} fails
   */
  @BeforeEach
  public final void openStore() throws Exception {
    store = newStore();
    assertThat(store.customerCount()).as("newStore() must return an empty store").isZero();
  }

  /**
   * Releases the store of the test that ended.
   *
   * @throws Exception if {@link #release} fails
   */
  @AfterEach
  public final void releaseStore() throws Exception {
    KnowledgeBaseStore s = store;
    store = null;
    if (s != null) {
      release(s);
    }
  }

  // ------------------------------------------------------------------ helpers

  private static Transaction tx(String id, CustomerId c, int day, String amount) {
    return Transaction.of(id, c, T0.plusSeconds(86400L * day), new BigDecimal(amount), "EUR");
  }

  private static WriteBatch twoCustomers() {
    return WriteBatch.builder()
        .customer(
            Customer.builder(C1)
                .attribute("email", "a@x.org", SHOP_1)
                .attribute("segment", "gold")
                .alias(CustomerId.of("C0"))
                .build())
        .customer(Customer.builder(C2).source(CRM_9).build())
        .sourceRecord(new SourceRecord(SHOP_1, Map.of("email", "a@x.org", "city", "Lyon"), T0))
        .build();
  }

  /** Applies to both and checks that the store ends in the same state as the reference. */
  private void applyToBoth(KnowledgeBaseStore reference, WriteBatch batch) {
    reference.apply(batch);
    store().apply(batch);
    assertThat(store().export()).isEqualTo(reference.export());
  }

  /** A batch that exercises every field, the odd values included. */
  private static WriteBatch everyField() {
    CustomerId odd = CustomerId.of("C\"é 😀,;:'");
    SourceKey oddKey = new SourceKey("sys,'\"", "k\n1");
    Instant nanos = Instant.ofEpochSecond(1_710_000_000L, 123_456_789);
    Instant ancient = Instant.ofEpochSecond(-77_914_195_200L);
    Instant far = Instant.ofEpochSecond(253_402_300_799L, 999_999_999);
    return WriteBatch.builder()
        .customer(
            Customer.builder(odd)
                .attribute("given_name", "Zoé 'Q' \"R\"", oddKey)
                .attribute("x_custom", "multi\nline\ttext")
                .alias(CustomerId.of("old-1"))
                .alias(CustomerId.of("old-2"))
                .build())
        .customer(Customer.of(C1))
        .sourceRecord(new SourceRecord(oddKey, Map.of("given_name", "Zoé", "x", "1"), null))
        .sourceRecord(new SourceRecord(SHOP_1, Map.of(), nanos))
        .transaction(
            new Transaction(
                "T1",
                odd,
                nanos,
                new BigDecimal("49.90"),
                "EUR",
                List.of("3:abc", "", "p:q", "😀"),
                "web",
                new BigDecimal("-12.3450")))
        .transaction(
            new Transaction(
                "T2", odd, ancient, new BigDecimal("1E+3"), "USD", List.of(), null, null))
        .transaction(
            new Transaction(
                "T3",
                C1,
                far,
                new BigDecimal("123456789012345678901234567890.000000001"),
                "JPY",
                List.of("a"),
                null,
                BigDecimal.ZERO))
        .transaction(tx("T4", odd, 0, "0.00"))
        .interaction(
            new Interaction(
                "I1",
                odd,
                Channel.SMS,
                Purpose.SERVICE,
                Direction.INBOUND,
                "spring",
                "D1",
                true,
                nanos,
                InteractionStatus.COMPLAINED,
                "note with 'quotes' and\nnewline"))
        .interaction(Interaction.builder("I2", odd, Channel.EMAIL, nanos).build())
        .consent(new Consent(odd, Purpose.MARKETING, Channel.EMAIL, true, T0, nanos))
        .consent(new Consent(odd, Purpose.MARKETING, Channel.EMAIL, false, nanos, null))
        .consent(new Consent(odd, Purpose.SERVICE, Channel.SMS, true, T0.plusSeconds(1), null))
        .surveyResponse(new SurveyResponse("R1", odd, Instrument.NPS, 0, nanos, null))
        .surveyResponse(new SurveyResponse("R2", odd, Instrument.CES, 7, T0, "c'est \"long\""))
        .score(new Score(odd, ScoreKey.of("rfm.cell"), -0.0, "5-5-5", nanos))
        .score(new Score(odd, ScoreKey.of("clv.value"), 1e-300, null, T0))
        .score(new Score(C1, ScoreKey.of("clv.value"), -1.7976931348623157E308, null, far))
        .matchDecision(MatchDecision.nonMatch(oddKey, SHOP_1, nanos, "agent 'é' \"17\""))
        .matchDecision(MatchDecision.match(SHOP_1, CRM_9, far, null))
        .build();
  }

  // ------------------------------------------------------------------ identity and customers

  @Test
  public void resolvesSourceKeysThroughTheIdentityMap() {
    store().apply(twoCustomers());
    assertThat(store().customerIdOf(SHOP_1)).contains(C1);
    assertThat(store().customerIdOf(CRM_9)).contains(C2);
    assertThat(store().customerIdOf(new SourceKey("shop", "2"))).isEmpty();
    assertThat(store().customerIdOf(new SourceKey("crm", "1"))).isEmpty();
    assertThat(store().sourceRecord(SHOP_1))
        .contains(new SourceRecord(SHOP_1, Map.of("email", "a@x.org", "city", "Lyon"), T0));
    assertThat(store().sourceRecord(CRM_9)).isEmpty();
  }

  @Test
  public void customersRoundTripWithAttributesLineageSourcesAndAliases() {
    WriteBatch batch = twoCustomers();
    store().apply(batch);
    assertThat(store().customer(C1)).contains(batch.customers().get(0));
    assertThat(store().customer(C2)).contains(batch.customers().get(1));
    assertThat(store().customer(CustomerId.of("C3"))).isEmpty();
    assertThat(store().customerCount()).isEqualTo(2);
  }

  @Test
  public void everyFieldRoundTripsExactlyAsInTheReferenceStore() {
    KnowledgeBaseStore reference = KnowledgeBaseStore.inMemory();
    WriteBatch batch = everyField();
    applyToBoth(reference, batch);
    CustomerId odd = batch.customers().get(0).id();
    assertThat(store().customer(odd)).isEqualTo(reference.customer(odd));
    assertThat(store().transactions(odd, Instant.MIN, Instant.MAX))
        .isEqualTo(reference.transactions(odd, Instant.MIN, Instant.MAX))
        .hasSize(3);
    assertThat(store().interactions(odd, Instant.MIN, Instant.MAX))
        .isEqualTo(reference.interactions(odd, Instant.MIN, Instant.MAX));
    assertThat(store().consents(odd)).isEqualTo(reference.consents(odd)).hasSize(3);
    assertThat(store().surveyResponses(odd)).isEqualTo(reference.surveyResponses(odd));
    assertThat(store().scores(odd)).isEqualTo(reference.scores(odd));
    assertThat(Objects.requireNonNull(store().scores(odd).get(ScoreKey.of("rfm.cell"))).value())
        .isEqualTo(-0.0);
    assertThat(store().sourceRecord(new SourceKey("sys,'\"", "k\n1")))
        .isEqualTo(reference.sourceRecord(new SourceKey("sys,'\"", "k\n1")));
  }

  @Test
  public void upsertReplacesTheCustomerAndItsIdentityEntries() {
    store().apply(twoCustomers());
    SourceKey web = new SourceKey("web", "7");
    Customer replaced = Customer.builder(C1).attribute("phone", "0601", web).build();
    store().apply(WriteBatch.builder().customer(replaced).build());
    assertThat(store().customer(C1)).contains(replaced);
    assertThat(store().customerIdOf(SHOP_1)).isEmpty();
    assertThat(store().customerIdOf(web)).contains(C1);
    // the source record itself stays: only the golden record was replaced
    assertThat(store().sourceRecord(SHOP_1)).isPresent();
  }

  @Test
  public void aSourceKeyBelongsToOneCustomerUnlessMovedInOneBatch() {
    store().apply(twoCustomers());
    assertThatThrownBy(
            () ->
                store()
                    .apply(
                        WriteBatch.builder()
                            .customer(Customer.builder(C2).source(SHOP_1).build())
                            .build()))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("shop:1 already belongs to C1");
    assertThat(store().customerIdOf(SHOP_1)).contains(C1);
    assertThatThrownBy(
            () ->
                store()
                    .apply(
                        WriteBatch.builder()
                            .customer(
                                Customer.builder(CustomerId.of("C5"))
                                    .source(new SourceKey("crm", "10"))
                                    .build())
                            .customer(
                                Customer.builder(CustomerId.of("C6"))
                                    .source(new SourceKey("crm", "10"))
                                    .build())
                            .build()))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("crm:10 is claimed by C5 and C6");
    store()
        .apply(
            WriteBatch.builder()
                .customer(Customer.of(C1))
                .customer(Customer.builder(C2).source(CRM_9).source(SHOP_1).build())
                .build());
    assertThat(store().customerIdOf(SHOP_1)).contains(C2);
    assertThat(store().customerIdOf(CRM_9)).contains(C2);
    assertThat(store().customer(C1)).contains(Customer.of(C1));
  }

  @Test
  public void aBatchWithTheSameCustomerOrSourceRecordTwiceIsRejected() {
    assertThatThrownBy(
            () ->
                store()
                    .apply(
                        WriteBatch.builder()
                            .customer(Customer.of(C1))
                            .customer(Customer.of(C1))
                            .build()))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("customer.id must be unique in a batch, was C1");
    SourceRecord r = new SourceRecord(SHOP_1, Map.of(), null);
    assertThatThrownBy(
            () -> store().apply(WriteBatch.builder().sourceRecord(r).sourceRecord(r).build()))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("sourceRecord.key must be unique in a batch, was shop:1");
    assertThat(store().export()).isEqualTo(WriteBatch.empty());
  }

  // ------------------------------------------------------------------ activity

  @Test
  public void transactionsAreReturnedInTimeOrderWithinAHalfOpenRange() {
    store().apply(twoCustomers());
    Instant base = T0.plusSeconds(86400);
    store()
        .apply(
            WriteBatch.builder()
                .transaction(tx("T3", C1, 3, "30"))
                .transaction(tx("T1", C1, 1, "10"))
                .transaction(tx("T2", C1, 2, "20"))
                .transaction(tx("T0", C1, 2, "20"))
                .transaction(Transaction.of("Tn", C1, base.plusNanos(1), BigDecimal.ONE, "EUR"))
                .transaction(Transaction.of("Tm", C1, base.minusNanos(1), BigDecimal.ONE, "EUR"))
                .transaction(tx("T9", C2, 2, "90"))
                .build());
    assertThat(store().transactions(C1, Instant.MIN, Instant.MAX))
        .extracting(Transaction::id)
        .containsExactly("Tm", "T1", "Tn", "T0", "T2", "T3");
    assertThat(store().transactions(C1, base, T0.plusSeconds(3 * 86400)))
        .extracting(Transaction::id)
        .containsExactly("T1", "Tn", "T0", "T2");
    assertThat(store().transactions(C1, base, base)).isEmpty();
    assertThat(store().transactions(CustomerId.of("nobody"), Instant.MIN, Instant.MAX)).isEmpty();
    List<String> all = new ArrayList<>();
    store().forEachTransaction(base, T0.plusSeconds(10 * 86400), t -> all.add(t.id()));
    assertThat(all).containsExactly("T1", "Tn", "T0", "T2", "T3", "T9");
  }

  @Test
  public void interactionsAreFilteredByTimeAndSorted() {
    store().apply(twoCustomers());
    store()
        .apply(
            WriteBatch.builder()
                .interaction(Interaction.builder("I2", C1, Channel.SMS, T0.plusSeconds(20)).build())
                .interaction(
                    Interaction.builder("I1", C1, Channel.EMAIL, T0.plusSeconds(10)).build())
                .interaction(
                    Interaction.builder("I3", C1, Channel.EMAIL, T0.plusSeconds(30)).build())
                .build());
    assertThat(store().interactions(C1, T0.plusSeconds(10), T0.plusSeconds(30)))
        .extracting(Interaction::id)
        .containsExactly("I1", "I2");
  }

  @Test
  public void aBatchWithOneBadRecordLeavesNothingBehind() {
    store().apply(twoCustomers());
    WriteBatch before = store().export();
    WriteBatch bad =
        WriteBatch.builder()
            .customer(Customer.of(CustomerId.of("C3")))
            .sourceRecord(new SourceRecord(CRM_9, Map.of("email", "b@x.org"), T0))
            .transaction(tx("T1", C1, 1, "10"))
            .consent(new Consent(C1, Purpose.MARKETING, Channel.EMAIL, true, T0, null))
            .transaction(tx("T2", CustomerId.of("UNKNOWN"), 1, "10"))
            .build();
    assertThatThrownBy(() -> store().apply(bad))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("transaction.customerId must be a known customer, was UNKNOWN");
    assertThat(store().export()).isEqualTo(before);
  }

  @Test
  public void everyKindOfRecordMustReferToAKnownCustomer() {
    store().apply(twoCustomers());
    CustomerId ghost = CustomerId.of("GHOST");
    List<WriteBatch> bad =
        List.of(
            WriteBatch.builder()
                .interaction(Interaction.builder("I", ghost, Channel.SMS, T0).build())
                .build(),
            WriteBatch.builder()
                .consent(new Consent(ghost, Purpose.MARKETING, Channel.SMS, true, T0, null))
                .build(),
            WriteBatch.builder()
                .surveyResponse(new SurveyResponse("R", ghost, Instrument.CSAT, 3, T0, null))
                .build(),
            WriteBatch.builder().score(Score.of(ghost, ScoreKey.of("k"), 1, T0)).build());
    List<String> fields =
        List.of(
            "interaction.customerId",
            "consent.customerId",
            "surveyResponse.customerId",
            "score.customerId");
    WriteBatch before = store().export();
    for (int i = 0; i < bad.size(); i++) {
      WriteBatch b = bad.get(i);
      assertThatThrownBy(() -> store().apply(b))
          .isInstanceOfSatisfying(
              InvalidDataException.class, e -> assertThat(e.value()).isEqualTo("GHOST"))
          .hasMessage(fields.get(i) + " must be a known customer, was GHOST");
    }
    assertThat(store().export()).isEqualTo(before);
    // a customer created in the same batch is known
    store()
        .apply(
            WriteBatch.builder()
                .customer(Customer.of(ghost))
                .transaction(tx("TG", ghost, 1, "1"))
                .build());
    assertThat(store().transactions(ghost, Instant.MIN, Instant.MAX)).hasSize(1);
  }

  @Test
  public void reapplyingTheSameBatchIsIdempotentButConflictingContentIsRejected() {
    KnowledgeBaseStore reference = KnowledgeBaseStore.inMemory();
    applyToBoth(reference, twoCustomers());
    WriteBatch b =
        WriteBatch.builder()
            .transaction(tx("T1", C1, 1, "10"))
            .interaction(Interaction.builder("I1", C1, Channel.EMAIL, T0).build())
            .surveyResponse(new SurveyResponse("R1", C1, Instrument.NPS, 9, T0, null))
            .consent(new Consent(C1, Purpose.MARKETING, Channel.EMAIL, true, T0, null))
            .score(Score.of(C1, ScoreKey.of("rfm"), 3, T0))
            .build();
    applyToBoth(reference, b);
    applyToBoth(reference, b);
    applyToBoth(reference, twoCustomers());
    assertThat(store().transactions(C1, Instant.MIN, Instant.MAX)).hasSize(1);
    assertThat(store().consents(C1)).hasSize(1);

    WriteBatch before = store().export();
    List<WriteBatch> conflicting =
        List.of(
            WriteBatch.builder().transaction(tx("T1", C1, 1, "10.0")).build(),
            WriteBatch.builder()
                .interaction(Interaction.builder("I1", C1, Channel.SMS, T0).build())
                .build(),
            WriteBatch.builder()
                .surveyResponse(new SurveyResponse("R1", C1, Instrument.NPS, 8, T0, null))
                .build(),
            WriteBatch.builder()
                .transaction(tx("T7", C1, 1, "1"))
                .transaction(tx("T7", C1, 1, "2"))
                .build());
    List<String> prefixes =
        List.of("transaction.id", "interaction.id", "surveyResponse.id", "transaction.id");
    for (int i = 0; i < conflicting.size(); i++) {
      WriteBatch c = conflicting.get(i);
      assertThatThrownBy(() -> store().apply(c))
          .isInstanceOf(InvalidDataException.class)
          .hasMessageStartingWith(prefixes.get(i) + " must be unique");
    }
    assertThat(store().export()).isEqualTo(before);
  }

  @Test
  public void consentsAreAppendedAndAnIdenticalOneIsANoOp() {
    store().apply(twoCustomers());
    Consent grant = new Consent(C1, Purpose.MARKETING, Channel.EMAIL, true, T0, null);
    Consent withdraw =
        new Consent(C1, Purpose.MARKETING, Channel.EMAIL, false, T0.plusSeconds(60), null);
    store().apply(WriteBatch.builder().consent(withdraw).consent(grant).consent(grant).build());
    store().apply(WriteBatch.builder().consent(grant).build());
    assertThat(store().consents(C1)).containsExactly(grant, withdraw);
    assertThat(store().consents(C2)).isEmpty();
  }

  @Test
  public void theLatestScorePerKeyWins() {
    store().apply(twoCustomers());
    ScoreKey k = ScoreKey.of("clv.p_alive");
    store().apply(WriteBatch.builder().score(Score.of(C1, k, 0.2, T0)).build());
    store()
        .apply(
            WriteBatch.builder()
                .score(Score.of(C1, k, 0.5, T0.plusSeconds(1)))
                .score(Score.of(C1, k, 0.7, T0.plusSeconds(2)))
                .build());
    assertThat(store().scores(C1))
        .containsExactly(Map.entry(k, Score.of(C1, k, 0.7, T0.plusSeconds(2))));
    assertThat(store().scores(C2)).isEmpty();
  }

  // ------------------------------------------------------------------ streaming and export

  @Test
  public void forEachCustomerVisitsEveryCustomerOnceInIdOrder() {
    WriteBatch.Builder b = WriteBatch.builder();
    List<CustomerId> ids = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      CustomerId id = CustomerId.of(String.format(java.util.Locale.ROOT, "K%04d", (i * 37) % 250));
      ids.add(id);
      b.customer(
          Customer.builder(id)
              .attribute("n", Integer.toString(i), new SourceKey("s", id.value()))
              .alias(CustomerId.of("A" + id.value()))
              .build());
    }
    store().apply(b.build());
    List<Customer> seen = new ArrayList<>();
    store().forEachCustomer(seen::add);
    assertThat(seen)
        .extracting(Customer::id)
        .containsExactlyElementsOf(new java.util.TreeSet<>(ids));
    for (Customer c : seen.subList(0, 20)) {
      assertThat(store().customer(c.id())).contains(c);
    }
    for (Customer c : seen) {
      assertThat(c.sources()).containsExactly(new SourceKey("s", c.id().value()));
    }
  }

  @Test
  public void forEachTransactionGroupsByCustomer() {
    WriteBatch.Builder b = WriteBatch.builder();
    for (int c = 0; c < 5; c++) {
      b.customer(Customer.of(CustomerId.of("C" + c)));
    }
    for (int t = 0; t < 60; t++) {
      b.transaction(tx("T" + t, CustomerId.of("C" + (t * 7 % 5)), 60 - t, Integer.toString(t)));
    }
    KnowledgeBaseStore reference = KnowledgeBaseStore.inMemory();
    applyToBoth(reference, b.build());
    List<Transaction> expected = new ArrayList<>();
    reference.forEachTransaction(
        T0.plusSeconds(86400 * 10), T0.plusSeconds(86400 * 40), expected::add);
    List<Transaction> actual = new ArrayList<>();
    store().forEachTransaction(T0.plusSeconds(86400 * 10), T0.plusSeconds(86400 * 40), actual::add);
    assertThat(actual).isEqualTo(expected).hasSize(30);
  }

  @Test
  public void anExportAppliedToAnEmptyStoreRecreatesTheBase() {
    store().apply(everyField());
    WriteBatch export = store().export();
    KnowledgeBaseStore copy = KnowledgeBaseStore.inMemory();
    copy.apply(export);
    assertThat(copy.export()).isEqualTo(export);
  }

  // ------------------------------------------------------------------ match decisions

  @Test
  public void aLaterDecisionOnThePairReplacesTheEarlierOneInEitherOrder() {
    KnowledgeBaseStore reference = KnowledgeBaseStore.inMemory();
    SourceKey web5 = new SourceKey("web", "5");
    MatchDecision first = MatchDecision.match(SHOP_1, CRM_9, T0, "agent-1");
    applyToBoth(
        reference,
        WriteBatch.builder()
            .matchDecision(first)
            .matchDecision(MatchDecision.nonMatch(web5, CRM_9, T0, null))
            .build());
    assertThat(store().matchDecisions())
        .isEqualTo(reference.matchDecisions())
        .containsExactly(first, MatchDecision.nonMatch(CRM_9, web5, T0, null));

    // the same pair, sides swapped: replaces; twice in one batch: the last one wins
    MatchDecision later = MatchDecision.nonMatch(CRM_9, SHOP_1, T0.plusNanos(1), "agent-2");
    applyToBoth(
        reference,
        WriteBatch.builder()
            .matchDecision(MatchDecision.match(SHOP_1, CRM_9, T0.plusSeconds(9), "agent-3"))
            .matchDecision(later)
            .build());
    assertThat(store().matchDecisions())
        .isEqualTo(reference.matchDecisions())
        .isEqualTo(store().export().matchDecisions())
        .containsExactly(later, MatchDecision.nonMatch(CRM_9, web5, T0, null));
    assertThat(store().matchDecisions().get(0).left()).isEqualTo(CRM_9);

    // the same batch again is a no-op
    applyToBoth(reference, WriteBatch.builder().matchDecision(later).build());
    assertThat(store().matchDecisions()).hasSize(2);
  }

  @Test
  public void matchDecisionsAreSortedByPair() {
    KnowledgeBaseStore reference = KnowledgeBaseStore.inMemory();
    WriteBatch.Builder b = WriteBatch.builder();
    for (int i = 0; i < 40; i++) {
      SourceKey a = new SourceKey(i % 3 == 0 ? "shop" : "crm", Integer.toString(i * 7 % 40));
      SourceKey z = new SourceKey(i % 2 == 0 ? "web" : "crm", "k" + (i * 13 % 40));
      b.matchDecision(new MatchDecision(a, z, i % 2 == 0, T0.plusSeconds(i), "agent-" + i));
    }
    applyToBoth(reference, b.build());
    assertThat(store().matchDecisions()).isEqualTo(reference.matchDecisions()).hasSize(40);
  }

  @Test
  public void anExportRoundTripCarriesTheMatchDecisions() {
    KnowledgeBaseStore reference = KnowledgeBaseStore.inMemory();
    reference.apply(everyField());
    WriteBatch fromReference = reference.export();
    assertThat(fromReference.matchDecisions()).hasSize(2);

    store().apply(fromReference);
    WriteBatch export = store().export();
    assertThat(export).isEqualTo(fromReference);
    assertThat(export.matchDecisions()).isEqualTo(store().matchDecisions());
    KnowledgeBaseStore copy = KnowledgeBaseStore.inMemory();
    copy.apply(export);
    assertThat(copy.matchDecisions()).isEqualTo(export.matchDecisions());
  }

  @Test
  public void erasureRemovesTheDecisionsNamingTheCustomersSourceKeys() {
    KnowledgeBaseStore reference = KnowledgeBaseStore.inMemory();
    SourceKey shop2 = new SourceKey("shop", "2");
    SourceKey web5 = new SourceKey("web", "5");
    applyToBoth(
        reference,
        WriteBatch.builder()
            .customer(Customer.builder(C1).source(SHOP_1).source(shop2).build())
            .customer(Customer.builder(C2).source(CRM_9).build())
            .matchDecision(MatchDecision.match(SHOP_1, shop2, T0, "agent-1"))
            .matchDecision(MatchDecision.nonMatch(CRM_9, SHOP_1, T0, null))
            .matchDecision(MatchDecision.nonMatch(web5, shop2, T0, null))
            .matchDecision(MatchDecision.match(CRM_9, web5, T0, "agent-1"))
            .build());

    ErasureReport report = store().erase(C1);

    assertThat(report).isEqualTo(reference.erase(C1));
    assertThat(report.matchDecisions()).isEqualTo(3);
    assertThat(report).isEqualTo(new ErasureReport(C1, 1, 0, 2, 0, 0, 0, 0, 0, 3));
    assertThat(store().matchDecisions())
        .isEqualTo(reference.matchDecisions())
        .containsExactly(MatchDecision.match(CRM_9, web5, T0, "agent-1"));
    assertThat(store().export()).isEqualTo(reference.export());
    assertThat(store().erase(C1).matchDecisions()).isZero();
    assertThat(store().erase(CustomerId.of("never")).total()).isZero();
  }

  @Test
  public void aFailedBatchLeavesNoMatchDecisionBehind() {
    store().apply(twoCustomers());
    MatchDecision kept = MatchDecision.match(SHOP_1, CRM_9, T0, "agent-1");
    store().apply(WriteBatch.builder().matchDecision(kept).build());
    WriteBatch before = store().export();
    WriteBatch bad =
        WriteBatch.builder()
            .matchDecision(MatchDecision.nonMatch(SHOP_1, CRM_9, T0.plusSeconds(1), "agent-2"))
            .matchDecision(MatchDecision.match(SHOP_1, new SourceKey("web", "5"), T0, null))
            .transaction(tx("T1", CustomerId.of("UNKNOWN"), 1, "1"))
            .build();

    assertThatThrownBy(() -> store().apply(bad))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("transaction.customerId must be a known customer, was UNKNOWN");
    assertThatThrownBy(() -> store().update(C1, view -> bad))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("transaction.customerId must be a known customer, was UNKNOWN");

    assertThat(store().matchDecisions()).containsExactly(kept);
    assertThat(store().export()).isEqualTo(before);
  }

  @Test
  public void theViewOfAnUpdateReadsTheMatchDecisions() {
    MatchDecision d = MatchDecision.nonMatch(SHOP_1, CRM_9, T0, null);
    store().apply(twoCustomers());
    store().apply(WriteBatch.builder().matchDecision(d).build());
    WriteBatch applied =
        store()
            .update(
                C1,
                view -> {
                  assertThat(view.matchDecisions()).containsExactly(d);
                  return WriteBatch.builder()
                      .matchDecision(MatchDecision.match(SHOP_1, CRM_9, T0.plusSeconds(1), "a"))
                      .build();
                });
    assertThat(store().matchDecisions()).isEqualTo(applied.matchDecisions());
  }

  // ------------------------------------------------------------------ erasure

  @Test
  public void erasureRemovesEveryRecordOfTheCustomerAndReportsCounts() {
    KnowledgeBaseStore reference = KnowledgeBaseStore.inMemory();
    applyToBoth(reference, twoCustomers());
    applyToBoth(
        reference,
        WriteBatch.builder()
            .transaction(tx("T1", C1, 1, "10"))
            .transaction(tx("T2", C2, 1, "10"))
            .interaction(
                Interaction.builder("I1", C1, Channel.EMAIL, T0).note("called about order").build())
            .consent(new Consent(C1, Purpose.MARKETING, Channel.EMAIL, true, T0, null))
            .consent(new Consent(C2, Purpose.MARKETING, Channel.EMAIL, true, T0, null))
            .surveyResponse(new SurveyResponse("R1", C1, Instrument.NPS, 3, T0, "slow"))
            .score(Score.of(C1, ScoreKey.of("rfm"), 5, T0))
            .build());
    ErasureReport report = store().erase(C1);
    assertThat(report).isEqualTo(reference.erase(C1));
    assertThat(report).isEqualTo(new ErasureReport(C1, 1, 1, 1, 1, 1, 1, 1, 1));
    assertThat(store().export()).isEqualTo(reference.export());
    assertThat(store().customer(C1)).isEmpty();
    assertThat(store().customerIdOf(SHOP_1)).isEmpty();
    assertThat(store().sourceRecord(SHOP_1)).isEmpty();
    assertThat(store().transactions(C1, Instant.MIN, Instant.MAX)).isEmpty();
    assertThat(store().interactions(C1, Instant.MIN, Instant.MAX)).isEmpty();
    assertThat(store().consents(C1)).isEmpty();
    assertThat(store().surveyResponses(C1)).isEmpty();
    assertThat(store().scores(C1)).isEmpty();
    assertThat(store().transactions(C2, Instant.MIN, Instant.MAX)).hasSize(1);
    assertThat(store().consents(C2)).hasSize(1);
    assertThat(store().erase(C1).total()).isZero();
    assertThat(store().erase(CustomerId.of("never")).total()).isZero();
  }

  /**
   * Erasure racing with writers of the same customer leaves no orphan: once the customer is gone,
   * none of its transactions, interactions or consents remain, whichever writer came last.
   */
  @Test
  public void anErasureRacingWithWritersLeavesNoOrphan() throws Exception {
    CustomerId target = CustomerId.of("RACE");
    store().apply(WriteBatch.builder().customer(Customer.of(target)).build());
    ExecutorService pool = Executors.newFixedThreadPool(3);
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger written = new AtomicInteger();
    List<Future<?>> writers = new ArrayList<>();
    for (int w = 0; w < 2; w++) {
      int writer = w;
      writers.add(
          pool.submit(
              () -> {
                start.await();
                for (int b = 0; b < 40; b++) {
                  Instant when = T0.plusSeconds(writer * 1000L + b);
                  try {
                    store()
                        .apply(
                            WriteBatch.builder()
                                .transaction(
                                    Transaction.of(
                                        "R" + writer + "-" + b,
                                        target,
                                        when,
                                        BigDecimal.ONE,
                                        "EUR"))
                                .interaction(
                                    Interaction.builder(
                                            "RI" + writer + "-" + b, target, Channel.SMS, when)
                                        .build())
                                .consent(
                                    new Consent(
                                        target, Purpose.MARKETING, Channel.SMS, true, when, null))
                                .build());
                    written.incrementAndGet();
                  } catch (InvalidDataException e) {
                    assertThat(e.field()).endsWith("customerId"); // erased meanwhile
                  }
                }
                return null;
              }));
    }
    Future<ErasureReport> eraser =
        pool.submit(
            () -> {
              start.await();
              while (written.get() < 5) {
                Thread.onSpinWait();
              }
              return store().erase(target);
            });
    start.countDown();
    for (Future<?> f : writers) {
      f.get(120, TimeUnit.SECONDS);
    }
    ErasureReport report = eraser.get(120, TimeUnit.SECONDS);
    pool.shutdown();
    assertThat(report.customers()).isEqualTo(1);
    assertThat(store().customer(target)).isEmpty();
    assertThat(store().transactions(target, Instant.MIN, Instant.MAX)).isEmpty();
    assertThat(store().interactions(target, Instant.MIN, Instant.MAX)).isEmpty();
    assertThat(store().consents(target)).isEmpty();
    int[] all = {0};
    store().forEachTransaction(Instant.MIN, Instant.MAX, t -> all[0]++);
    assertThat(all[0]).isZero();
  }

  // ------------------------------------------------------------------ isolated updates

  @Test
  public void updateAppliesWhatTheFunctionDecidesFromItsReads() {
    store().apply(twoCustomers());
    WriteBatch applied =
        store()
            .update(
                C1,
                view -> {
                  assertThat(view.customer(C1)).isPresent();
                  assertThat(view.customerIdOf(SHOP_1)).contains(C1);
                  return WriteBatch.builder().transaction(tx("T1", C1, 1, "10")).build();
                });
    assertThat(applied.transactions()).hasSize(1);
    assertThat(store().transactions(C1, Instant.MIN, Instant.MAX)).hasSize(1);
  }

  @Test
  public void theViewOfAnUpdateIsReadOnlyAndABadDecisionWritesNothing() {
    store().apply(twoCustomers());
    WriteBatch before = store().export();
    assertThatThrownBy(
            () ->
                store()
                    .update(
                        C1,
                        view -> {
                          view.apply(
                              WriteBatch.builder().transaction(tx("T1", C1, 1, "1")).build());
                          return WriteBatch.empty();
                        }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("read-only");
    assertThatThrownBy(
            () ->
                store()
                    .update(
                        C1,
                        view ->
                            WriteBatch.builder()
                                .transaction(tx("T1", C1, 1, "1"))
                                .transaction(tx("T2", CustomerId.of("UNKNOWN"), 1, "1"))
                                .build()))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("transaction.customerId must be a known customer, was UNKNOWN");
    assertThat(store().export()).isEqualTo(before);
  }

  /**
   * The contact-pressure cap: many threads each try to contact the same customers, counting the
   * delivered contacts of the week in {@code update} and adding one only below the cap. Exactly the
   * cap is reached, never more.
   */
  @Test
  public void aPressureCapCheckedInUpdateHoldsUnderConcurrentWriters() throws Exception {
    store().apply(twoCustomers());
    int cap = 4;
    int threads = 6;
    int attemptsPerThread = 5;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> results = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      results.add(
          pool.submit(
              () -> {
                start.await();
                int sent = 0;
                for (int a = 0; a < attemptsPerThread; a++) {
                  for (CustomerId c : List.of(C1, C2)) {
                    String id = "P" + thread + "-" + a + "-" + c.value();
                    WriteBatch done = store().update(c, view -> capped(view, c, id, cap));
                    sent += done.interactions().size();
                  }
                }
                return sent;
              }));
    }
    start.countDown();
    int sent = 0;
    for (Future<Integer> f : results) {
      sent += f.get(120, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertThat(sent).isEqualTo(2 * cap);
    for (CustomerId c : List.of(C1, C2)) {
      assertThat(store().interactions(c, T0, T0.plusSeconds(7 * 86400))).hasSize(cap);
    }
  }

  /**
   * The decision of a capped contact: an interaction when fewer than {@code cap} were delivered
   * this week, else nothing. Public so that multi-process tests of a store can run the same rule.
   *
   * @param view the store as {@link KnowledgeBaseStore#update} shows it
   * @param customer the customer to contact
   * @param interactionId the id of the new contact
   * @param cap contacts allowed per week
   * @return the batch to apply
   */
  public static WriteBatch capped(
      KnowledgeBaseStore view, CustomerId customer, String interactionId, int cap) {
    long delivered =
        view.interactions(customer, T0, T0.plusSeconds(7 * 86400)).stream()
            .filter(i -> i.status() == InteractionStatus.DELIVERED)
            .count();
    if (delivered >= cap) {
      return WriteBatch.empty();
    }
    return WriteBatch.builder()
        .interaction(
            Interaction.builder(interactionId, customer, Channel.EMAIL, T0.plusSeconds(3600))
                .build())
        .build();
  }

  /** Concurrent writers lose no consent, and readers never see half a batch. */
  @Test
  public void concurrentWritersLoseNothingAndReadersNeverSeeHalfABatch() throws Exception {
    int customers = 4;
    int writers = 4;
    int batches = 15;
    int perBatch = 4;
    WriteBatch.Builder init = WriteBatch.builder();
    for (int c = 0; c < customers; c++) {
      init.customer(Customer.of(CustomerId.of("W" + c)));
    }
    store().apply(init.build());
    ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
    CountDownLatch start = new CountDownLatch(1);
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicInteger torn = new AtomicInteger();
    AtomicInteger reads = new AtomicInteger();
    List<Future<?>> tasks = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      int writer = w;
      tasks.add(
          pool.submit(
              () -> {
                start.await();
                for (int b = 0; b < batches; b++) {
                  CustomerId c = CustomerId.of("W" + ((writer + b) % customers));
                  WriteBatch.Builder batch = WriteBatch.builder();
                  for (int t = 0; t < perBatch; t++) {
                    Instant when = T0.plusSeconds(writer * 100_000L + b * 60L + t);
                    batch.transaction(
                        Transaction.of(
                            "W" + writer + "B" + b + "T" + t, c, when, BigDecimal.ONE, "EUR"));
                    batch.consent(
                        new Consent(c, Purpose.MARKETING, Channel.EMAIL, t % 2 == 0, when, null));
                  }
                  store().apply(batch.build());
                }
                return null;
              }));
    }
    Future<?> reader =
        pool.submit(
            () -> {
              start.await();
              do { // at least one pass, however fast the writers are
                for (int c = 0; c < customers; c++) {
                  CustomerId id = CustomerId.of("W" + c);
                  if (store().transactions(id, Instant.MIN, Instant.MAX).size() % perBatch != 0) {
                    torn.incrementAndGet();
                  }
                  reads.incrementAndGet();
                }
                int[] total = {0};
                store().forEachTransaction(Instant.MIN, Instant.MAX, t -> total[0]++);
                if (total[0] % perBatch != 0) {
                  torn.incrementAndGet();
                }
              } while (writing.get());
              return null;
            });
    start.countDown();
    for (Future<?> f : tasks) {
      f.get(120, TimeUnit.SECONDS);
    }
    writing.set(false);
    reader.get(120, TimeUnit.SECONDS);
    pool.shutdown();
    assertThat(torn.get()).isZero();
    assertThat(reads.get()).isPositive();
    int tx = 0;
    int consents = 0;
    for (int c = 0; c < customers; c++) {
      tx += store().transactions(CustomerId.of("W" + c), Instant.MIN, Instant.MAX).size();
      consents += store().consents(CustomerId.of("W" + c)).size();
    }
    assertThat(tx).isEqualTo(writers * batches * perBatch);
    assertThat(consents).isEqualTo(writers * batches * perBatch);
  }
}
