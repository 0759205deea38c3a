package org.osicam.examples;

import java.time.LocalDate;
import java.time.Period;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.ScoreKey;
import org.osicam.core.segment.AttributeType;
import org.osicam.core.segment.EvaluationContext;
import org.osicam.core.segment.Membership;
import org.osicam.core.segment.Profile;
import org.osicam.core.segment.Rule;
import org.osicam.core.segment.Schema;
import org.osicam.core.segment.SegmentMap;

/** docs/segments.md: a rule in Java and JSON, a segment map, one customer with explanations. */
public final class SegmentRulesExample {
  private SegmentRulesExample() {}

  /**
   * Runs the example.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    ScoreKey clv = ScoreKey.of("clv.value");
    Schema schema =
        Schema.builder()
            .attribute("country", AttributeType.STRING)
            .attribute("last_purchase", AttributeType.DATE)
            .score(clv)
            .event("purchase")
            .build();
    Rule active =
        Rule.and(
            Rule.events("purchase", Period.ofDays(90)).ge(2),
            Rule.attribute("country").in("FR", "BE"));
    System.out.println(active.toJson());
    SegmentMap map =
        SegmentMap.builder(schema)
            .segment("vip", Rule.percentile(clv).ge(90))
            .segment("active", Rule.fromJson(active.toJson()))
            .segment("lapsed", Rule.daysSince("last_purchase").gt(90))
            .defaultLabel("others")
            .build();
    Profile anne =
        Profile.builder(CustomerId.of("anne"))
            .attribute("country", "FR")
            .attribute("last_purchase", LocalDate.of(2024, 4, 20))
            .score(clv, 120)
            .event("purchase", LocalDate.of(2024, 4, 20))
            .event("purchase", LocalDate.of(2024, 3, 2))
            .build();
    EvaluationContext ctx =
        EvaluationContext.asOf(LocalDate.of(2024, 5, 1))
            .withReference(clv, new double[] {20, 50, 80, 120, 300});
    Membership m = map.assign(anne, ctx);
    System.out.println(m.customerId() + " -> " + m.segment());
    m.explanations().forEach(System.out::println);
  }
}
