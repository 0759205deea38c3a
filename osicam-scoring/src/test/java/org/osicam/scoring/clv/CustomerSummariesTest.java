package org.osicam.scoring.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.osicam.core.InvalidDataException;

class CustomerSummariesTest {

  @Test
  void negativeFrequencyIsRejectedNamingFieldRuleAndRow() {
    assertThatThrownBy(
            () ->
                CustomerSummaries.of(
                    new double[] {1, -1}, new double[] {1, 0}, new double[] {2, 2}))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("frequency must be a non-negative integer, was -1 (row 2)")
        .satisfies(e -> assertThat(((InvalidDataException) e).field()).isEqualTo("frequency"));
  }

  @Test
  void recencyAboveTIsRejected() {
    assertThatThrownBy(
            () -> CustomerSummaries.of(new double[] {1}, new double[] {5}, new double[] {4}))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("recency must be <= T, was 5 > 4 (row 1)");
  }

  @Test
  void nonZeroRecencyWithoutRepeatPurchasesIsRejected() {
    assertThatThrownBy(
            () -> CustomerSummaries.of(new double[] {0}, new double[] {1}, new double[] {4}))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("recency must be 0 when frequency is 0, was 1 (row 1)");
  }

  @Test
  void nonIntegerAndNanFrequenciesAreRejected() {
    assertThatThrownBy(
            () -> CustomerSummaries.of(new double[] {1.5}, new double[] {1}, new double[] {4}))
        .hasMessage("frequency must be a non-negative integer, was 1.5 (row 1)");
    assertThatThrownBy(
            () ->
                CustomerSummaries.of(new double[] {Double.NaN}, new double[] {1}, new double[] {4}))
        .isInstanceOf(InvalidDataException.class);
  }

  @Test
  void weightsMustBePositiveAndLengthsMustMatch() {
    assertThatThrownBy(
            () ->
                CustomerSummaries.builder()
                    .columns(new double[] {1}, new double[] {1}, new double[] {2})
                    .weights(new double[] {0})
                    .build())
        .hasMessage("weight must be a finite number > 0, was 0 (row 1)");
    assertThatThrownBy(
            () -> CustomerSummaries.of(new double[] {1, 2}, new double[] {1}, new double[] {2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("recency has 1 rows");
  }

  @Test
  void summariesAreCopiedOnTheWayInAndOut() {
    double[] x = {1};
    CustomerSummaries s = CustomerSummaries.of(x, new double[] {1}, new double[] {2});
    x[0] = 7;
    s.frequencies()[0] = 9;
    assertThat(s.frequency(0)).isEqualTo(1);
    assertThat(s.customerId(0)).isEqualTo("1");
    assertThat(s.customers()).isEqualTo(1);
  }

  @Test
  void fittingWithoutRowsOrWithoutMonetaryValuesIsAnIllegalState() {
    CustomerSummaries none = CustomerSummaries.of(new double[0], new double[0], new double[0]);
    assertThatThrownBy(() -> BgNbd.fitter().fit(none))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no customers to fit");
    CustomerSummaries noMoney =
        CustomerSummaries.of(new double[] {1}, new double[] {1}, new double[] {2});
    assertThatThrownBy(() -> GammaGamma.fitter().fit(noMoney))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the summaries have no monetary values");
  }

  @Test
  void gammaGammaRejectsAZeroMeanSpendOfARepeatCustomer() {
    CustomerSummaries s =
        CustomerSummaries.builder()
            .columns(new double[] {1, 2}, new double[] {1, 2}, new double[] {2, 3})
            .monetary(new double[] {5, 0})
            .build();
    assertThatThrownBy(() -> GammaGamma.fitter().fit(s))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("monetary_value must be > 0 for a customer with frequency > 0, was 0 (row 2)");
  }
}
