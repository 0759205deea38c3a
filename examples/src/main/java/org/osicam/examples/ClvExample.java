package org.osicam.examples;

import java.time.LocalDate;
import java.util.Locale;
import org.osicam.scoring.clv.BgNbd;
import org.osicam.scoring.clv.CustomerSummaries;
import org.osicam.scoring.clv.GammaGamma;
import org.osicam.scoring.clv.Granularity;
import org.osicam.scoring.clv.Scores;
import org.osicam.scoring.clv.Summarizer;
import org.osicam.testing.BtydSimulator;

/**
 * Segment by future value: summaries from transactions, a BG/NBD and a Gamma-Gamma model, then
 * P(alive), expected purchases and CLV for every customer, and a real-time prediction for one.
 */
public final class ClvExample {
  private ClvExample() {}

  /**
   * Runs the example.
   *
   * @return a one-line summary
   */
  public static String run() {
    // transactions as columns: customer, day, amount
    String[] customers = {"ann", "ann", "ann", "bob", "bob", "cid"};
    long[] days = {
      day("2024-01-03"), day("2024-02-10"), day("2024-05-01"),
      day("2024-01-20"), day("2024-01-21"), day("2024-04-02")
    };
    double[] amounts = {30, 45, 25, 12, 18, 60};
    CustomerSummaries few =
        Summarizer.builder()
            .observationEnd(LocalDate.of(2024, 6, 30))
            .unit(Granularity.WEEK)
            .build()
            .summarize(customers, days, amounts);

    // fit on a larger (here simulated) customer base; weekly time unit
    double[] ages = new double[5000];
    for (int i = 0; i < ages.length; i++) {
      ages[i] = 10 + i % 30;
    }
    BtydSimulator.Histories h = BtydSimulator.bgNbd(0.25, 4, 0.8, 2.5, ages, 42L);
    BgNbd model = BgNbd.fitter().fit(CustomerSummaries.of(h.frequency(), h.recency(), h.age()));
    GammaGamma spend = GammaGamma.of(6.25, 3.74, 15.44);

    // batch: 26 weeks ahead, 0.2 % discount per week
    Scores scores = model.score(few, 26, spend, 0.002);
    // real time: one customer
    double pAlive = model.probabilityAlive(2, 17, 25);
    return String.format(
        Locale.ROOT,
        "r=%.2f alpha=%.1f; %s: P(alive)=%.2f, E[26w]=%.2f, CLV=%.0f; one customer P(alive)=%.2f",
        model.r(),
        model.alpha(),
        few.customerId(0),
        scores.pAlive(0),
        scores.expectedPurchases(0),
        scores.clv(0),
        pAlive);
  }

  private static long day(String iso) {
    return LocalDate.parse(iso).toEpochDay();
  }

  /**
   * Prints the summary.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println(run());
  }
}
