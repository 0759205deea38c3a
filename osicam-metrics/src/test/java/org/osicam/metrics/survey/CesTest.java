package org.osicam.metrics.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.osicam.core.InvalidDataException;

class CesTest {

  @Test
  void fivePointScaleRejectsSixAndSaysLowIsGood() {
    CesAccumulator acc = Ces.accumulator(CesScale.FIVE_POINT);
    assertThatThrownBy(() -> acc.add(6))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("ces.score must be an integer from 1 to 5, was 6");
    assertThat(CesScale.FIVE_POINT.goodEnd()).isEqualTo("low");
    assertThat(CesScale.SEVEN_POINT.goodEnd()).isEqualTo("high");
  }

  @Test
  void sevenPointScaleRejectsZero() {
    assertThatThrownBy(() -> Ces.accumulator(CesScale.SEVEN_POINT).add(0))
        .hasMessage("ces.score must be an integer from 1 to 7, was 0");
  }

  @Test
  void meanDeviationIntervalAndDistribution() {
    // given 1, 2, 3, 4, 5 on the 7-point scale: mean 3, sample sd sqrt(2.5)
    CesResult r = Ces.accumulator(CesScale.SEVEN_POINT).addAll(1, 2, 3, 4, 5).snapshot();

    assertThat(r.mean()).isCloseTo(3, within(1e-12));
    assertThat(r.standardDeviation()).isCloseTo(Math.sqrt(2.5), within(1e-12));
    assertThat(r.standardError()).isCloseTo(Math.sqrt(0.5), within(1e-12));
    // t(0.975, 4) = 2.776445 (published t tables)
    assertThat(r.interval(0.95).lower()).isCloseTo(3 - 2.776445 * Math.sqrt(0.5), within(1e-5));
    assertThat(r.distribution()).containsExactly(0.2, 0.2, 0.2, 0.2, 0.2, 0.0, 0.0);
    assertThat(r.goodShare()).isCloseTo(0.2, within(1e-12));
  }

  @Test
  void fivePointGoodShareCountsLowEffortAnswers() {
    CesResult r = Ces.accumulator(CesScale.FIVE_POINT).addAll(1, 2, 5, 4).snapshot();
    assertThat(r.goodShare()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void oneAnswerHasAMeanButNoDeviation() {
    CesResult r = Ces.accumulator(CesScale.FIVE_POINT).add(2).snapshot();
    assertThat(r.mean()).isEqualTo(2);
    assertThatThrownBy(r::standardDeviation).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> r.interval(0.95)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void scalesCannotBeMerged() {
    CesAccumulator five = Ces.accumulator(CesScale.FIVE_POINT);
    assertThatThrownBy(() -> five.merge(Ces.accumulator(CesScale.SEVEN_POINT)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parsesScales() {
    assertThat(CesScale.parse("5")).isEqualTo(CesScale.FIVE_POINT);
    assertThat(CesScale.parse("7")).isEqualTo(CesScale.SEVEN_POINT);
    assertThatThrownBy(() -> CesScale.parse("10")).hasMessage("ces.scale must be 5 or 7, was 10");
  }
}
