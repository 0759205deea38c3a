package org.osicam.scoring.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** BG/NBD on CDNOW against the published figures listed in SOURCES.md. */
class BgNbdReferenceTest {
  static CustomerSummaries cdnow;
  static BgNbd fitted;

  /** BTYD walkthrough full-precision estimates. */
  static final BgNbd WALKTHROUGH = BgNbd.of(0.2425982, 4.4136842, 0.7929899, 2.4261667);

  @BeforeAll
  static void fit() {
    cdnow = Cdnow.summary();
    fitted = BgNbd.fitter().fit(cdnow);
  }

  @Test
  void fitReproducesThePublishedParametersAndLogLikelihood() {
    assertThat(fitted.r()).isCloseTo(0.243, within(0.0005));
    assertThat(fitted.alpha()).isCloseTo(4.414, within(0.0005));
    assertThat(fitted.a()).isCloseTo(0.793, within(0.0005));
    assertThat(fitted.b()).isCloseTo(2.426, within(0.0005));
    assertThat(fitted.r()).isCloseTo(0.242593, within(1e-5));
    assertThat(fitted.alpha()).isCloseTo(4.413532, within(1e-4));
    assertThat(fitted.a()).isCloseTo(0.792886, within(1e-4));
    assertThat(fitted.b()).isCloseTo(2.425752, within(1e-4));
    FitReport r = fitted.fitReport().orElseThrow();
    assertThat(r.logLikelihood()).isCloseTo(-9582.4256, within(0.001));
    assertThat(r.converged()).isTrue();
    assertThat(r.customers()).isEqualTo(2357);
  }

  @Test
  void standardErrorsMatchTheObservedInformation() {
    FitReport r = fitted.fitReport().orElseThrow();
    assertThat(r.standardErrors().get("r")).isCloseTo(0.012557, within(0.012557 * 1e-3));
    assertThat(r.standardErrors().get("alpha")).isCloseTo(0.378221, within(0.378221 * 1e-3));
    assertThat(r.standardErrors().get("a")).isCloseTo(0.185719, within(0.185719 * 1e-3));
    assertThat(r.standardErrors().get("b")).isCloseTo(0.705345, within(0.705345 * 1e-3));
  }

  @Test
  void workedExampleCustomerExpects1226PurchasesIn39Weeks() {
    assertThat(fitted.expectedPurchases(39, 2, 30.43, 38.86)).isCloseTo(1.226, within(0.001));
    assertThat(fitted.probabilityAlive(2, 30.43, 38.86)).isCloseTo(0.7266, within(1e-4));
  }

  @Test
  void unconditionalExpectationMatchesLifetimesAndBtyd() {
    double[] t = {0.1429, 1, 3, 31.8571, 32, 78};
    double[] expected = {0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576};
    for (int i = 0; i < t.length; i++) {
      assertThat(fitted.expectedPurchases(t[i])).isCloseTo(expected[i], within(1.5e-3));
    }
    assertThat(WALKTHROUGH.expectedPurchases(52)).isCloseTo(1.444004, within(1e-5));
  }

  @Test
  void walkthroughCustomer1516AndTheIncreasingFrequencyParadox() {
    assertThat(WALKTHROUGH.expectedPurchases(52, 26, 30.85714, 31))
        .isCloseTo(25.75659, within(1e-4));
    assertThat(WALKTHROUGH.probabilityAlive(26, 30.85714, 31)).isCloseTo(0.9688523, within(1e-6));
    double[] x = {10, 15, 20, 25};
    double[] expected = {0.3474606, 0.04283391, 0.004158973, 0.0003583685};
    for (int i = 0; i < x.length; i++) {
      assertThat(WALKTHROUGH.expectedPurchases(52, x[i], 20, 39))
          .isCloseTo(expected[i], within(expected[i] * 1e-5));
    }
  }

  @Test
  void probabilityOfPurchasesMatchesTheBtydManual() {
    BgNbd m = BgNbd.of(0.243, 4.414, 0.793, 2.426);
    assertThat(m.probabilityOfPurchases(10, 2)).isCloseTo(1.07869e-07, within(1e-11));
    assertThat(m.probabilityOfPurchases(0, 39)).isCloseTo(0.5737864, within(1e-6));
    double[] expected = {
      0.0019995214, 0.0015170236, 0.0011633150, 0.0009003148, 0.0007023638,
      0.0005517902, 0.0004361913, 0.0003467171, 0.0002769613, 0.0002222260
    };
    for (int n = 11; n <= 20; n++) {
      assertThat(m.probabilityOfPurchases(n, 30)).isCloseTo(expected[n - 11], within(1e-8));
    }
    double total = 0;
    for (int n = 0; n < 400; n++) {
      total += m.probabilityOfPurchases(n, 30);
    }
    assertThat(total).isCloseTo(1, within(1e-6));
  }

  @Test
  void stableLogLikelihoodForHeavyBuyers() {
    // pymc-marketing test_beta_geo.py after Hardie's note 027: a=0.8, b=2.5, r=0.25, alpha=4, T=40
    double[] theta = {0.25, 4, 0.8, 2.5};
    CustomerSummaries s =
        CustomerSummaries.of(new double[] {0, 200}, new double[] {0, 38}, new double[] {40, 40});
    CompressedRows one =
        CompressedRows.of(
            CustomerSummaries.of(new double[] {0}, new double[] {0}, new double[] {40}), false);
    CompressedRows heavy =
        CompressedRows.of(
            CustomerSummaries.of(new double[] {200}, new double[] {38}, new double[] {40}), false);
    assertThat(BgNbd.logLikelihood(one, theta, null)).isCloseTo(-0.59947382, within(1.5e-5));
    assertThat(BgNbd.logLikelihood(heavy, theta, null)).isCloseTo(100.7957, within(1.5e-5));
    assertThat(s.size()).isEqualTo(2);
  }

  @Test
  void holdoutTrackingReproducesTheWalkthrough() {
    CustomerSummaries cal = Cdnow.calibration();
    BgNbd m = BgNbd.fitter().fit(cal);
    // on unrounded weeks the fit is CLVTools' published estimate
    assertThat(m.r()).isCloseTo(0.2425945, within(1e-5));
    assertThat(m.alpha()).isCloseTo(4.4136019, within(1e-4));
    assertThat(m.a()).isCloseTo(0.7929199, within(1e-4));
    assertThat(m.b()).isCloseTo(2.4258881, within(1e-4));
    assertThat(m.fitReport().orElseThrow().logLikelihood()).isCloseTo(-9582.429, within(0.001));
    double end = 272 / 7.0; // 1997-01-01 to 1997-09-30 in weeks
    double[] first = new double[cal.size()];
    for (int i = 0; i < first.length; i++) {
      first[i] = end - cal.age(i);
    }
    double[] cumulative =
        m.expectedCumulativePurchases(first, new double[] {20, 21, 22, 23, 24, 25});
    double[] expected = {1312.458, 1387.346, 1460.392, 1531.713, 1601.418, 1669.6};
    for (int i = 0; i < expected.length; i++) {
      assertThat(cumulative[i]).isCloseTo(expected[i], within(0.01));
    }
  }

  @Test
  void holdoutMeansByCalibrationFrequency() {
    CustomerSummaries cal = Cdnow.calibration();
    Scores s = WALKTHROUGH.score(cal, 39);
    double[] act = new double[8];
    double[] exp = new double[8];
    int[] count = new int[8];
    for (int i = 0; i < cal.size(); i++) {
      int bin = (int) Math.min(7, cal.frequency(i));
      act[bin] += cal.frequencyHoldout(i);
      exp[bin] += s.expectedPurchases(i);
      count[bin]++;
    }
    int[] bins = {1411, 439, 214, 100, 62, 38, 29, 64};
    double[] actual = {0.237, 0.697, 1.393, 1.560, 2.532, 2.947, 3.862, 6.359};
    double[] expected = {0.2251, 0.5231, 1.0441, 1.5203, 2.1638, 2.6538, 3.5040, 6.1570};
    for (int b = 0; b < 8; b++) {
      assertThat(count[b]).isEqualTo(bins[b]);
      assertThat(act[b] / count[b]).isCloseTo(actual[b], within(5e-4));
      assertThat(exp[b] / count[b]).isCloseTo(expected[b], within(5e-4));
    }
  }
}
