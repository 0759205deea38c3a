package org.osicam.core.interact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.osicam.core.model.Channel;
import org.osicam.core.model.Consent;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.Interaction;
import org.osicam.core.model.InteractionStatus;
import org.osicam.core.model.Purpose;

class PlannerTest {
  static final Instant AS_OF = Instant.parse("2024-05-01T10:00:00Z");

  static CustomerState.Builder customer(String id) {
    return CustomerState.builder(CustomerId.of(id));
  }

  static Consent grant(String id, Channel ch, Instant at) {
    return new Consent(CustomerId.of(id), Purpose.MARKETING, ch, true, at, null);
  }

  static CustomerState.Builder consenting(String id, Channel... channels) {
    CustomerState.Builder b = customer(id);
    for (Channel c : channels) {
      b.consent(grant(id, c, AS_OF.minus(Duration.ofDays(100))));
    }
    return b;
  }

  static Interaction delivered(String customer, String action, Channel ch, Instant at) {
    return Interaction.builder(customer + action + at, CustomerId.of(customer), ch, at)
        .actionId(action)
        .build();
  }

  static Action email(String id, double value) {
    return Action.builder(id).channels(Channel.EMAIL).value(value).build();
  }

  private static Decision one(InteractionPolicy policy, CustomerState c) {
    return policy.planner().plan(List.of(c), AS_OF).decisions().get(0);
  }

  @Test
  void marketingWithoutConsentIsRefusedForConsent() {
    InteractionPolicy policy = InteractionPolicy.builder().action(email("promo", 10)).build();
    Decision d = one(policy, customer("C1").build());
    assertThat(d.actionId()).isEmpty();
    assertThat(d.refusedPairs()).containsExactly("promo:consent");
    assertThat(d.refusals().get(0).detail()).isEqualTo("no marketing consent on email");
    assertThat(d.reason()).isEqualTo("no action left; refused by consent (1)");
  }

  @Test
  void reasonCountsRefusalsAndActionsNotWorthTheirCost() {
    InteractionPolicy policy =
        InteractionPolicy.builder()
            .action(Action.builder("sms-promo").channels(Channel.SMS).value(10).build())
            .action(Action.builder("costly").channels(Channel.EMAIL).value(1).cost(5).build())
            .build();
    Decision d = one(policy, consenting("C1", Channel.EMAIL).build());
    assertThat(d.actionId()).isEmpty();
    assertThat(d.reason()).isEqualTo("no action left; refused by consent (1); not worth it (1)");
  }

  @Test
  void consentExpiryAndWithdrawalAreHonoured() {
    InteractionPolicy policy = InteractionPolicy.builder().action(email("promo", 10)).build();
    CustomerId id = CustomerId.of("C1");
    Consent expired =
        new Consent(
            id,
            Purpose.MARKETING,
            Channel.EMAIL,
            true,
            AS_OF.minus(Duration.ofDays(10)),
            AS_OF.minus(Duration.ofDays(1)));
    assertThat(one(policy, customer("C1").consent(expired).build()).refusals().get(0).detail())
        .contains("expired");
    Consent withdrawn =
        new Consent(id, Purpose.MARKETING, Channel.EMAIL, false, AS_OF.minusSeconds(1), null);
    Decision d =
        one(
            policy,
            customer("C1")
                .consent(grant("C1", Channel.EMAIL, AS_OF.minusSeconds(60)))
                .consent(withdrawn)
                .build());
    assertThat(d.refusals().get(0).detail()).contains("withdrawn");
    // a grant given after the as-of time does not count yet
    assertThat(
            one(
                    policy,
                    customer("C1")
                        .consent(grant("C1", Channel.EMAIL, AS_OF.plusSeconds(1)))
                        .build())
                .actionId())
        .isEmpty();
  }

  @Test
  void serviceMessagesNeedNoConsentAndEscapeMarketingCaps() {
    InteractionPolicy policy =
        InteractionPolicy.builder()
            .action(
                Action.builder("card-expiry")
                    .channels(Channel.EMAIL)
                    .purpose(Purpose.SERVICE)
                    .build())
            .pressure(PressureCap.of(Channel.EMAIL, 0, Duration.ofDays(7)))
            .quietHours(new QuietHours(LocalTime.of(0, 0), LocalTime.of(23, 59)))
            .build();
    Decision d = one(policy, customer("C1").build());
    assertThat(d.actionId()).contains("card-expiry");
    assertThat(d.contact()).isTrue();
  }

  @Test
  void doNotContactRefusesMarketingAndBouncedAlsoService() {
    InteractionPolicy policy =
        InteractionPolicy.builder()
            .action(email("promo", 10))
            .action(
                Action.builder("notice").channels(Channel.EMAIL).purpose(Purpose.SERVICE).build())
            .build();
    Decision manual =
        one(
            policy,
            consenting("C1", Channel.EMAIL)
                .doNotContact(new DoNotContact(null, DoNotContact.Reason.MANUAL))
                .build());
    assertThat(manual.actionId()).contains("notice");
    assertThat(manual.refusals().get(0).detail()).isEqualTo("do-not-contact on email (manual)");
    Decision bounced =
        one(
            policy,
            consenting("C1", Channel.EMAIL)
                .doNotContact(new DoNotContact(Channel.EMAIL, DoNotContact.Reason.BOUNCED))
                .build());
    assertThat(bounced.actionId()).isEmpty();
    assertThat(bounced.refusedPairs()).containsExactly("promo:consent", "notice:consent");
  }

  @Test
  void capsCountDeliveredMarketingContactsInRollingWindowsPerChannelAndAcross() {
    InteractionPolicy policy =
        InteractionPolicy.builder()
            .action(email("promo", 10))
            .action(Action.builder("sms-promo").channels(Channel.SMS).value(5).build())
            .pressure(PressureCap.of(Channel.EMAIL, 2, Duration.ofDays(7)))
            .pressure(PressureCap.anyChannel(3, Duration.ofDays(30)))
            .build();
    CustomerState.Builder b = consenting("C1", Channel.EMAIL, Channel.SMS);
    b.interaction(delivered("C1", "x", Channel.EMAIL, AS_OF.minus(Duration.ofDays(1))));
    b.interaction(delivered("C1", "y", Channel.EMAIL, AS_OF.minus(Duration.ofDays(6))));
    Decision d = one(policy, b.build());
    assertThat(d.actionId()).contains("sms-promo");
    assertThat(d.refusedPairs()).containsExactly("promo:pressure");
    assertThat(d.refusals().get(0).detail())
        .isEqualTo("cap reached: email marketing max 2 per PT168H");
    // one more contact anywhere in 30 days reaches the cross-channel cap
    b.interaction(delivered("C1", "z", Channel.MAIL, AS_OF.minus(Duration.ofDays(20))));
    assertThat(one(policy, b.build()).refusedPairs())
        .containsExactly("promo:pressure", "sms-promo:pressure");
    // outside the window, failed, control and outcome rows do not count
    CustomerState.Builder old = consenting("C2", Channel.EMAIL);
    old.interaction(delivered("C2", "x", Channel.EMAIL, AS_OF.minus(Duration.ofDays(8))));
    old.interaction(delivered("C2", "y", Channel.EMAIL, AS_OF.minus(Duration.ofDays(7))));
    old.interaction(
        Interaction.builder("f", CustomerId.of("C2"), Channel.EMAIL, AS_OF.minusSeconds(5))
            .status(InteractionStatus.FAILED)
            .build());
    old.interaction(
        Interaction.builder("o", CustomerId.of("C2"), Channel.EMAIL, AS_OF.minusSeconds(5))
            .status(InteractionStatus.OPENED)
            .build());
    assertThat(one(policy, old.build()).actionId()).contains("promo");
  }

  @Test
  void quietHoursApplyInTheCustomersTimeZone() {
    InteractionPolicy policy =
        InteractionPolicy.builder()
            .action(email("promo", 10))
            .quietHours(new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0)))
            .build();
    // 10:00 UTC is 19:00 in Tokyo (allowed) and 03:00 in Los Angeles (quiet)
    assertThat(
            one(policy, consenting("C1", Channel.EMAIL).timeZone(ZoneId.of("Asia/Tokyo")).build())
                .actionId())
        .contains("promo");
    Decision la =
        one(
            policy,
            consenting("C1", Channel.EMAIL).timeZone(ZoneId.of("America/Los_Angeles")).build());
    assertThat(la.refusedPairs()).containsExactly("promo:quiet-hours");
  }

  @Test
  void aCustomerChosenPauseStopsMarketing() {
    InteractionPolicy policy = InteractionPolicy.builder().action(email("promo", 10)).build();
    Decision d =
        one(
            policy,
            consenting("C1", Channel.EMAIL)
                .pause(AS_OF.minus(Duration.ofDays(1)), AS_OF.plus(Duration.ofDays(1)))
                .build());
    assertThat(d.refusals().get(0).detail()).isEqualTo("customer paused contacts");
  }

  @Test
  void conflictGroupExcludesOtherActionsOfTheGroupAcrossChannels() {
    InteractionPolicy policy =
        InteractionPolicy.builder()
            .action(
                Action.builder("ten-off")
                    .channels(Channel.EMAIL)
                    .value(10)
                    .conflictGroup("discount")
                    .build())
            .action(
                Action.builder("twenty-off")
                    .channels(Channel.EMAIL)
                    .value(20)
                    .conflictGroup("discount")
                    .build())
            .conflictWindow(Duration.ofDays(14))
            .build();
    CustomerState c =
        consenting("C1", Channel.EMAIL)
            .interaction(delivered("C1", "ten-off", Channel.SMS, AS_OF.minus(Duration.ofDays(3))))
            .build();
    Decision d = one(policy, c);
    assertThat(d.actionId()).contains("ten-off");
    assertThat(d.refusedPairs()).containsExactly("twenty-off:conflict");
  }

  @Test
  void arbitrationPicksHighestNetValueThenCatalogueOrderAndSkipsWorthlessMarketing() {
    InteractionPolicy policy =
        InteractionPolicy.builder()
            .action(Action.builder("a").channels(Channel.EMAIL).value(10).cost(4).build())
            .action(Action.builder("b").channels(Channel.EMAIL).value(7).cost(1).build())
            .action(Action.builder("c").channels(Channel.EMAIL).value(6).build())
            .action(Action.builder("d").channels(Channel.EMAIL).value(1).cost(2).build())
            .build();
    Decision d = one(policy, consenting("C1", Channel.EMAIL).build());
    assertThat(d.actionId()).contains("a");
    assertThat(d.netValue().getAsDouble()).isEqualTo(6.0);
    assertThat(d.reason())
        .isEqualTo("highest net value 6 (value 10 - cost 4) of 3 candidates on email");
  }

  @Test
  void valueFromAttributesAndScoresAndMissingValueIsAnEligibilityRefusal() {
    InteractionPolicy policy =
        InteractionPolicy.builder()
            .action(
                Action.builder("upsell")
                    .channels(Channel.EMAIL)
                    .value(
                        ExpectedValue.product(
                            ExpectedValue.attribute("margin"),
                            ExpectedValue.score(org.osicam.core.model.ScoreKey.of("p.buy"))))
                    .build())
            .build();
    Decision with =
        one(
            policy,
            consenting("C1", Channel.EMAIL)
                .attribute("margin", 50)
                .score(org.osicam.core.model.ScoreKey.of("p.buy"), 0.2)
                .build());
    assertThat(with.expectedValue().getAsDouble()).isEqualTo(10.0);
    Decision without = one(policy, consenting("C1", Channel.EMAIL).attribute("margin", 50).build());
    assertThat(without.refusedPairs()).containsExactly("upsell:eligibility");
    assertThat(without.refusals().get(0).detail())
        .isEqualTo("value not available (margin * score p.buy)");
  }

  @Test
  void segmentsAndEligibilityRulesLimitAnAction() {
    InteractionPolicy policy =
        InteractionPolicy.builder()
            .action(
                Action.builder("vip")
                    .channels(Channel.EMAIL)
                    .segments("Champions")
                    .value(5)
                    .build())
            .action(
                Action.builder("adult")
                    .channels(Channel.EMAIL)
                    .eligibility((c, at) -> c.number("age").orElse(0) >= 18)
                    .value(3)
                    .build())
            .build();
    Decision young =
        one(policy, consenting("C1", Channel.EMAIL).segment("Loyal").attribute("age", 16).build());
    assertThat(young.refusedPairs()).containsExactly("vip:eligibility", "adult:eligibility");
    Decision champion =
        one(
            policy,
            consenting("C1", Channel.EMAIL).segment("Champions").attribute("age", 40).build());
    assertThat(champion.actionId()).contains("vip");
  }

  @Test
  void preferredChannelIsTriedFirst() {
    InteractionPolicy policy =
        InteractionPolicy.builder()
            .action(Action.builder("promo").channels(Channel.EMAIL, Channel.SMS).value(5).build())
            .build();
    CustomerState c =
        consenting("C1", Channel.EMAIL, Channel.SMS).preferredChannel(Channel.SMS).build();
    assertThat(one(policy, c).channel()).contains(Channel.SMS);
    CustomerState noSmsConsent =
        consenting("C2", Channel.EMAIL).preferredChannel(Channel.SMS).build();
    Decision d = one(policy, noSmsConsent);
    assertThat(d.channel()).contains(Channel.EMAIL);
    assertThat(d.refusals()).isEmpty();
  }

  @Test
  void capacityGoesToTheHighestValuesAndOthersFallBack() {
    InteractionPolicy policy =
        InteractionPolicy.builder()
            .action(
                Action.builder("call")
                    .channels(Channel.PHONE)
                    .value(ExpectedValue.attribute("v"))
                    .build())
            .action(Action.builder("mail").channels(Channel.EMAIL).value(1).build())
            .capacity(Channel.PHONE, 2)
            .build();
    List<CustomerState> customers = new ArrayList<>();
    double[] values = {5, 50, 20, 40, 10};
    for (int i = 0; i < values.length; i++) {
      customers.add(
          consenting("C" + i, Channel.PHONE, Channel.EMAIL).attribute("v", values[i]).build());
    }
    Plan plan = policy.planner().plan(customers, AS_OF);
    List<String> chosen = new ArrayList<>();
    plan.decisions()
        .forEach(d -> chosen.add(d.customerId().value() + "=" + d.actionId().orElse("")));
    assertThat(chosen).containsExactly("C0=mail", "C1=call", "C2=mail", "C3=call", "C4=mail");
    assertThat(plan.decisions().get(2).refusedPairs()).containsExactly("call:capacity");
    assertThat(plan.decisions().get(2).reason()).contains("1 better lost capacity");
    assertThat(plan.refused().get(RefusalRule.CAPACITY)).isEqualTo(3);
  }

  @Test
  void controlGroupIsStickyAndNotContacted() {
    InteractionPolicy policy =
        InteractionPolicy.builder()
            .action(
                Action.builder("promo").channels(Channel.EMAIL).value(5).controlShare(0.3).build())
            .seed(7)
            .build();
    List<CustomerState> customers = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      customers.add(consenting("C" + i, Channel.EMAIL).build());
    }
    Plan plan = policy.planner().plan(customers, AS_OF);
    long control = plan.decisions().stream().filter(Decision::control).count();
    assertThat(control).isBetween(540L, 660L);
    assertThat(plan.controls()).isEqualTo(control);
    assertThat(plan.contacts()).isEqualTo(2000 - control);
    for (Decision d : plan.decisions()) {
      assertThat(d.control()).isEqualTo(policy.isControl(d.customerId().value(), "promo"));
      assertThat(d.contact()).isEqualTo(!d.control());
    }
    assertThat(
            plan.decisions().stream().filter(Decision::control).findFirst().orElseThrow().reason())
        .endsWith("; control group (share 0.3)");
  }

  @Test
  void globalHoldoutHoldsCustomersOutOfEveryAction() {
    InteractionPolicy policy =
        InteractionPolicy.builder().action(email("promo", 5)).holdoutShare(0.5).seed(3).build();
    List<CustomerState> customers = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      customers.add(consenting("C" + i, Channel.EMAIL).build());
    }
    Plan plan = policy.planner().plan(customers, AS_OF);
    for (Decision d : plan.decisions()) {
      assertThat(d.holdout()).isEqualTo(policy.isHeldOut(d.customerId().value()));
      assertThat(d.control()).isEqualTo(d.holdout());
    }
    assertThat(plan.controls()).isBetween(160L, 240L);
  }

  @Test
  void actionPlansLimitActionsToTheirSegments() {
    InteractionPolicy policy =
        InteractionPolicy.fromJson(
                "{\"actions\":[{\"id\":\"vip\",\"channel\":\"email\",\"value\":5},"
                    + "{\"id\":\"win-back\",\"channel\":\"email\",\"value\":4},"
                    + "{\"id\":\"news\",\"channel\":\"email\",\"value\":1}],"
                    + "\"plans\":{\"Champions\":[\"vip\"],\"At risk\":[\"win-back\"]}}")
            .build();
    assertThat(policy.action("vip").orElseThrow().segments()).containsExactly("Champions");
    assertThat(one(policy, consenting("C1", Channel.EMAIL).segment("At risk").build()).actionId())
        .contains("win-back");
    assertThat(one(policy, consenting("C1", Channel.EMAIL).segment("New").build()).actionId())
        .contains("news");
  }

  @Test
  void aPlanOnAnExecutorIsTheSameAsOnTheCallingThread() {
    java.util.SplittableRandom r = new java.util.SplittableRandom(5);
    InteractionPolicy policy = PlannerPropertiesTest.randomPolicy(r, 5);
    List<CustomerState> population = PlannerPropertiesTest.randomPopulation(r, 20_000);
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      Plan serial = policy.planner().plan(population, AS_OF);
      Plan parallel = policy.planner().executor(pool).plan(population, AS_OF);
      for (int i = 0; i < population.size(); i++) {
        Decision a = serial.decisions().get(i);
        Decision b = parallel.decisions().get(i);
        assertThat(b.actionId()).isEqualTo(a.actionId());
        assertThat(b.control()).isEqualTo(a.control());
        assertThat(b.reason()).isEqualTo(a.reason());
        assertThat(b.refusedPairs()).isEqualTo(a.refusedPairs());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void progressIsReportedPerChunkThenForTheAllocation() {
    InteractionPolicy policy = InteractionPolicy.builder().action(email("promo", 5)).build();
    List<CustomerState> customers = new ArrayList<>();
    for (int i = 0; i < 9000; i++) {
      customers.add(customer("C" + i).build());
    }
    List<String> reports = new ArrayList<>();
    policy
        .planner()
        .progress((stage, done, total) -> reports.add(stage + " " + done + "/" + total))
        .plan(customers, AS_OF);
    assertThat(reports)
        .containsExactly(
            "evaluate 8192/9000", "evaluate 9000/9000", "allocate 0/1", "allocate 1/1");
  }
}
