package org.osicam.examples;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.osicam.core.interact.Action;
import org.osicam.core.interact.Collector;
import org.osicam.core.interact.CustomerState;
import org.osicam.core.interact.Decider;
import org.osicam.core.interact.Decision;
import org.osicam.core.interact.DecisionContext;
import org.osicam.core.interact.ExpectedValue;
import org.osicam.core.interact.InteractionPolicy;
import org.osicam.core.interact.Plan;
import org.osicam.core.interact.PressureCap;
import org.osicam.core.interact.QuietHours;
import org.osicam.core.kb.CustomerKnowledgeBase;
import org.osicam.core.kb.WriteBatch;
import org.osicam.core.model.Channel;
import org.osicam.core.model.Consent;
import org.osicam.core.model.Customer;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.InteractionStatus;
import org.osicam.core.model.Purpose;

/**
 * Interact, Collect, Feed: a policy with two actions, a batch plan, then a real-time decision whose
 * outcome feeds the knowledge base (an unsubscribe withdraws consent at once).
 */
public final class InteractExample {
  private InteractExample() {}

  /** Runs the example; {@code args} are unused. */
  public static void main(String[] args) {
    Instant now = Instant.parse("2024-05-01T10:00:00Z");
    InteractionPolicy policy =
        InteractionPolicy.builder()
            .action(
                Action.builder("vip-call")
                    .channels(Channel.PHONE)
                    .segments("Champions")
                    .value(ExpectedValue.attribute("margin"))
                    .cost(5)
                    .build())
            .action(
                Action.builder("spring-mail")
                    .channels(Channel.EMAIL)
                    .value(12)
                    .cost(0.1)
                    .controlShare(0.1)
                    .build())
            .pressure(PressureCap.of(Channel.EMAIL, 2, Duration.ofDays(7)))
            .quietHours(new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0)))
            .capacity(Channel.PHONE, 100)
            .seed(42)
            .build();

    // batch: one decision per customer, with its reason and refusals
    CustomerId c1 = CustomerId.of("C1");
    CustomerState champion =
        CustomerState.builder(c1)
            .segment("Champions")
            .attribute("margin", 80)
            .consent(
                new Consent(c1, Purpose.MARKETING, Channel.PHONE, true, now.minusSeconds(60), null))
            .build();
    Plan plan = policy.planner("spring-2024").plan(List.of(champion), now);
    Decision d = plan.decisions().get(0);
    System.out.println(
        d.customerId().value() + " -> " + d.actionId().orElse("none") + ": " + d.reason());

    // real time: decide and record the contact in one isolated step (caps hold across processes
    // sharing the base), deliver, collect the outcome
    CustomerKnowledgeBase kb =
        CustomerKnowledgeBase.builder().clock(Clock.fixed(now, ZoneOffset.UTC)).build();
    CustomerId c2 = CustomerId.of("C2");
    kb.apply(
        WriteBatch.builder()
            .customer(Customer.of(c2))
            .consent(
                new Consent(c2, Purpose.MARKETING, Channel.EMAIL, true, now.minusSeconds(60), null))
            .build());
    Decider decider = policy.decider(kb).build();
    Collector collector = Collector.builder(kb).decider(decider).build();
    Decision live = decider.decideAndRecord(c2, DecisionContext.now());
    if (live.contact()) {
      collector.delivered(live, now); // already recorded: opens the response window
      collector.outcome(live, InteractionStatus.UNSUBSCRIBED, now.plusSeconds(30));
    }
    Decision next = decider.decide(c2, DecisionContext.builder().at(now.plusSeconds(60)).build());
    String refused = String.join(";", next.refusedPairs());
    System.out.println("C2 -> " + live.actionId().orElse("none") + ", then " + refused);
  }
}
