package org.osicam.core.interact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.osicam.core.model.Channel;
import org.osicam.core.model.Consent;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.Interaction;
import org.osicam.core.model.InteractionStatus;
import org.osicam.core.model.Purpose;

/** Invariants of batch planning over random populations, histories, consents and policies. */
class PlannerPropertiesTest {
  static final Instant AS_OF = Instant.parse("2024-05-01T10:00:00Z");
  static final Channel[] CH = Channel.values();
  static final String[] ZONES = {"UTC", "Europe/Paris", "America/New_York", "Asia/Tokyo"};

  static InteractionPolicy randomPolicy(SplittableRandom r, long seed) {
    InteractionPolicy.Builder b = InteractionPolicy.builder().seed(seed);
    int n = 1 + r.nextInt(8);
    for (int i = 0; i < n; i++) {
      Action.Builder a =
          Action.builder("a" + i)
              .channels(CH[r.nextInt(CH.length)])
              .purpose(r.nextInt(5) == 0 ? Purpose.SERVICE : Purpose.MARKETING)
              .value(ExpectedValue.attribute("v" + (i % 3)))
              .cost(r.nextInt(3));
      if (r.nextBoolean()) {
        a.conflictGroup("g" + r.nextInt(2));
      }
      if (r.nextBoolean()) {
        a.controlShare(r.nextDouble() * 0.5);
      }
      b.action(a.build());
    }
    b.pressure(
        PressureCap.of(CH[r.nextInt(CH.length)], r.nextInt(3), Duration.ofDays(1 + r.nextInt(10))));
    b.pressure(PressureCap.anyChannel(r.nextInt(5), Duration.ofDays(1 + r.nextInt(40))));
    if (r.nextBoolean()) {
      b.quietHours(new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0)));
    }
    if (r.nextBoolean()) {
      b.capacity(CH[r.nextInt(CH.length)], r.nextInt(20));
    }
    if (r.nextInt(3) == 0) {
      b.holdoutShare(0.1);
    }
    return b.build();
  }

  static List<CustomerState> randomPopulation(SplittableRandom r, int n) {
    List<CustomerState> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = "C" + i;
      CustomerId cid = CustomerId.of(id);
      CustomerState.Builder b =
          CustomerState.builder(cid).timeZone(ZoneId.of(ZONES[r.nextInt(ZONES.length)]));
      for (int k = 0; k < 3; k++) {
        if (r.nextInt(4) > 0) {
          b.attribute("v" + k, r.nextInt(100) - 10);
        }
      }
      int consents = r.nextInt(6);
      for (int k = 0; k < consents; k++) {
        Instant at = AS_OF.minus(Duration.ofHours(r.nextInt(24 * 400) - 24 * 10));
        Instant expires =
            r.nextBoolean() ? null : at.plus(Duration.ofHours(1 + r.nextInt(24 * 200)));
        b.consent(
            new Consent(
                cid,
                r.nextInt(4) == 0 ? Purpose.SERVICE : Purpose.MARKETING,
                CH[r.nextInt(CH.length)],
                r.nextInt(3) > 0,
                at,
                expires));
      }
      int contacts = r.nextInt(8);
      for (int k = 0; k < contacts; k++) {
        Instant at = AS_OF.minus(Duration.ofHours(r.nextInt(24 * 60)));
        b.interaction(
            Interaction.builder(id + "-" + k, cid, CH[r.nextInt(CH.length)], at)
                .actionId("a" + r.nextInt(8))
                .purpose(r.nextInt(4) == 0 ? Purpose.SERVICE : Purpose.MARKETING)
                .status(r.nextInt(4) == 0 ? InteractionStatus.OPENED : InteractionStatus.DELIVERED)
                .build());
      }
      if (r.nextInt(10) == 0) {
        b.doNotContact(
            new DoNotContact(
                r.nextBoolean() ? null : CH[r.nextInt(CH.length)],
                DoNotContact.Reason.values()[r.nextInt(4)]));
      }
      out.add(b.build());
    }
    return out;
  }

  /** The consent rule written independently of the engine: latest row at or before as-of wins. */
  static boolean validConsent(CustomerState c, Channel ch) {
    Consent latest = null;
    for (Consent k : c.consents()) {
      if (k.purpose() != Purpose.MARKETING || k.channel() != ch || k.timestamp().isAfter(AS_OF)) {
        continue;
      }
      if (latest == null
          || k.timestamp().isAfter(latest.timestamp())
          || (k.timestamp().equals(latest.timestamp()) && !k.granted())) {
        latest = k;
      }
    }
    boolean dnc = c.doNotContact().stream().anyMatch(d -> d.covers(ch));
    return latest != null && latest.validAt(AS_OF) && !dnc;
  }

  @Property(tries = 200)
  void noMarketingContactWithoutValidConsent(@ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    InteractionPolicy policy = randomPolicy(r, seed);
    List<CustomerState> population = randomPopulation(r, 30);
    for (Decision d : policy.planner().plan(population, AS_OF).decisions()) {
      if (d.actionId().isPresent() && d.purpose().orElseThrow() == Purpose.MARKETING) {
        CustomerState c = population.get(Integer.parseInt(d.customerId().value().substring(1)));
        assertThat(validConsent(c, d.channel().orElseThrow())).as(d.toString()).isTrue();
      }
    }
  }

  @Property(tries = 200)
  void capsAreNeverExceededByAPlannedContact(@ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    InteractionPolicy policy = randomPolicy(r, seed);
    List<CustomerState> population = randomPopulation(r, 30);
    for (Decision d : policy.planner().plan(population, AS_OF).decisions()) {
      if (!d.contact()) {
        continue;
      }
      CustomerState c = population.get(Integer.parseInt(d.customerId().value().substring(1)));
      Channel ch = d.channel().orElseThrow();
      for (PressureCap cap : policy.pressure()) {
        if (cap.purpose() != d.purpose().orElseThrow()
            || (cap.channel() != null && cap.channel() != ch)) {
          continue;
        }
        long count =
            c.history().stream()
                .filter(i -> i.status() == InteractionStatus.DELIVERED && !i.control())
                .filter(i -> i.purpose() == cap.purpose())
                .filter(i -> cap.channel() == null || i.channel() == cap.channel())
                .filter(i -> i.timestamp().isAfter(AS_OF.minus(cap.window())))
                .filter(i -> !i.timestamp().isAfter(AS_OF))
                .count();
        assertThat(count + 1).as(cap + " for " + d).isLessThanOrEqualTo(cap.max());
      }
    }
  }

  @Property(tries = 100)
  void controlMembershipDoesNotDependOnTheBatch(@ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    InteractionPolicy policy = randomPolicy(r, seed);
    List<CustomerState> population = randomPopulation(r, 40);
    Map<String, Decision> whole = byId(policy.planner().plan(population, AS_OF));
    List<CustomerState> subset = new ArrayList<>(population.subList(0, 20));
    Collections.shuffle(subset, new java.util.Random(seed));
    for (Decision d : policy.planner().plan(subset, AS_OF).decisions()) {
      Decision w = whole.get(d.customerId().value());
      if (d.actionId().equals(w.actionId())) {
        assertThat(d.control()).isEqualTo(w.control());
      }
      d.actionId()
          .ifPresent(
              a ->
                  assertThat(d.control())
                      .isEqualTo(
                          policy.isHeldOut(d.customerId().value())
                              || policy.isControl(d.customerId().value(), a)));
    }
  }

  @Property(tries = 100)
  void sameInputAndSeedGiveTheSamePlan(@ForAll long seed) {
    List<String> first = render(seed);
    assertThat(render(seed)).isEqualTo(first);
  }

  private static List<String> render(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    InteractionPolicy policy = randomPolicy(r, seed);
    List<String> out = new ArrayList<>();
    for (Decision d : policy.planner().plan(randomPopulation(r, 30), AS_OF).decisions()) {
      out.add(
          d.customerId().value()
              + ","
              + d.actionId().orElse("")
              + ","
              + d.channel().map(Channel::key).orElse("")
              + ","
              + d.control()
              + ","
              + d.reason()
              + ","
              + d.refusedPairs());
    }
    return out;
  }

  @Property(tries = 200)
  void capacityIsRespectedAndGoesToTheHighestValues(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 30) int capacity) {
    SplittableRandom r = new SplittableRandom(seed);
    InteractionPolicy policy =
        InteractionPolicy.builder()
            .action(
                Action.builder("call")
                    .channels(Channel.PHONE)
                    .value(ExpectedValue.attribute("v"))
                    .controlShare(0.2)
                    .build())
            .capacity(Channel.PHONE, capacity)
            .seed(seed)
            .build();
    List<CustomerState> population = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      CustomerState.Builder b =
          CustomerState.builder(CustomerId.of("C" + i)).attribute("v", 1 + r.nextInt(50));
      if (r.nextInt(5) > 0) {
        b.consent(
            new Consent(
                CustomerId.of("C" + i),
                Purpose.MARKETING,
                Channel.PHONE,
                true,
                AS_OF.minusSeconds(9),
                null));
      }
      population.add(b.build());
    }
    Plan plan = policy.planner().plan(population, AS_OF);
    assertThat(plan.contacts()).isLessThanOrEqualTo(capacity);
    double lowestServed = Double.POSITIVE_INFINITY;
    double highestRefused = Double.NEGATIVE_INFINITY;
    for (Decision d : plan.decisions()) {
      double v =
          population
              .get(Integer.parseInt(d.customerId().value().substring(1)))
              .number("v")
              .getAsDouble();
      if (d.actionId().isPresent()) {
        lowestServed = Math.min(lowestServed, v);
      } else if (d.refusedPairs().contains("call:capacity")) {
        highestRefused = Math.max(highestRefused, v);
      }
    }
    assertThat(highestRefused).isLessThanOrEqualTo(lowestServed);
    long eligible =
        plan.decisions().stream().filter(d -> !d.refusedPairs().contains("call:consent")).count();
    if (eligible > capacity * 2L) {
      assertThat(plan.contacts()).isEqualTo(capacity);
    }
  }

  private static Map<String, Decision> byId(Plan plan) {
    Map<String, Decision> m = new HashMap<>();
    plan.decisions().forEach(d -> m.put(d.customerId().value(), d));
    return m;
  }
}
