package org.osicam.core.interact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.osicam.core.kb.CustomerKnowledgeBase;
import org.osicam.core.kb.WriteBatch;
import org.osicam.core.model.Channel;
import org.osicam.core.model.Consent;
import org.osicam.core.model.Customer;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.Interaction;
import org.osicam.core.model.InteractionStatus;
import org.osicam.core.model.Purpose;

/** Many threads deciding for the same few customers never push a customer past a cap. */
class DeciderConcurrencyTest {
  static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");

  @Test
  void capsHoldWithManyThreadsDecidingForTheSameCustomers() throws Exception {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    CustomerKnowledgeBase kb = CustomerKnowledgeBase.builder().clock(clock).build();
    kb.apply(customersWithConsent(CUSTOMERS).build());
    Decider decider = twoCapPolicy().decider(kb).clock(clock).build();
    AtomicInteger contacts = new AtomicInteger();

    inParallel(
        (thread, k) -> {
          Decision d = decider.decide(customer(thread, k));
          if (d.contact()) {
            if (k % 3 == 0) {
              decider.release(d); // not sent: the slot comes back
            } else {
              decider.delivered(d, NOW);
              contacts.incrementAndGet();
            }
          }
        });

    assertThat(decider.reserved()).isZero();
    assertCapsHeld(kb);
    assertThat(contacts.get()).isEqualTo(3 * CUSTOMERS);
  }

  /**
   * Two deciders over one base share no lock stripe, like two processes over one database: only
   * {@link Decider#decideAndRecord} keeps the caps. With {@code decide}, a 1 ms send, then {@code
   * delivered}, this test sends more than the caps allow: each decider's reservation is invisible
   * to the other until the delivered contact is written.
   */
  @Test
  void capsHoldAcrossTwoDecidersThatRecordWithTheDecision() throws Exception {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    CustomerKnowledgeBase kb = CustomerKnowledgeBase.builder().clock(clock).build();
    kb.apply(customersWithConsent(CUSTOMERS).build());
    InteractionPolicy policy = twoCapPolicy();
    List<Decider> deciders =
        List.of(
            policy.decider(kb).clock(clock).decisionIdPrefix("a").build(),
            policy.decider(kb).clock(clock).decisionIdPrefix("b").build());
    AtomicInteger contacts = new AtomicInteger();

    inParallel(
        (thread, k) -> {
          Decider decider = deciders.get((thread + k) % 2);
          Decision d = decider.decideAndRecord(customer(thread, k), DecisionContext.now());
          if (d.contact()) {
            assertThat(d.recorded()).isPresent();
            Thread.sleep(1); // sending takes time
            contacts.incrementAndGet();
          }
        });

    assertCapsHeld(kb);
    assertThat(contacts.get()).isEqualTo(3 * CUSTOMERS);
  }

  @Test
  void aRecordedDecisionIsDeliveredOnceAndCountsForTheReservationPath() {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    CustomerKnowledgeBase kb = CustomerKnowledgeBase.builder().clock(clock).build();
    kb.apply(customersWithConsent(1).build());
    CustomerId id = CustomerId.of("C0");
    Decider decider = twoCapPolicy().decider(kb).clock(clock).build();
    Collector collector = Collector.builder(kb).decider(decider).build();

    Decision reserved = decider.decide(id);
    Decision recorded = decider.decideAndRecord(id, DecisionContext.now());
    Interaction written = recorded.recorded().orElseThrow();
    collector.delivered(recorded, NOW.plusSeconds(60));
    decider.delivered(recorded, NOW.plusSeconds(60));

    assertThat(reserved.recorded()).isEmpty();
    assertThat(recorded.actionId()).contains("mail-promo"); // the reservation left one e-mail
    assertThat(written.id()).isEqualTo(recorded.decisionId() + ":delivered");
    assertThat(written.timestamp()).isEqualTo(NOW);
    assertThat(kb.interactions(id)).containsExactly(written);
    assertThat(collector.openDecisions()).containsExactly(recorded.decisionId());
    decider.delivered(reserved, NOW);
    assertThat(decider.decideAndRecord(id, DecisionContext.now()).actionId()).contains("sms-promo");
    assertThat(decider.decideAndRecord(id, DecisionContext.now()).refusedPairs())
        .containsExactly("mail-promo:pressure", "sms-promo:pressure");
  }

  @Test
  void twoDecidersWithOnePrefixAreCaughtWhenTheyRecord() {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    CustomerKnowledgeBase kb = CustomerKnowledgeBase.builder().clock(clock).build();
    kb.apply(customersWithConsent(1).build());
    CustomerId id = CustomerId.of("C0");
    InteractionPolicy policy = twoCapPolicy();
    policy.decider(kb).clock(clock).build().decideAndRecord(id, DecisionContext.now());
    Decider other = policy.decider(kb).clock(clock).build();

    assertThatThrownBy(() -> other.decideAndRecord(id, DecisionContext.now()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "decision id rt:C0:1 is already in the knowledge base: give each decider sharing it"
                + " its own decisionIdPrefix");
    assertThat(kb.interactions(id)).hasSize(1);
  }

  private static final int CUSTOMERS = 5;

  /** One decision step of a thread: its index and the step's number. */
  private interface Step {
    void run(int thread, int k) throws Exception;
  }

  /** 8 threads, started together, each running 200 steps. */
  private static void inParallel(Step step) throws Exception {
    int threads = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int k = 0; k < 200; k++) {
                    step.run(thread, k);
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> f : futures) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdown();
    }
  }

  private static CustomerId customer(int thread, int k) {
    return CustomerId.of("C" + ((thread + k) % CUSTOMERS));
  }

  /** Every customer got exactly what {@link #twoCapPolicy()} allows: 3 contacts, 2 e-mails. */
  private static void assertCapsHeld(CustomerKnowledgeBase kb) {
    for (int i = 0; i < CUSTOMERS; i++) {
      List<Interaction> delivered =
          kb.interactions(CustomerId.of("C" + i)).stream()
              .filter(x -> x.status() == InteractionStatus.DELIVERED)
              .toList();
      assertThat(delivered.stream().filter(x -> x.channel() == Channel.EMAIL).count()).isEqualTo(2);
      assertThat(delivered).hasSize(3);
    }
  }

  private static WriteBatch.Builder customersWithConsent(int customers) {
    WriteBatch.Builder batch = WriteBatch.builder();
    for (int i = 0; i < customers; i++) {
      CustomerId id = CustomerId.of("C" + i);
      batch.customer(Customer.of(id));
      for (Channel ch : List.of(Channel.EMAIL, Channel.SMS)) {
        batch.consent(new Consent(id, Purpose.MARKETING, ch, true, NOW.minusSeconds(3600), null));
      }
    }
    return batch;
  }

  private static InteractionPolicy twoCapPolicy() {
    return InteractionPolicy.builder()
        .action(Action.builder("mail-promo").channels(Channel.EMAIL).value(10).build())
        .action(Action.builder("sms-promo").channels(Channel.SMS).value(5).build())
        .pressure(PressureCap.of(Channel.EMAIL, 2, Duration.ofDays(7)))
        .pressure(PressureCap.anyChannel(3, Duration.ofDays(30)))
        .build();
  }

  @Test
  void aReservedContactCountsUntilReleased() {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    CustomerKnowledgeBase kb = CustomerKnowledgeBase.builder().clock(clock).build();
    CustomerId id = CustomerId.of("C1");
    kb.apply(
        WriteBatch.builder()
            .customer(Customer.of(id))
            .consent(
                new Consent(id, Purpose.MARKETING, Channel.EMAIL, true, NOW.minusSeconds(5), null))
            .build());
    InteractionPolicy policy =
        InteractionPolicy.builder()
            .action(Action.builder("promo").channels(Channel.EMAIL).value(1).build())
            .pressure(PressureCap.of(Channel.EMAIL, 1, Duration.ofDays(1)))
            .build();
    Decider decider = policy.decider(kb).build();
    Decision first = decider.decide(id);
    assertThat(first.contact()).isTrue();
    Decision second = decider.decide(id);
    assertThat(second.refusedPairs()).containsExactly("promo:pressure");
    decider.release(first);
    assertThat(decider.decide(id).contact()).isTrue();
  }
}
