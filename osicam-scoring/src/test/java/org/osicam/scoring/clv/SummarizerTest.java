package org.osicam.scoring.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.osicam.core.InvalidDataException;

/** Summaries against lifetimes' test_utils.py cases and the CDNOW files (see SOURCES.md). */
class SummarizerTest {

  static final String[] IDS = {"1", "1", "2", "3", "3", "3", "4", "4", "4", "5", "5", "5", "6"};
  static final String[] DATES = {
    "2015-01-01", "2015-02-06", "2015-01-01", "2015-01-01", "2015-01-02", "2015-01-05",
    "2015-01-16", "2015-02-02", "2015-02-05", "2015-01-16", "2015-01-17", "2015-01-18",
    "2015-02-02"
  };
  static final double[] AMOUNTS = {1, 2, 2, 3, 1, 5, 6, 3, 3, 3, 1, 8, 5};

  static long[] days(String... dates) {
    long[] d = new long[dates.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = LocalDate.parse(dates[i]).toEpochDay();
    }
    return d;
  }

  static Summarizer.Builder ending(String end) {
    return Summarizer.builder().observationEnd(LocalDate.parse(end));
  }

  static void assertRow(CustomerSummaries s, int i, String id, double... expected) {
    assertThat(s.customerId(i)).isEqualTo(id);
    assertThat(s.frequency(i)).as("frequency of %s", id).isEqualTo(expected[0]);
    assertThat(s.recency(i)).as("recency of %s", id).isEqualTo(expected[1]);
    assertThat(s.age(i)).as("T of %s", id).isEqualTo(expected[2]);
    if (expected.length > 3) {
      assertThat(s.monetary(i)).as("monetary of %s", id).isEqualTo(expected[3]);
    }
  }

  @Test
  void dailySummaryWithMonetaryValues() {
    CustomerSummaries s = ending("2015-02-07").build().summarize(IDS, days(DATES), AMOUNTS);
    assertThat(s.size()).isEqualTo(6);
    assertRow(s, 0, "1", 1, 36, 37, 2);
    assertRow(s, 1, "2", 0, 0, 37, 0);
    assertRow(s, 2, "3", 2, 4, 37, 3);
    assertRow(s, 3, "4", 2, 20, 22, 3);
    assertRow(s, 4, "5", 2, 2, 22, 4.5);
    assertRow(s, 5, "6", 0, 0, 5, 0);
  }

  @Test
  void weeklyPeriodsSquashPurchasesInTheSameMondayToSundayWeek() {
    CustomerSummaries s =
        ending("2015-02-07").period(Granularity.WEEK).build().summarize(IDS, days(DATES), null);
    assertRow(s, 0, "1", 1, 5, 5);
    assertRow(s, 1, "2", 0, 0, 5);
    assertRow(s, 2, "3", 1, 1, 5);
    assertRow(s, 3, "4", 1, 3, 3);
    assertRow(s, 4, "5", 0, 0, 3);
    assertRow(s, 5, "6", 0, 0, 0);
    assertThat(s.hasMonetary()).isFalse();
  }

  @Test
  void weeklyCalibrationAndHoldout() {
    CustomerSummaries s =
        ending("2015-02-07")
            .calibrationEnd(LocalDate.parse("2015-02-01"))
            .period(Granularity.WEEK)
            .build()
            .summarize(IDS, days(DATES), null);
    assertThat(s.size()).isEqualTo(5); // customer 6 first bought after the calibration end
    double[][] expected = {
      {0, 0, 4, 1, 1}, {0, 0, 4, 0, 1}, {1, 1, 4, 0, 1}, {0, 0, 2, 1, 1}, {0, 0, 2, 0, 1}
    };
    for (int i = 0; i < 5; i++) {
      assertRow(s, i, Integer.toString(i + 1), expected[i][0], expected[i][1], expected[i][2]);
      assertThat(s.frequencyHoldout(i)).isEqualTo(expected[i][3]);
      assertThat(s.durationHoldout(i)).isEqualTo(expected[i][4]);
    }
  }

  @Test
  void holdoutStopsAtTheObservationEndAndCalibrationMonetaryIsDaily() {
    CustomerSummaries s =
        ending("2015-02-04")
            .calibrationEnd(LocalDate.parse("2015-02-01"))
            .build()
            .summarize(IDS, days(DATES), AMOUNTS);
    assertThat(s.frequencyHoldout(0)).isZero();
    assertThat(s.frequencyHoldout(3)).isEqualTo(1);
    double[] monetary = {0, 0, 3, 0, 4.5};
    for (int i = 0; i < 5; i++) {
      assertThat(s.monetary(i)).isEqualTo(monetary[i]);
    }
  }

  @Test
  void monetaryDropsTheEarliestPurchaseOfUnorderedInput() {
    CustomerSummaries s =
        ending("2015-12-31")
            .build()
            .summarize(
                new String[] {"a", "a", "a"},
                days("2015-04-09", "2015-03-14", "2015-05-21"),
                new double[] {20, 10, 25});
    assertThat(s.monetary(0)).isEqualTo(22.5);
    assertThat(s.frequency(0)).isEqualTo(2);
  }

  @Test
  void twoPurchasesOnOneDayInWeeklyPeriodsCountOnce() {
    CustomerSummaries s =
        ending("2015-12-31")
            .period(Granularity.WEEK)
            .build()
            .summarize(new String[] {"a", "a"}, days("2015-04-09", "2015-04-09"), null);
    assertThat(s.frequency(0)).isZero();
  }

  @Test
  void observationEndBeforeAllDataIsAnError() {
    Summarizer early = ending("2014-01-01").build();
    assertThatThrownBy(() -> early.summarize(IDS, days(DATES), null))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("no transaction on or before the observation end 2014-01-01");
  }

  @Test
  void cdnowSampleRebuildsThePublishedWeeklySummary() {
    Cdnow.Log log = Cdnow.sample();
    CustomerSummaries s =
        ending("1997-09-30")
            .unit(Granularity.WEEK)
            .build()
            .summarize(log.ids(), log.days(), log.amounts());
    List<String> expected = Cdnow.lines("cdnow_customers_summary_with_transactions.csv");
    assertThat(s.size()).isEqualTo(expected.size() - 1);
    for (int i = 0; i < s.size(); i++) {
      String[] p = expected.get(i + 1).split(",");
      assertThat(Integer.parseInt(s.customerId(i))).isEqualTo(Integer.parseInt(p[0]));
      assertThat(s.frequency(i)).isEqualTo(Double.parseDouble(p[1]));
      assertThat(s.recency(i)).isCloseTo(Double.parseDouble(p[2]), within(0.005 + 1e-9));
      assertThat(s.age(i)).isCloseTo(Double.parseDouble(p[3]), within(0.005 + 1e-9));
      assertThat(s.monetary(i)).isCloseTo(Double.parseDouble(p[4]), within(0.005 + 1e-9));
    }
  }

  @Test
  void cdnowMasterHas23570CustomersAnd24337RepeatPurchases() {
    List<String> lines = Cdnow.lines("CDNOW_master.txt");
    int n = lines.size() - 1;
    String[] ids = new String[n];
    long[] d = new long[n];
    for (int i = 0; i < n; i++) {
      String[] p = lines.get(i + 1).strip().split("\\s+");
      ids[i] = p[0];
      d[i] = LocalDate.parse(p[1], java.time.format.DateTimeFormatter.BASIC_ISO_DATE).toEpochDay();
    }
    CustomerSummaries s =
        ending("1997-09-30").unit(Granularity.WEEK).build().summarize(ids, d, null);
    double total = 0;
    for (int i = 0; i < s.size(); i++) {
      total += s.frequency(i);
    }
    assertThat(s.size()).isEqualTo(23570);
    assertThat(total).isEqualTo(24337);
  }

  @Test
  void manyDistinctIdsKeepFirstAppearanceOrderAndTheirOwnHistories() {
    int n = 5000;
    String[] ids = new String[2 * n];
    long[] d = new long[2 * n];
    for (int i = 0; i < n; i++) {
      ids[i] = "c" + i;
      d[i] = 100;
      ids[n + i] = new String("c" + i); // equal ids, distinct instances
      d[n + i] = 100 + 1 + (i % 7);
    }
    CustomerSummaries s =
        Summarizer.builder()
            .observationEnd(LocalDate.ofEpochDay(200))
            .build()
            .summarize(ids, d, null);
    assertThat(s.size()).isEqualTo(n);
    for (int i = 0; i < n; i += 499) {
      assertRow(s, i, "c" + i, 1, 1 + (i % 7), 100);
    }
  }

  @Test
  void builderRejectsOptionsSetTwiceAndACalibrationEndAfterTheObservationEnd() {
    assertThatThrownBy(() -> ending("2015-01-01").period(Granularity.DAY).period(Granularity.WEEK))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () -> ending("2015-01-01").calibrationEnd(LocalDate.parse("2015-02-01")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("calibrationEnd must be on or before observationEnd");
    assertThatThrownBy(() -> Summarizer.builder().build())
        .isInstanceOf(IllegalStateException.class);
  }
}
