package org.osicam.scoring.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 2F1 against closed forms (Abramowitz and Stegun 15.1) and tabulated values (see SOURCES.md). */
class NumericsTest {

  @ParameterizedTest
  @CsvSource({
    "0.1,1e-12",
    "0.5,1e-12",
    "0.9,1e-12",
    "0.99,1e-12",
    "0.999999,1e-7",
    "-0.5,1e-12",
    "-3,1e-12"
  })
  void logSeriesIdentity_15_1_3(double z, double relative) {
    // 2F1(1, 1; 2; z) = -ln(1 - z) / z (c - a - b = 0: the logarithmic case near 1)
    assertThat(Numerics.hyp2f1(1, 1, 2, z))
        .isCloseTo(-Math.log1p(-z) / z, within(relative * Math.abs(Math.log1p(-z) / z)));
  }

  @ParameterizedTest
  @CsvSource({"0.3,0.2", "2.5,0.95", "7,0.999", "0.4,-2"})
  void binomialIdentity_15_1_8(double a, double z) {
    // 2F1(a, b; b; z) = (1 - z)^-a
    double expected = Math.pow(1 - z, -a);
    assertThat(Numerics.hyp2f1(a, 1.7, 1.7, z)).isCloseTo(expected, within(1e-11 * expected));
  }

  @ParameterizedTest
  @CsvSource({"0.2", "0.7", "0.95"})
  void arcsinAndArctanIdentities_15_1_5_and_15_1_6(double z) {
    assertThat(Numerics.hyp2f1(0.5, 0.5, 1.5, z * z)).isCloseTo(Math.asin(z) / z, within(1e-12));
    assertThat(Numerics.hyp2f1(0.5, 1, 1.5, -z * z)).isCloseTo(Math.atan(z) / z, within(1e-12));
  }

  @ParameterizedTest
  @CsvSource({
    "0.5,1.5,2.5,0.3,0.1026130407541255",
    "2.2,3.7,1.3,0.85,9.5926990960114763",
    "10.5,4.2,11.5,0.95,10.63454252953875",
    "0.24,2.43,2.22,0.947,0.86687718118576707",
    "500.6,1.6,501.6,0.5,1.1058570345147038",
    "26.24,28.43,28.22,0.57,22.314370568896622",
    "1.5,2.5,3.7,-0.8,-0.62198168339345856",
    "0.3,0.7,1.9,0.999,0.22328387565618329",
    "120.5,130.2,150.1,0.99,467.97170782229503",
    "3.3,4.4,1.2,0.9999,62.141076132382882"
  })
  void logHyp2f1MatchesTabulatedValues(double a, double b, double c, double z, double expected) {
    assertThat(Numerics.logHyp2f1(a, b, c, z))
        .isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
  }

  @Test
  void gaussSumNearOne() {
    // 2F1(a, b; c; 1) = Γ(c)Γ(c-a-b) / (Γ(c-a)Γ(c-b)) when c > a + b
    double a = 0.7;
    double b = 1.1;
    double c = 3.4;
    double expected =
        Math.exp(
            Numerics.logGamma(c)
                + Numerics.logGamma(c - a - b)
                - Numerics.logGamma(c - a)
                - Numerics.logGamma(c - b));
    assertThat(Numerics.hyp2f1(a, b, c, 1 - 1e-12)).isCloseTo(expected, within(1e-8));
  }

  @Test
  void logAddAndSubtractStayFiniteForHugeArguments() {
    assertThat(Numerics.logAddExp(1000, 1000)).isCloseTo(1000 + Math.log(2), within(1e-12));
    assertThat(Numerics.logSubExp(-1000, -1001))
        .isCloseTo(-1000 + Math.log1p(-Math.exp(-1)), within(1e-12));
    assertThat(Numerics.logSubExp(5, 5)).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(Numerics.oneMinusExpOver(0, -2)).isEqualTo(2);
    assertThat(Numerics.oneMinusExpOver(1e-15, -2)).isCloseTo(2, within(1e-12));
  }
}
