package org.osicam.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UpliftExampleTest {
  @Test
  void reportsUpliftRevenueRoiAndTheNextTestSize() {
    // by hand: treated 84/1000 = 8.4 %, control 13/250 = 5.2 %: +3.2 points; incremental revenue
    // (84 * 80 / 1000 - 13 * 80 / 250) * 1000 = 2560; ROI (2560 - 1500) / 1500 = 0.71
    assertThat(UpliftExample.run())
        .startsWith("uplift 3.2 pts")
        .contains("incremental revenue 2560", "ROI 0.71", "next test:");
  }
}
