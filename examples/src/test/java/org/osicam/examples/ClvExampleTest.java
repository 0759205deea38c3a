package org.osicam.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClvExampleTest {
  @Test
  void runsAndRecoversTheSimulatedParametersRoughly() {
    String out = ClvExample.run();
    assertThat(out).startsWith("r=0.2").contains("ann: P(alive)=").contains("CLV=");
  }
}
