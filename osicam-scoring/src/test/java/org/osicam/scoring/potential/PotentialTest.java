package org.osicam.scoring.potential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.osicam.core.InvalidDataException;
import org.osicam.core.model.CustomerId;

class PotentialTest {
  static final CustomerId A = CustomerId.of("a");
  static final CustomerId B = CustomerId.of("b");

  @Test
  void gapAndShareOfWalletPerCustomer() {
    Potential p =
        Potential.builder()
            .futureValue(FutureValue.of(Map.of(A, 300.0)))
            .wallet(WalletEstimate.of(Map.of(A, 1000.0, B, 0.0)))
            .build();

    List<CustomerPotential> out =
        p.compute(List.of(new CurrentValue(A, 120, 400), new CurrentValue(B, 10, 50)));

    CustomerPotential a = out.get(0);
    assertThat(a.predictedValue()).isEqualTo(OptionalDouble.of(300));
    assertThat(a.gap()).isEqualTo(OptionalDouble.of(180));
    assertThat(a.shareOfWallet()).isEqualTo(OptionalDouble.of(0.4));
    assertThat(a.walletHeadroom()).isEqualTo(OptionalDouble.of(600));
    CustomerPotential b = out.get(1);
    assertThat(b.predictedValue()).isEmpty();
    assertThat(b.gap()).isEmpty();
    assertThat(b.shareOfWallet()).isEmpty();
    assertThat(b.walletHeadroom()).isEqualTo(OptionalDouble.of(0));
  }

  @Test
  void badModelOutputIsRejectedNamingTheCustomer() {
    Potential p = Potential.builder().futureValue(id -> OptionalDouble.of(Double.NaN)).build();

    assertThatThrownBy(() -> p.compute(List.of(new CurrentValue(A, 1, 1))))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("predicted value of a must be finite, was NaN");
    assertThatThrownBy(() -> Potential.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("futureValue is required");
  }
}
