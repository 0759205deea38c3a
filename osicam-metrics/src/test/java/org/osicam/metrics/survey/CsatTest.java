package org.osicam.metrics.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.osicam.core.InvalidDataException;
import org.osicam.metrics.Interval;

class CsatTest {

  @Test
  void csatIsTheTopTwoBoxShareNotTheMean() {
    CsatResult r = Csat.accumulator().addAll(5, 4, 4, 3, 1).snapshot();
    assertThat(r.csat()).isCloseTo(60, within(1e-9));
    assertThat(r.mean()).isCloseTo(3.4, within(1e-12));
  }

  @Test
  void wilsonIntervalOfAKnownCase() {
    // 6 of 10 satisfied: Wilson 95 % = (p + z^2/2n ± z sqrt(p q / n + z^2/4n^2)) / (1 + z^2/n),
    // evaluated by hand with z = 1.959964: 0.3127 .. 0.8318
    Interval i =
        Csat.accumulator().addAll(5, 5, 5, 4, 4, 4, 3, 2, 1, 1).snapshot().wilsonInterval(0.95);
    assertThat(i.lower()).isCloseTo(31.27, within(0.01));
    assertThat(i.upper()).isCloseTo(83.18, within(0.01));
  }

  @Test
  void allSatisfiedStillHasAnInterval() {
    Interval i = Csat.accumulator().addAll(5, 5, 5).snapshot().wilsonInterval(0.95);
    assertThat(i.upper()).isEqualTo(100);
    assertThat(i.lower()).isLessThan(100).isGreaterThan(0);
  }

  @Test
  void scoreOfSixIsRejected() {
    assertThatThrownBy(() -> Csat.accumulator().add(6))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("csat.score must be an integer from 1 to 5, was 6");
  }
}
