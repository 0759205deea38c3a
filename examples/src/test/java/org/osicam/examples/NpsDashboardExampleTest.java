package org.osicam.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NpsDashboardExampleTest {
  @Test
  void showsEverySegmentWithHandCountedScores() {
    List<String> lines = NpsDashboardExample.run();
    assertThat(lines).hasSize(4);
    // gold: 8 promoters, 1 detractor of 12 -> +58; 10 of 12 satisfied -> 83; ease 72 / 12 = 6.00
    assertThat(lines.get(1)).startsWith("gold").contains("12", "+58", " 83 ", "6.00");
    // silver: 3 promoters, 5 detractors -> -17; 6 of 12 satisfied -> 50; ease 50 / 12 = 4.17
    assertThat(lines.get(2)).startsWith("silver").contains("-17", " 50 ", "4.17");
    // adjusted Wald by hand (3/4, 3/2, 3/4 added): +46.7 vs -13.3 on 15, SE 27.05, z 2.218
    assertThat(lines.get(3)).isEqualTo("gold - silver NPS: +75 points, p = 0.027");
  }
}
