package org.osicam.core.interact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {
  @Test
  void roundsToFourDecimalsWithoutExponentOrTrailingZeros() {
    assertThat(Numbers.format(154.08534484008462)).isEqualTo("154.0853");
    assertThat(Numbers.format(2.5)).isEqualTo("2.5");
    assertThat(Numbers.format(-0.125)).isEqualTo("-0.125");
    assertThat(Numbers.format(1e-7)).isEqualTo("0");
    assertThat(Numbers.format(75)).isEqualTo("75");
    assertThat(Numbers.format(1.5e20)).isEqualTo("150000000000000000000");
    assertThat(Numbers.format(Double.NaN)).isEqualTo("n/a");
  }
}
