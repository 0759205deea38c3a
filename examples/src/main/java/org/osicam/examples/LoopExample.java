package org.osicam.examples;

import java.time.Instant;
import java.time.LocalDate;
import org.osicam.core.interact.Action;
import org.osicam.core.interact.InteractionPolicy;
import org.osicam.core.interact.Plan;
import org.osicam.core.kb.CustomerKnowledgeBase;
import org.osicam.core.model.Channel;
import org.osicam.core.segment.Rule;
import org.osicam.core.segment.Schema;
import org.osicam.core.segment.SegmentMap;
import org.osicam.loop.Osicam;
import org.osicam.testing.SyntheticPopulation;

/** The README quick start: the whole loop through the {@link Osicam} front door. */
public final class LoopExample {
  private LoopExample() {}

  /**
   * Runs the example.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    CustomerKnowledgeBase kb =
        SyntheticPopulation.builder().customers(2_000).build().generate().toKnowledgeBase();
    Osicam osicam = Osicam.builder().knowledgeBase(kb).build();
    LocalDate asOf = LocalDate.of(2024, 1, 31);
    osicam.score(asOf, 26, 0.0); // P(alive), expected purchases, CLV, RFM -> scores
    SegmentMap map =
        SegmentMap.builder(Schema.builder().score(Osicam.P_ALIVE).build())
            .segment("active", Rule.score(Osicam.P_ALIVE).ge(0.5))
            .defaultLabel("lapsed")
            .build();
    System.out.println("segments " + osicam.segment(map, asOf).counts());
    InteractionPolicy policy =
        InteractionPolicy.builder()
            .action(
                Action.builder("offer")
                    .channels(Channel.EMAIL)
                    .segments("active")
                    .value(10)
                    .controlShare(0.2)
                    .build())
            .build();
    Plan plan = osicam.plan(policy, Instant.parse("2024-02-01T10:00:00Z")); // consent checked
    System.out.println("contacts " + plan.contacts() + ", control " + plan.controls());
  }
}
