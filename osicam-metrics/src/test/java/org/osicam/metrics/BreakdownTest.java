package org.osicam.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osicam.metrics.survey.Nps;
import org.osicam.metrics.survey.NpsAccumulator;
import org.osicam.metrics.survey.NpsResult;

class BreakdownTest {

  @Test
  void groupsKeepFirstSeenOrderAndOverallMergesThem() {
    Breakdown<String, NpsAccumulator, NpsResult> b = Breakdown.of(Nps::accumulator);
    b.group("gold").addAll(10, 9);
    b.group("silver").addAll(3);
    b.group("gold").add(7);

    Map<String, NpsResult> groups = b.snapshot();
    assertThat(groups.keySet()).containsExactly("gold", "silver");
    assertThat(groups.get("gold").count()).isEqualTo(3);
    assertThat(b.overall()).isEqualTo(Nps.accumulator().addAll(10, 9, 3, 7).snapshot());
  }

  @Test
  void mergeAndRollUp() {
    Breakdown<String, NpsAccumulator, NpsResult> a = Breakdown.of(Nps::accumulator);
    a.group("gold/email").add(10);
    Breakdown<String, NpsAccumulator, NpsResult> b = Breakdown.of(Nps::accumulator);
    b.group("gold/sms").add(0);
    b.group("silver/sms").add(8);
    a.merge(b);
    assertThat(a.size()).isEqualTo(3);

    Map<String, NpsResult> bySegment = a.rollUp(k -> k.substring(0, k.indexOf('/'))).snapshot();
    assertThat(bySegment.get("gold").nps()).isZero();
    assertThat(bySegment.get("silver").count()).isEqualTo(1);
  }
}
