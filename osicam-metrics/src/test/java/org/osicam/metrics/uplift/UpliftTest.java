package org.osicam.metrics.uplift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.osicam.core.InvalidDataException;

class UpliftTest {

  @Test
  void labelNeitherTreatmentNorControlIsRejectedNamingTheRow() {
    UpliftAccumulator acc = Uplift.accumulator();
    List<UpliftAccumulator.Outcome> outcomes =
        List.of(
            new UpliftAccumulator.Outcome("treatment", true, 10),
            new UpliftAccumulator.Outcome("holdout", false, 0));
    assertThatThrownBy(() -> acc.addAll(outcomes))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("outcome at index 1: group must be treatment or control, was holdout");
    assertThat(acc.count()).isEqualTo(1);
  }

  @Test
  void emptyControlGroupMeansNoUpliftYet() {
    UpliftResult r = Uplift.accumulator().add(Group.TREATMENT, true).snapshot();
    assertThat(r.comparable()).isFalse();
    assertThatThrownBy(r::uplift)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("comparable()");
  }

  @Test
  void incrementalConversionsRevenueAndRoi() {
    // given 1000 treated with 60 conversions and revenue 6000; 500 control with 20 and 2000
    UpliftAccumulator acc = Uplift.accumulator();
    for (int i = 0; i < 1000; i++) {
      acc.add(Group.TREATMENT, i < 60, i < 60 ? 100 : 0);
    }
    for (int i = 0; i < 500; i++) {
      acc.add(Group.CONTROL, i < 20, i < 20 ? 100 : 0);
    }
    acc.addCost(1000);
    UpliftResult r = acc.snapshot();

    // then
    assertThat(r.uplift()).isCloseTo(0.02, within(1e-12));
    assertThat(r.relativeUplift().orElseThrow()).isCloseTo(0.5, within(1e-12));
    assertThat(r.incrementalConversions()).isCloseTo(20, within(1e-9));
    assertThat(r.incrementalRevenue()).isCloseTo(2000, within(1e-9));
    assertThat(r.roi().orElseThrow()).isCloseTo(1.0, within(1e-12));
    assertThat(r.test().method()).isEqualTo(TestMethod.Z_TEST);
  }

  @Test
  void roiIsAbsentWithoutCost() {
    UpliftResult r =
        Uplift.accumulator().add(Group.TREATMENT, true, 5).add(Group.CONTROL, false).snapshot();
    assertThat(r.roi()).isEmpty();
  }

  @Test
  void welchTestOnRevenuePerCustomer() {
    // expected from scipy.stats.ttest_ind(equal_var=False): t 1.358135, df 4.398489,
    // p 0.239918, 95 % CI -7.543049 .. 23.043049
    UpliftAccumulator acc = Uplift.accumulator();
    for (double v : new double[] {10, 0, 0, 30, 5}) {
      acc.add(Group.TREATMENT, v > 0, v);
    }
    for (double v : new double[] {0, 0, 5, 0}) {
      acc.add(Group.CONTROL, v > 0, v);
    }
    RevenueComparison c = acc.snapshot().revenueComparison(0.95);
    assertThat(c.difference()).isCloseTo(7.75, within(1e-12));
    assertThat(c.t()).isCloseTo(1.358135, within(1e-6));
    assertThat(c.degreesOfFreedom()).isCloseTo(4.398489, within(1e-6));
    assertThat(c.pValue()).isCloseTo(0.239918, within(1e-6));
    assertThat(c.interval().lower()).isCloseTo(-7.543049, within(1e-5));
    assertThat(c.interval().upper()).isCloseTo(23.043049, within(1e-5));
  }

  @Test
  void minimumExpectedCellDecidesTheTest() {
    assertThat(ProportionTests.minimumExpectedCell(3, 4, 1, 4)).isEqualTo(2);
    assertThat(ProportionTests.test(40, 100, 30, 100).method()).isEqualTo(TestMethod.Z_TEST);
    assertThat(ProportionTests.test(1, 100, 3, 100).method()).isEqualTo(TestMethod.FISHER_EXACT);
  }

  @Test
  void noVarianceGivesNoEvidence() {
    assertThat(ProportionTests.zTest(0, 10, 0, 10).pValue()).isEqualTo(1.0);
    assertThat(ProportionTests.test(0, 10, 0, 10).pValue()).isEqualTo(1.0);
  }

  @Test
  void planHoldsOutTheRequestedShare() {
    SampleSizePlan plan = SampleSize.plan(0.05, 0.01, 0.05, 0.8, 0.2);
    assertThat((double) plan.control() / plan.total()).isCloseTo(0.2, within(0.001));
    assertThat(SampleSize.power(0.05, 0.06, plan.treatment(), plan.control(), 0.05))
        .isGreaterThanOrEqualTo(0.8);
    assertThat(SampleSize.power(0.05, 0.06, plan.treatment() - 10, plan.control() - 10, 0.05))
        .isLessThan(0.8);
  }
}
