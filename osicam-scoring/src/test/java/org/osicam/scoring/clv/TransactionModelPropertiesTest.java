package org.osicam.scoring.clv;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;
import org.osicam.testing.BtydSimulator;

/** Invariants over wide random inputs, and parameter recovery on simulated data. */
class TransactionModelPropertiesTest {

  static TransactionModel[] models(double r, double alpha, double a, double b) {
    return new TransactionModel[] {
      BgNbd.of(r, alpha, a, b), ModifiedBgNbd.of(r, alpha, a, b), ParetoNbd.of(r, alpha, a, b)
    };
  }

  @Property(tries = 300)
  void probabilityAliveIsAProbabilityAndExpectationsAreFinite(
      @ForAll @DoubleRange(min = 0.01, max = 50) double r,
      @ForAll @DoubleRange(min = 0.01, max = 1000) double alpha,
      @ForAll @DoubleRange(min = 0.05, max = 50) double a,
      @ForAll @DoubleRange(min = 0.05, max = 50) double b,
      @ForAll @IntRange(min = 0, max = 500) int x,
      @ForAll @DoubleRange(min = 0, max = 1) double recencyShare,
      @ForAll @DoubleRange(min = 0.001, max = 100_000) @Scale(4) double age,
      @ForAll @DoubleRange(min = 0, max = 1000) double horizon) {
    double tx = x == 0 ? 0 : recencyShare * age;
    for (TransactionModel m : models(r, alpha, a, b)) {
      double p = m.probabilityAlive(x, tx, age);
      assertThat(p).as("%s P(alive)", m).isBetween(0.0, 1.0);
      double e = m.expectedPurchases(horizon, x, tx, age);
      assertThat(e).as("%s E[Y]", m).isFinite().isGreaterThanOrEqualTo(0);
    }
  }

  @Property(tries = 200)
  void unconditionalExpectationIncreasesWithTime(
      @ForAll @DoubleRange(min = 0.01, max = 20) double r,
      @ForAll @DoubleRange(min = 0.01, max = 100) double alpha,
      @ForAll @DoubleRange(min = 0.05, max = 20) double a,
      @ForAll @DoubleRange(min = 0.05, max = 20) double b,
      @ForAll @DoubleRange(min = 0.001, max = 10_000) @Scale(4) double t) {
    for (TransactionModel m : models(r, alpha, a, b)) {
      double e1 = m.expectedPurchases(t);
      double e2 = m.expectedPurchases(t * 1.5 + 0.01);
      assertThat(e1).as("%s E[X(%s)]", m, t).isFinite().isGreaterThanOrEqualTo(0);
      assertThat(e2).as("%s E[X] increasing", m).isGreaterThanOrEqualTo(e1 * (1 - 1e-9));
    }
  }

  @Test
  void bgNbdFitRecoversSimulatedParametersWithinTheirStandardErrors() {
    double[] ages = new double[30_000];
    for (int i = 0; i < ages.length; i++) {
      ages[i] = 26 + (i % 13);
    }
    BtydSimulator.Histories h =
        BtydSimulator.discretize(BtydSimulator.bgNbd(0.25, 4.0, 0.8, 2.5, ages, 7L), 1 / 7.0);
    BgNbd m = BgNbd.fitter().fit(CustomerSummaries.of(h.frequency(), h.recency(), h.age()));
    FitReport r = m.fitReport().orElseThrow();
    assertThat(r.converged()).isTrue();
    assertWithin(m.r(), 0.25, r.standardErrors().get("r"));
    assertWithin(m.alpha(), 4.0, r.standardErrors().get("alpha"));
    assertWithin(m.a(), 0.8, r.standardErrors().get("a"));
    assertWithin(m.b(), 2.5, r.standardErrors().get("b"));
  }

  @Test
  void paretoNbdFitRecoversSimulatedParametersWithinTheirStandardErrors() {
    double[] ages = new double[20_000];
    for (int i = 0; i < ages.length; i++) {
      ages[i] = 26 + (i % 13);
    }
    BtydSimulator.Histories h =
        BtydSimulator.discretize(
            BtydSimulator.paretoNbd(0.55, 10.5, 0.6, 11.7, ages, 11L), 1 / 7.0);
    ParetoNbd m = ParetoNbd.fitter().fit(CustomerSummaries.of(h.frequency(), h.recency(), h.age()));
    FitReport r = m.fitReport().orElseThrow();
    assertThat(r.converged()).isTrue();
    assertWithin(m.parameters().get("r"), 0.55, r.standardErrors().get("r"));
    assertWithin(m.parameters().get("alpha"), 10.5, r.standardErrors().get("alpha"));
    assertWithin(m.parameters().get("s"), 0.6, r.standardErrors().get("s"));
    assertWithin(m.parameters().get("beta"), 11.7, r.standardErrors().get("beta"));
  }

  static void assertWithin(double estimate, double truth, double standardError) {
    assertThat(Math.abs(estimate - truth)).isLessThanOrEqualTo(3 * standardError);
  }
}
