package org.osicam.scoring.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** MBG/NBD, Gamma-Gamma, BG/BB and sBG against the published figures listed in SOURCES.md. */
class OtherModelsReferenceTest {

  @Test
  void mbgNbdOnCdnow() {
    ModifiedBgNbd m = ModifiedBgNbd.fitter().fit(Cdnow.summary());
    assertThat(m.parameters().get("r")).isCloseTo(0.525, within(0.0015));
    assertThat(m.parameters().get("alpha")).isCloseTo(6.183, within(0.0015));
    assertThat(m.parameters().get("a")).isCloseTo(0.891, within(0.0015));
    assertThat(m.parameters().get("b")).isCloseTo(1.614, within(0.0015));
    assertThat(m.fitReport().orElseThrow().logLikelihood()).isCloseTo(-9582.1327, within(0.001));
    assertThat(m.probabilityAlive(2, 30.43, 38.86)).isCloseTo(0.7061, within(1e-4));
    assertThat(m.expectedPurchases(39, 2, 30.43, 38.86)).isCloseTo(1.2627, within(1e-4));
    assertThat(m.probabilityAlive(0, 0, 38.86)).isCloseTo(0.3897, within(1e-4));
    double[] t = {0.1429, 1, 3, 31.8571, 32, 39, 78};
    double[] expected = {0.0078, 0.0531, 0.1508, 1.0335, 1.0366, 1.1823, 1.8036};
    for (int i = 0; i < t.length; i++) {
      assertThat(m.expectedPurchases(t[i])).isCloseTo(expected[i], within(1e-4));
    }
  }

  @Test
  void gammaGammaOnCdnowRepeaters() {
    CustomerSummaries s = Cdnow.summary();
    GammaGamma g = GammaGamma.fitter().fit(s);
    assertThat(g.p()).isCloseTo(6.25, within(0.015));
    assertThat(g.q()).isCloseTo(3.74, within(0.015));
    assertThat(g.v()).isCloseTo(15.44, within(0.015));
    FitReport r = g.fitReport().orElseThrow();
    assertThat(r.customers()).isEqualTo(946);
    assertThat(r.logLikelihood()).isCloseTo(-4055.9232, within(0.001));
    double[] expected = {
      24.658619, 18.911489, 35.170981, 35.170981, 35.170981, 71.462843, 18.911489, 35.170981,
      27.282408, 35.170981
    };
    for (int i = 0; i < 10; i++) {
      assertThat(g.expectedSpend(s.frequency(i), s.monetary(i)))
          .isCloseTo(expected[i], within(1e-3));
    }
    assertThat(g.expectedSpend()).isCloseTo(35.17, within(0.005));
  }

  static CustomerSummaries donations() {
    List<String> lines = Cdnow.lines("donations.csv");
    int n = lines.size() - 1;
    double[][] c = new double[4][n];
    for (int i = 0; i < n; i++) {
      String[] p = lines.get(i + 1).split(",");
      for (int k = 0; k < 4; k++) {
        c[k][i] = Double.parseDouble(p[k]);
      }
    }
    return CustomerSummaries.builder().columns(c[0], c[1], c[2]).weights(c[3]).discrete().build();
  }

  @Test
  void bgBbOnDonations() {
    CustomerSummaries d = donations();
    BgBb m = BgBb.fitter().fit(d);
    assertThat(m.parameters().get("alpha")).isCloseTo(1.203528, within(2e-4));
    assertThat(m.parameters().get("beta")).isCloseTo(0.7497260, within(2e-4));
    assertThat(m.parameters().get("gamma")).isCloseTo(0.6567808, within(2e-4));
    assertThat(m.parameters().get("delta")).isCloseTo(2.783796, within(2e-3));
    assertThat(m.fitReport().orElseThrow().logLikelihood()).isCloseTo(-33225.58, within(0.01));
    assertThat(m.probabilityAlive(1, 0, 0, 6)).isCloseTo(0.11, within(0.015));
    assertThat(m.probabilityAlive(1, 2, 4, 6)).isCloseTo(0.59, within(0.015));
    assertThat(m.probabilityAlive(1, 6, 6, 6)).isCloseTo(0.93, within(0.015));
    double next5 = 0;
    for (int i = 0; i < d.size(); i++) {
      next5 += d.weight(i) * m.expectedPurchases(5, d.frequency(i), d.recency(i), d.age(i));
    }
    assertThat(next5).isCloseTo(12884.2, within(1.5));
    assertThat(11104 * m.probabilityOfPurchases(0, 6)).isCloseTo(3454.9, within(1.5));
    assertThat(11104 * m.probabilityOfPurchases(6, 6)).isCloseTo(1253.1, within(1.5));
    assertThat(m.expectedPurchases(10, 0, 0, 6)).isCloseTo(0.1302169, within(1e-4));
    assertThat(m.expectedPurchases(10, 4, 5, 6)).isCloseTo(3.627858, within(1e-3));
    double[] tracking = {
      0.4985, 0.9233, 1.2969, 1.6323, 1.9381, 2.2202, 2.4826, 2.7285, 2.9603, 3.1798, 3.3887
    };
    for (int n = 1; n <= 11; n++) {
      assertThat(m.expectedPurchases(n)).isCloseTo(tracking[n - 1], within(tracking[n - 1] * 1e-3));
    }
    BgBb rounded = BgBb.of(1.20, 0.75, 0.66, 2.78);
    assertThat(rounded.discountedExpectedTransactions(0.1, 3, 4, 6))
        .isCloseTo(1.6214, within(1e-4));
    double[] dert = {1.8020, 2.6212, 3.4403, 4.2594, 5.0785, 5.8976};
    for (int x = 1; x <= 6; x++) {
      assertThat(rounded.discountedExpectedTransactions(0.1, x, 6, 6))
          .isCloseTo(dert[x - 1], within(1e-4));
    }
  }

  @Test
  void shiftedBetaGeometricOnThePublishedRetentionCurves() {
    ShiftedBetaGeometric regular =
        ShiftedBetaGeometric.fit(new double[] {1000, 631, 468, 382, 326, 289, 262, 241});
    assertThat(regular.parameters().get("alpha")).isCloseTo(0.704, within(0.0005));
    assertThat(regular.parameters().get("beta")).isCloseTo(1.182, within(0.0005));
    assertThat(regular.fitReport().orElseThrow().logLikelihood())
        .isCloseTo(-1680.27, within(0.005));
    ShiftedBetaGeometric high =
        ShiftedBetaGeometric.fit(new double[] {1000, 869, 743, 653, 593, 551, 517, 491});
    assertThat(high.parameters().get("alpha")).isCloseTo(0.668, within(0.0005));
    assertThat(high.parameters().get("beta")).isCloseTo(3.806, within(0.0005));
    assertThat(high.fitReport().orElseThrow().logLikelihood()).isCloseTo(-1611.16, within(0.005));
    assertThat(high.survival(0)).isEqualTo(1);
    assertThat(high.survival(1)).isCloseTo(high.retentionRate(1), within(1e-12));
    assertThat(high.survival(2))
        .isCloseTo(high.retentionRate(1) * high.retentionRate(2), within(1e-12));
  }
}
