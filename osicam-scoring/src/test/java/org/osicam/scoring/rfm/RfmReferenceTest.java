package org.osicam.scoring.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The R {@code rfm} package's published figures; origins in {@code SOURCES.md}. */
class RfmReferenceTest {
  static RfmResult result;

  @BeforeAll
  static void scoreTheOrders() {
    result = Rfm.builder().asOf(LocalDate.of(2006, 12, 31)).build().score(orders());
  }

  static Orders orders() {
    Orders.Builder b = Orders.builder();
    for (Map<String, String> row : TestData.csv("rfm_data_orders.csv")) {
      b.add(
          row.get("customer_id"),
          LocalDate.parse(row.get("order_date")),
          Double.parseDouble(row.get("revenue")));
    }
    return b.build();
  }

  @Test
  void ordersGive995CustomersAnd4906Orders() {
    double orders = 0;
    for (int i = 0; i < result.size(); i++) {
      orders += result.frequency(i);
    }
    assertThat(result.size()).isEqualTo(995);
    assertThat(orders).isEqualTo(4906);
    assertThat(result.ignoredOrders()).isZero();
  }

  @Test
  void thresholdsAreThePackagesQuantilesPlusOne() {
    RfmThresholds t = result.thresholds();
    assertClose(t.r(), 115, 181, 297.4, 482);
    assertClose(t.f(), 4, 5, 6, 8);
    assertClose(t.m(), 255.8, 382, 506.4, 666);
  }

  private static void assertClose(List<Double> actual, double... expected) {
    assertThat(actual).hasSize(expected.length);
    for (int i = 0; i < expected.length; i++) {
      assertThat(actual.get(i)).isCloseTo(expected[i], within(1e-9));
    }
  }

  @Test
  void scoreCountsFollowTheTieRule() {
    int[][] counts = new int[3][6];
    for (int i = 0; i < result.size(); i++) {
      counts[0][result.recencyScore(i)]++;
      counts[1][result.frequencyScore(i)]++;
      counts[2][result.monetaryScore(i)]++;
    }
    assertThat(counts[0]).containsExactly(0, 197, 200, 199, 199, 200);
    assertThat(counts[1]).containsExactly(0, 268, 187, 176, 244, 120);
    assertThat(counts[2]).containsExactly(0, 200, 200, 198, 202, 195);
  }

  @Test
  void everyCustomerMatchesTheReferenceScores() {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < result.size(); i++) {
      index.put(result.customerId(i), i);
    }
    RfmSegmentation classic = result.segment(RfmSegmentMap.classic());
    RfmSegmentation vignette = result.segment(RfmSegmentMap.vignette());
    List<Map<String, String>> ref = TestData.csv("rfm_data_orders_reference_scores.csv");
    assertThat(ref).hasSize(995);
    for (Map<String, String> row : ref) {
      int i = index.get(row.get("customer_id"));
      assertThat(result.recencyDays(i)).isEqualTo(Double.parseDouble(row.get("recency_days")));
      assertThat(result.frequency(i)).isEqualTo(Double.parseDouble(row.get("transaction_count")));
      assertThat(result.monetary(i)).isEqualTo(Double.parseDouble(row.get("amount")));
      assertThat(result.cell(i))
          .as(row.get("customer_id"))
          .isEqualTo(Integer.parseInt(row.get("rfm_score")));
      assertThat(classic.segment(i)).isEqualTo(row.get("segment_test_map"));
      assertThat(vignette.segment(i)).isEqualTo(row.get("segment_vignette_map"));
    }
  }

  @Test
  void classicMapReproducesThePackageTest() {
    RfmSegmentation seg = result.segment(RfmSegmentMap.classic());

    SegmentSummary champions = seg.summary("Champions");
    assertThat(champions.customers()).isEqualTo(158);
    assertThat(champions.orders()).isEqualTo(1234);
    assertThat(champions.revenue()).isCloseTo(120178, within(1e-6));

    Map<String, List<Number>> all = new LinkedHashMap<>();
    seg.summary()
        .forEach(
            s ->
                all.put(
                    s.segment(),
                    List.of(s.customers(), (long) s.orders(), Math.round(s.revenue()))));
    assertThat(all)
        .containsEntry("Loyal Customers", List.of(278L, 1708L, 166712L))
        .containsEntry("Potential Loyalist", List.of(229L, 801L, 65873L))
        .containsEntry("Lost", List.of(111L, 244L, 20955L))
        .containsEntry("At Risk", List.of(86L, 438L, 44178L))
        .containsEntry("About To Sleep", List.of(50L, 127L, 10914L))
        .containsEntry("Others", List.of(48L, 210L, 22061L))
        .containsEntry("Need Attention", List.of(35L, 144L, 13287L));
  }

  @Test
  void vignetteMapSizes() {
    Map<String, Long> sizes = new LinkedHashMap<>();
    result
        .segment(RfmSegmentMap.vignette())
        .summary()
        .forEach(s -> sizes.put(s.segment(), s.customers()));

    assertThat(sizes)
        .containsExactly(
            Map.entry("Champions", 35L),
            Map.entry("Potential Loyalist", 342L),
            Map.entry("Loyal Customers", 170L),
            Map.entry("Promising", 9L),
            Map.entry("New Customers", 104L),
            Map.entry("Can't Lose Them", 47L),
            Map.entry("At Risk", 28L),
            Map.entry("Need Attention", 10L),
            Map.entry("About To Sleep", 102L),
            Map.entry("Lost", 148L),
            Map.entry("Others", 0L));
  }

  @Test
  void customThresholdsOfThePackageTestKeepAllOrders() {
    Rfm rfm =
        Rfm.builder()
            .asOf(LocalDate.of(2006, 12, 31))
            .recencyBinning(Binning.fixed(115, 181, 297, 482))
            .frequencyBinning(Binning.fixed(4, 5, 6, 8))
            .monetaryBinning(Binning.fixed(256, 382, 506, 666))
            .build();
    RfmResult custom = rfm.score(orders());

    assertThat(custom.scores().stream().mapToDouble(RfmScore::frequency).sum()).isEqualTo(4906);
    assertThat(custom.thresholds().m()).containsExactly(256.0, 382.0, 506.0, 666.0);
  }

  @Test
  void aggregatedCustomersSumTo393223Orders() {
    List<Map<String, String>> rows = TestData.csv("rfm_data_customer.csv");
    List<String> ids = rows.stream().map(r -> r.get("customer_id")).toList();
    double[] recency =
        rows.stream().mapToDouble(r -> Double.parseDouble(r.get("recency_days"))).toArray();
    double[] orders =
        rows.stream().mapToDouble(r -> Double.parseDouble(r.get("number_of_orders"))).toArray();
    double[] revenue =
        rows.stream().mapToDouble(r -> Double.parseDouble(r.get("revenue"))).toArray();

    RfmResult agg =
        Rfm.builder()
            .asOf(LocalDate.of(2007, 1, 1))
            .build()
            .scoreAggregated(ids, recency, orders, revenue);

    assertThat(agg.size()).isEqualTo(39_999);
    assertThat(agg.scores().stream().mapToDouble(RfmScore::frequency).sum()).isEqualTo(393_223);
    assertThat(agg.thresholds().r()).hasSize(4).isSorted();
  }
}
