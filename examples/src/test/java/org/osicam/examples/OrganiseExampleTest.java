package org.osicam.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganiseExampleTest {
  @Test
  void consolidatesExplainsAddsAndErases() {
    assertThat(OrganiseExample.run())
        .contains("Anne: 3 records, phone +33612345678")
        .contains("call centre joined yes")
        .contains("erased 3 records");
  }
}
