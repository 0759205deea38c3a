package org.osicam.metrics.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.osicam.core.InvalidDataException;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.Instrument;
import org.osicam.core.model.SurveyResponse;

class NpsTest {

  @Test
  void scoreOfElevenIsRejectedWithFieldRuleAndValue() {
    assertThatThrownBy(() -> Nps.accumulator().add(11))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("nps.score must be an integer from 0 to 10, was 11");
  }

  @Test
  void addAllNamesTheIndexOfTheBadScore() {
    NpsAccumulator acc = Nps.accumulator();
    assertThatThrownBy(() -> acc.addAll(9, 10, 11, 3))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("nps.score at index 2 must be an integer from 0 to 10, was 11");
  }

  @Test
  void emptyAccumulatorHasNoScoreButACount() {
    NpsResult r = Nps.accumulator().snapshot();
    assertThat(r.count()).isZero();
    assertThatThrownBy(r::nps)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("count()");
  }

  @Test
  void surveyResponseOfAnotherInstrumentIsRejected() {
    SurveyResponse csat =
        new SurveyResponse(
            "R1",
            CustomerId.of("C1"),
            Instrument.CSAT,
            4,
            Instant.parse("2024-01-01T00:00:00Z"),
            null);
    assertThatThrownBy(() -> Nps.accumulator().add(csat))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("surveyResponse.instrument must be nps, was csat");
  }

  @Test
  void surveyResponsesAreCounted() {
    SurveyResponse r =
        new SurveyResponse(
            "R1",
            CustomerId.of("C1"),
            Instrument.NPS,
            10,
            Instant.parse("2024-01-01T00:00:00Z"),
            null);
    assertThat(Nps.accumulator().add(r).snapshot().nps()).isEqualTo(100);
  }

  @Test
  void weightsChangeSharesAndShrinkTheEffectiveSize() {
    // given one promoter weighing 3 and one detractor weighing 1
    NpsResult r = Nps.accumulator().add(10, 3).add(0, 1).snapshot();

    // then shares are weighted and n_eff = 4^2 / (9 + 1) = 1.6
    assertThat(r.count()).isEqualTo(2);
    assertThat(r.nps()).isCloseTo(50, within(1e-9));
    assertThat(r.effectiveCount()).isCloseTo(1.6, within(1e-12));
    assertThat(r.standardError()).isCloseTo(100 * Math.sqrt((1 - 0.25) / 1.6), within(1e-9));
  }

  @Test
  void unitWeightsEqualNoWeights() {
    NpsResult weighted = Nps.accumulator().add(9, 1).add(3, 1).add(7, 1).snapshot();
    NpsResult plain = Nps.accumulator().addAll(9, 3, 7).snapshot();
    assertThat(weighted).isEqualTo(plain);
  }

  @Test
  void badWeightIsRejected() {
    assertThatThrownBy(() -> Nps.accumulator().add(9, 0))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("nps.score.weight must be a positive finite number, was 0.0");
  }

  @Test
  void inconsistentResultIsRejected() {
    assertThatThrownBy(() -> new NpsResult(3, 0, 0, 0, 3))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void waldCannotCompareTwoGroupsWithoutVariance() {
    NpsResult a = NpsResult.ofCounts(0, 0, 5);
    assertThatThrownBy(() -> Nps.compare(a, a, NpsMethod.WALD, 0.95))
        .isInstanceOf(IllegalStateException.class);
    assertThat(Nps.compare(a, a).pValue()).isCloseTo(1.0, within(1e-12));
  }
}
