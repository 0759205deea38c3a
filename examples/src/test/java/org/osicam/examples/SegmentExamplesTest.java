package org.osicam.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The segment and RFM examples of the docs run and print what the docs say. */
class SegmentExamplesTest {

  @Test
  void segmentRules() {
    String out = ExamplesTest.run(() -> SegmentRulesExample.main(new String[0]));
    assertThat(out)
        .contains(
            "{\"and\":[{\"events\":\"purchase\",\"window\":\"P90D\",\"op\":\"ge\",\"value\":2},"
                + "{\"attribute\":\"country\",\"op\":\"in\",\"values\":[\"FR\",\"BE\"]}]}")
        .contains("anne -> active")
        .contains("vip not matched: percentile(clv.value) ge 90 [80] no");
  }

  @Test
  void rfm() {
    String out = ExamplesTest.run(() -> RfmExample.main(new String[0]));
    assertThat(out).contains("thresholds RfmThresholds[r=[").contains("-> Champions");
  }
}
