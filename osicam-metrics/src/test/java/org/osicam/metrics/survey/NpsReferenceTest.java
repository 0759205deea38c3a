package org.osicam.metrics.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.osicam.metrics.Interval;

/**
 * Published NPS figures; every source and tolerance is in {@code
 * src/test/resources/org/osicam/metrics/survey/SOURCES.md}.
 */
class NpsReferenceTest {

  @Test
  void scoresVariancesAndStandardErrorsMatchTheRPackageNps() {
    // given counts (detractors, passives, promoters) from the NPS package tests
    NpsResult a = NpsResult.ofCounts(1, 2, 3);
    NpsResult b = NpsResult.ofCounts(1, 0, 1);
    NpsResult c = NpsResult.ofCounts(0, 1, 1);
    NpsResult d = NpsResult.ofCounts(1, 1, 1);

    // then
    assertThat(a.nps()).isCloseTo(100.0 / 3, within(1e-9));
    assertThat(a.variance()).isCloseTo(5.0 / 9, within(1e-12));
    assertThat(a.standardError()).isCloseTo(30.4, within(0.1));
    assertThat(b.variance()).isCloseTo(1.0, within(1e-12));
    assertThat(b.standardError()).isCloseTo(70.7, within(0.1));
    assertThat(c.variance()).isCloseTo(0.25, within(1e-12));
    assertThat(c.standardError()).isCloseTo(35.4, within(0.1));
    assertThat(d.variance()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(d.standardError()).isCloseTo(47.1, within(0.1));
  }

  @Test
  void oneCategoryHasNoVariance() {
    assertThat(NpsResult.ofCounts(1, 0, 0).nps()).isEqualTo(-100);
    assertThat(NpsResult.ofCounts(0, 0, 1).nps()).isEqualTo(100);
    assertThat(NpsResult.ofCounts(0, 1, 0).nps()).isZero();
    assertThat(NpsResult.ofCounts(0, 1, 0).variance()).isZero();
    assertThat(NpsResult.ofCounts(0, 0, 1).standardError()).isZero();
  }

  @Test
  void rawScoresAreCategorisedAsInTheRPackage() {
    NpsResult r = Nps.accumulator().addAll(0, 7, 7, 9, 9, 9).snapshot();
    assertThat(r.nps()).isCloseTo(100.0 / 3, within(1e-9));
    assertThat(r.standardError()).isCloseTo(30.4, within(0.1));
    assertThat(Nps.accumulator().add(0).snapshot().nps()).isEqualTo(-100);
    assertThat(Nps.accumulator().add(10).snapshot().nps()).isEqualTo(100);
    assertThat(Nps.accumulator().add(7).snapshot().nps()).isZero();
  }

  @Test
  void waldIntervalIsTheScorePlusOrMinusZTimesThePublishedStandardError() {
    // 33.33 ± 1.959964 × 30.4 (published SE, rounded to 0.1 point)
    Interval i = NpsResult.ofCounts(1, 2, 3).waldInterval(0.95);
    assertThat(i.lower()).isCloseTo(100.0 / 3 - 1.959964 * 30.4, within(0.25));
    assertThat(i.upper()).isCloseTo(100.0 / 3 + 1.959964 * 30.4, within(0.25));
  }

  @Test
  void waldAndAdjustedWaldIntervalsOfTheWorkedExample() {
    // given 20 detractors, 30 passives, 50 promoters
    NpsResult r = NpsResult.ofCounts(20, 30, 50);

    // then Wald
    assertThat(r.nps()).isCloseTo(30.0, within(1e-9));
    assertThat(r.variance()).isCloseTo(0.61, within(1e-12));
    assertThat(r.standardError()).isCloseTo(7.81, within(0.005));
    assertThat(r.waldInterval(0.95).lower()).isCloseTo(14.7, within(0.05));
    assertThat(r.waldInterval(0.95).upper()).isCloseTo(45.3, within(0.05));
    // and adjusted Wald: +3/4 detractor, +1 1/2 passive, +3/4 promoter
    assertThat(r.adjustedNps()).isCloseTo(29.13, within(0.005));
    assertThat(r.adjustedWaldInterval(0.95).lower()).isCloseTo(14.1, within(0.05));
    assertThat(r.adjustedWaldInterval(0.95).upper()).isCloseTo(44.2, within(0.05));
  }

  @Test
  void twoSampleTestOfTheWorkedExample() {
    NpsResult a = NpsResult.ofCounts(20, 30, 50);
    NpsResult b = NpsResult.ofCounts(30, 45, 45);

    NpsComparison wald = Nps.compare(a, b, NpsMethod.WALD, 0.95);
    assertThat(wald.difference()).isCloseTo(17.5, within(1e-9));
    assertThat(wald.z()).isCloseTo(1.655, within(0.0005));
    assertThat(wald.pValue()).isCloseTo(0.098, within(0.0005));

    NpsComparison adjusted = Nps.compare(a, b);
    assertThat(adjusted.method()).isEqualTo(NpsMethod.ADJUSTED_WALD);
    assertThat(adjusted.z()).isCloseTo(1.625, within(0.0005));
    assertThat(adjusted.pValue()).isCloseTo(0.104, within(0.0005));
    assertThat(adjusted.interval().contains(adjusted.difference())).isTrue();
  }
}
