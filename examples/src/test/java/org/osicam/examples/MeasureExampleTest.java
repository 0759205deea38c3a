package org.osicam.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MeasureExampleTest {
  @Test
  void runsAndReportsEveryFigure() {
    assertThat(MeasureExample.run())
        .startsWith("gold NPS 60")
        .contains("uplift 3.2 pts")
        .contains("Z_TEST")
        .contains("next test:");
  }
}
