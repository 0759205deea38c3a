package org.osicam.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.osicam.core.interact.Action;
import org.osicam.core.interact.CustomerState;
import org.osicam.core.interact.ExpectedValue;
import org.osicam.core.interact.InteractionPolicy;
import org.osicam.core.interact.PressureCap;
import org.osicam.core.interact.QuietHours;
import org.osicam.core.model.Channel;
import org.osicam.core.model.Consent;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.Interaction;
import org.osicam.core.model.Purpose;
import org.osicam.core.model.ScoreKey;

/** A seeded campaign: 20 actions over 5 channels and a population with consents and history. */
final class InteractionFixture {
  private InteractionFixture() {}

  static final Instant AS_OF = Instant.parse("2024-05-01T10:00:00Z");
  static final String[] SEGMENTS = {"Champions", "Loyal", "At risk", "New", "Hibernating"};
  static final Channel[] CHANNELS = {
    Channel.EMAIL, Channel.SMS, Channel.PHONE, Channel.PUSH, Channel.MAIL
  };
  static final String[] ZONES = {"Europe/Paris", "Europe/London", "America/New_York", "UTC"};

  static InteractionPolicy policy(int actions, int customers) {
    InteractionPolicy.Builder b = InteractionPolicy.builder().seed(42);
    for (int i = 0; i < actions; i++) {
      Action.Builder a =
          Action.builder("action-" + i)
              .channels(CHANNELS[i % CHANNELS.length])
              .purpose(i % 10 == 9 ? Purpose.SERVICE : Purpose.MARKETING)
              .value(
                  ExpectedValue.product(
                      ExpectedValue.score(ScoreKey.of("propensity." + (i % 4))),
                      ExpectedValue.attribute("margin")))
              .cost(0.05 * (1 + i % 3))
              .controlShare(0.1);
      if (i % 3 == 0) {
        a.segments(SEGMENTS[i % SEGMENTS.length], SEGMENTS[(i + 1) % SEGMENTS.length]);
      }
      if (i % 4 == 0) {
        a.conflictGroup("group-" + (i % 8));
      }
      b.action(a.build());
    }
    b.pressure(PressureCap.of(Channel.EMAIL, 2, Duration.ofDays(7)));
    b.pressure(PressureCap.of(Channel.SMS, 1, Duration.ofDays(7)));
    b.pressure(PressureCap.anyChannel(4, Duration.ofDays(30)));
    b.quietHours(new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0)));
    b.capacity(Channel.PHONE, Math.max(1, customers / 100));
    return b.build();
  }

  static CustomerState customer(SplittableRandom r, int i) {
    CustomerId id = CustomerId.of(String.format("C%08d", i));
    CustomerState.Builder b =
        CustomerState.builder(id)
            .segment(SEGMENTS[r.nextInt(SEGMENTS.length)])
            .timeZone(ZoneId.of(ZONES[r.nextInt(ZONES.length)]))
            .attribute("margin", 5 + r.nextInt(100));
    for (int k = 0; k < 4; k++) {
      b.score(ScoreKey.of("propensity." + k), r.nextDouble());
    }
    for (Channel c : CHANNELS) {
      if (r.nextInt(3) > 0) {
        b.consent(
            new Consent(
                id,
                Purpose.MARKETING,
                c,
                r.nextInt(10) > 0,
                AS_OF.minus(Duration.ofDays(1 + r.nextInt(700))),
                null));
      }
    }
    int contacts = r.nextInt(6);
    for (int k = 0; k < contacts; k++) {
      b.interaction(
          Interaction.builder(
                  id.value() + "-" + k,
                  id,
                  CHANNELS[r.nextInt(CHANNELS.length)],
                  AS_OF.minus(Duration.ofHours(1 + r.nextInt(24 * 45))))
              .actionId("action-" + r.nextInt(20))
              .build());
    }
    return b.build();
  }

  static List<CustomerState> population(int customers, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<CustomerState> out = new ArrayList<>(customers);
    for (int i = 0; i < customers; i++) {
      out.add(customer(r, i));
    }
    return out;
  }
}
