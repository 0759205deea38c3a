package org.osicam.core.interact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osicam.core.event.CustomerEvent;
import org.osicam.core.event.EventType;
import org.osicam.core.kb.CustomerKnowledgeBase;
import org.osicam.core.kb.WriteBatch;
import org.osicam.core.model.Channel;
import org.osicam.core.model.Consent;
import org.osicam.core.model.Customer;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.Interaction;
import org.osicam.core.model.InteractionStatus;
import org.osicam.core.model.Purpose;

class CollectorTest {
  static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
  final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  final CustomerId id = CustomerId.of("C1");

  CustomerKnowledgeBase kb(Channel... consented) {
    CustomerKnowledgeBase kb = CustomerKnowledgeBase.builder().clock(clock).build();
    WriteBatch.Builder b = WriteBatch.builder().customer(Customer.of(id));
    for (Channel c : consented) {
      b.consent(new Consent(id, Purpose.MARKETING, c, true, NOW.minus(Duration.ofDays(30)), null));
    }
    kb.apply(b.build());
    return kb;
  }

  static InteractionPolicy.Builder promos() {
    return InteractionPolicy.builder()
        .action(Action.builder("promo").channels(Channel.EMAIL, Channel.SMS).value(10).build());
  }

  @Test
  void unsubscribeWithdrawsConsentAtOnce() {
    CustomerKnowledgeBase kb = kb(Channel.EMAIL);
    Decider decider = promos().build().decider(kb).build();
    Collector collector = Collector.builder(kb).decider(decider).build();
    Decision d = decider.decide(id);
    collector.delivered(d, NOW);
    FeedResult r = collector.outcome(d, InteractionStatus.UNSUBSCRIBED, NOW.plusSeconds(60));
    assertThat(r.consentWithdrawn()).isTrue();
    Decision next = decider.decide(id, DecisionContext.builder().at(NOW.plusSeconds(61)).build());
    assertThat(next.actionId()).isEmpty();
    assertThat(next.refusals().get(0).detail()).isEqualTo("marketing consent on email withdrawn");
    // the log holds the delivery and the outcome, tied to the decision
    List<Interaction> log = kb.interactions(id);
    assertThat(log)
        .extracting(Interaction::status)
        .containsExactly(InteractionStatus.DELIVERED, InteractionStatus.UNSUBSCRIBED);
    assertThat(log)
        .allMatch(i -> d.decisionId().equals(i.decisionId()) && "promo".equals(i.actionId()));
  }

  @Test
  void responsesTeachThePreferredChannelWhichTheNextDecisionUses() {
    CustomerKnowledgeBase kb = kb(Channel.EMAIL, Channel.SMS);
    Decider decider = promos().build().decider(kb).build();
    Collector collector = Collector.builder(kb).decider(decider).build();
    Interaction smsClick =
        Interaction.builder("ext-1", id, Channel.SMS, NOW.minusSeconds(100))
            .status(InteractionStatus.CLICKED)
            .build();
    FeedResult r = collector.record(smsClick);
    assertThat(r.preferredChannelIfChanged()).contains(Channel.SMS);
    assertThat(kb.score(id, CustomerState.PREFERRED_CHANNEL).orElseThrow().label())
        .isEqualTo("sms");
    assertThat(decider.decide(id).channel()).contains(Channel.SMS);
  }

  @Test
  void noReactionIsRecordedWhenTheResponseWindowEnds() {
    CustomerKnowledgeBase kb = kb(Channel.EMAIL);
    Decider decider = promos().build().decider(kb).build();
    Collector collector =
        Collector.builder(kb).decider(decider).responseWindow(Duration.ofDays(7)).build();
    Decision d = decider.decide(id);
    collector.delivered(d, NOW);
    assertThat(collector.closeResponseWindows(NOW.plus(Duration.ofDays(6)))).isEmpty();
    List<Interaction> closed = collector.closeResponseWindows(NOW.plus(Duration.ofDays(7)));
    assertThat(closed)
        .singleElement()
        .extracting(Interaction::status)
        .isEqualTo(InteractionStatus.NO_REACTION);
    assertThat(collector.openDecisions()).isEmpty();
    // a reaction closes the window early
    Decision again =
        decider.decide(id, DecisionContext.builder().at(NOW.plus(Duration.ofDays(8))).build());
    collector.delivered(again, NOW.plus(Duration.ofDays(8)));
    collector.outcome(again, InteractionStatus.OPENED, NOW.plus(Duration.ofDays(9)));
    assertThat(collector.closeResponseWindows(NOW.plus(Duration.ofDays(30)))).isEmpty();
  }

  @Test
  void triggersFireOnceWithinTheirWindowAndFeedLoopsStop() {
    CustomerKnowledgeBase kb = kb(Channel.EMAIL);
    InteractionPolicy policy =
        InteractionPolicy.builder()
            .action(Action.builder("welcome-vip").channels(Channel.EMAIL).value(3).build())
            .action(Action.builder("thanks").channels(Channel.EMAIL).value(2).build())
            .trigger(
                new EventTrigger(
                    "vip",
                    EventType.SEGMENT_MOVE,
                    Map.of("to", "Champions"),
                    "welcome-vip",
                    Duration.ofDays(2)))
            .trigger(
                new EventTrigger(
                    "any-move", EventType.SEGMENT_MOVE, Map.of(), "thanks", Duration.ofDays(2)))
            .triggerCooldown(Duration.ofDays(1))
            .build();
    Decider decider = policy.decider(kb).clock(clock).build();
    // the listener "re-segments" on every outcome and reports a move: a loop if nothing stopped it
    Collector collector =
        Collector.builder(kb)
            .decider(decider)
            .listener(
                (k, customer, outcome) ->
                    List.of(
                        new CustomerEvent(
                            customer,
                            EventType.SEGMENT_MOVE,
                            NOW,
                            Map.of("to", "Champions"),
                            Map.of())))
            .build();
    CustomerEvent move =
        new CustomerEvent(
            id, EventType.SEGMENT_MOVE, NOW.minusSeconds(60), Map.of("to", "Champions"), Map.of());
    CustomerEvent stale =
        new CustomerEvent(
            id,
            EventType.SEGMENT_MOVE,
            NOW.minus(Duration.ofDays(3)),
            Map.of("to", "Champions"),
            Map.of());
    assertThat(decider.onEvent(stale)).isEmpty();
    Decision d = decider.onEvent(move).orElseThrow();
    assertThat(d.actionId()).contains("welcome-vip");
    assertThat(d.decisionId()).contains(":trigger:vip:");
    FeedResult fed = collector.delivered(d, NOW);
    assertThat(fed.events()).hasSize(1);
    assertThat(fed.triggered()).isEmpty(); // once only for "vip", cooldown for "any-move"
    assertThat(decider.onEvent(move)).isEmpty();
  }

  @Test
  void controlDecisionsAreLoggedWithTheControlFlagAndDoNotCountAsContacts() {
    CustomerKnowledgeBase kb = kb(Channel.EMAIL);
    InteractionPolicy policy =
        InteractionPolicy.builder()
            .action(
                Action.builder("promo")
                    .channels(Channel.EMAIL)
                    .value(1)
                    .controlShare(0.999)
                    .build())
            .pressure(PressureCap.of(Channel.EMAIL, 1, Duration.ofDays(1)))
            .build();
    Decider decider = policy.decider(kb).build();
    Collector collector = Collector.builder(kb).decider(decider).build();
    Decision d = decider.decide(id);
    assertThat(d.control()).isTrue();
    collector.control(d, NOW);
    assertThat(kb.interactions(id)).singleElement().matches(Interaction::control);
    assertThat(decider.decide(id).refusedPairs()).isEmpty();
  }

  @Test
  void aResponseReSegmentsTheCustomerWhoseMoveFiresATrigger() {
    CustomerKnowledgeBase kb = kb(Channel.EMAIL);
    org.osicam.core.segment.SegmentMap map =
        org.osicam.core.segment.SegmentMap.builder(
                org.osicam.core.segment.Schema.builder().event("clicked").build())
            .segment(
                "Engaged",
                org.osicam.core.segment.Rule.events("clicked", java.time.Period.ofDays(30)).ge(1))
            .defaultLabel("Quiet")
            .build();
    org.osicam.core.model.ScoreKey key = org.osicam.core.model.ScoreKey.of("segment.engagement");
    kb.apply(
        WriteBatch.builder()
            .score(new org.osicam.core.model.Score(id, key, -1, "Quiet", NOW.minusSeconds(3600)))
            .build());
    InteractionPolicy policy =
        promos()
            .action(Action.builder("welcome-engaged").channels(Channel.EMAIL).value(1).build())
            .trigger(
                new EventTrigger(
                    "engaged",
                    EventType.SEGMENT_MOVE,
                    Map.of("to", "Engaged"),
                    "welcome-engaged",
                    Duration.ofDays(1)))
            .build();
    Decider decider = policy.decider(kb).clock(clock).build();
    Collector collector =
        Collector.builder(kb)
            .decider(decider)
            .listener(FeedListener.resegment(map, key, Duration.ofDays(90)))
            .build();
    Decision d = decider.decide(id, DecisionContext.builder().at(NOW.minusSeconds(600)).build());
    collector.delivered(d, NOW.minusSeconds(600));
    FeedResult r = collector.outcome(d, InteractionStatus.CLICKED, NOW.minusSeconds(60));
    assertThat(r.events())
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.labels())
                    .containsEntry("from", "Quiet")
                    .containsEntry("to", "Engaged"));
    assertThat(kb.score(id, key).orElseThrow().label()).isEqualTo("Engaged");
    assertThat(r.triggered())
        .singleElement()
        .satisfies(t -> assertThat(t.actionId()).contains("welcome-engaged"));
  }
}
