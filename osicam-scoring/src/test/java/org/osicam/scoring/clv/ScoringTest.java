package org.osicam.scoring.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoringTest {

  @Test
  void batchScoresEqualPerCustomerPredictions() {
    CustomerSummaries s = Cdnow.summary();
    ParetoNbd m = ParetoNbd.of(0.553, 10.578, 0.606, 11.669);
    GammaGamma g = GammaGamma.of(6.25, 3.74, 15.44);
    Scores scores = m.score(s, 39, g, 0.01);
    for (int i = 0; i < s.size(); i += 97) {
      double x = s.frequency(i);
      assertThat(scores.pAlive(i)).isEqualTo(m.probabilityAlive(x, s.recency(i), s.age(i)));
      assertThat(scores.expectedPurchases(i))
          .isCloseTo(m.expectedPurchases(39, x, s.recency(i), s.age(i)), within(1e-12));
      double value = g.expectedSpend(x, s.monetary(i));
      assertThat(scores.expectedValue(i)).isEqualTo(value);
      double clv = 0;
      for (int k = 1; k <= 39; k++) {
        double step =
            m.expectedPurchases(k, x, s.recency(i), s.age(i))
                - m.expectedPurchases(k - 1, x, s.recency(i), s.age(i));
        clv += value * step / Math.pow(1.01, k);
      }
      assertThat(scores.clv(i)).isCloseTo(clv, within(1e-9));
    }
  }

  @Test
  void undiscountedClvIsValueTimesExpectedPurchases() {
    CustomerSummaries s = Cdnow.summary();
    BgNbd m = BgNbd.of(0.243, 4.414, 0.793, 2.426);
    Scores scores = m.score(s, 39, GammaGamma.of(6.25, 3.74, 15.44), 0);
    for (int i = 0; i < 50; i++) {
      assertThat(scores.clv(i))
          .isCloseTo(scores.expectedValue(i) * scores.expectedPurchases(i), within(1e-9));
    }
    assertThat(m.score(s, 39).hasValue()).isFalse();
    assertThatThrownBy(() -> m.score(s, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void lifetimesKnownPredictionsOnExampleTransactions() {
    List<String> lines = Cdnow.lines("example_transactions.csv");
    int n = lines.size() - 1;
    String[] ids = new String[n];
    long[] days = new long[n];
    long last = Long.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      String[] p = lines.get(i + 1).split(",");
      days[i] = LocalDate.parse(p[0].substring(0, 10)).toEpochDay();
      ids[i] = p[1];
      last = Math.max(last, days[i]);
    }
    CustomerSummaries s =
        Summarizer.builder()
            .observationEnd(LocalDate.ofEpochDay(last))
            .build()
            .summarize(ids, days, null);
    BgNbd m = BgNbd.fitter().fit(s);
    assertThat(m.r()).isCloseTo(0.16385, within(1e-4));
    assertThat(m.alpha()).isCloseTo(1.86428, within(1e-3));
    assertThat(m.a()).isCloseTo(1.85034, within(1e-3));
    assertThat(m.b()).isCloseTo(3.18106, within(1e-3));
    assertThat(m.fitReport().orElseThrow().logLikelihood()).isCloseTo(-39248.63, within(0.01));
    double[][] first = {{0, 0, 298}, {0, 0, 224}, {6, 142, 292}, {0, 0, 147}, {2, 9, 183}};
    double[] predict30 = {0.016053, 0.021171, 0.030461, 0.031686, 0.001607};
    for (int i = 0; i < 5; i++) {
      assertThat(s.frequency(i)).isEqualTo(first[i][0]);
      assertThat(s.recency(i)).isEqualTo(first[i][1]);
      assertThat(s.age(i)).isEqualTo(first[i][2]);
      assertThat(m.expectedPurchases(30, first[i][0], first[i][1], first[i][2]))
          .isCloseTo(predict30[i], within(1.5e-5));
    }
  }

  @Test
  void jsonRoundTripKeepsParametersAndFitReport() {
    Clock clock = Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC);
    BgNbd m = BgNbd.fitter().clock(clock).fit(Cdnow.summary());
    String json = m.toJson();
    CustomerBaseModel back = CustomerBaseModels.fromJson(json);
    assertThat(back).isInstanceOf(BgNbd.class).isEqualTo(m);
    FitReport r = back.fitReport().orElseThrow();
    assertThat(r.fittedAt()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
    assertThat(r.logLikelihood()).isEqualTo(m.fitReport().orElseThrow().logLikelihood());
    assertThat(r.standardErrors()).isEqualTo(m.fitReport().orElseThrow().standardErrors());
    for (CustomerBaseModel other :
        List.of(
            ParetoNbd.of(1, 2, 3, 4),
            ModifiedBgNbd.of(1, 2, 3, 4),
            GammaGamma.of(1, 2, 3),
            BgBb.of(1, 2, 3, 4),
            ShiftedBetaGeometric.of(1, 2))) {
      CustomerBaseModel copy = CustomerBaseModels.fromJson(other.toJson());
      assertThat(copy).isEqualTo(other);
      assertThat(copy.fitReport()).isEmpty();
    }
    assertThatThrownBy(() -> CustomerBaseModels.fromJson("{\"model\":\"nope\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown model 'nope'");
  }

  @Test
  void penaltyShrinksParametersAndIsReported() {
    BgNbd plain = BgNbd.fitter().fit(Cdnow.summary());
    BgNbd penalised = BgNbd.fitter().penalty(0.1).fit(Cdnow.summary());
    assertThat(penalised.fitReport().orElseThrow().penalty()).isEqualTo(0.1);
    assertThat(penalised.alpha()).isLessThan(plain.alpha());
    assertThat(penalised.fitReport().orElseThrow().logLikelihood())
        .isLessThan(plain.fitReport().orElseThrow().logLikelihood());
    assertThatThrownBy(() -> BgNbd.fitter().penalty(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("penalty must be finite and >= 0, was -1.0");
  }

  @Test
  void anUnidentifiableFitReportsNotConvergedInsteadOfNaN() {
    // nobody ever buys again: the purchase rate runs to zero
    CustomerSummaries s =
        CustomerSummaries.of(
            new double[] {0, 0, 0}, new double[] {0, 0, 0}, new double[] {5, 6, 7});
    BgNbd m = BgNbd.fitter().maxIterations(50).fit(s);
    FitReport r = m.fitReport().orElseThrow();
    assertThat(r.converged()).isFalse();
    assertThat(r.reason()).isNotBlank();
    assertThat(r.logLikelihood()).isFinite();
  }
}
