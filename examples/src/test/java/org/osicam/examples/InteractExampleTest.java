package org.osicam.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InteractExampleTest {
  @Test
  void interactExampleRuns() {
    String out = ExamplesTest.run(() -> InteractExample.main(new String[0]));
    assertThat(out)
        .contains(
            "C1 -> vip-call: highest net value 75 (value 80 - cost 5) of 1 candidate on phone")
        .contains("C2 -> spring-mail, then vip-call:eligibility;spring-mail:consent");
  }
}
