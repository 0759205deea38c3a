package org.osicam.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.osicam.metrics.Breakdown;
import org.osicam.metrics.campaign.CampaignAccumulator;
import org.osicam.metrics.campaign.CampaignKey;
import org.osicam.metrics.campaign.CampaignResult;
import org.osicam.metrics.campaign.Campaigns;
import org.osicam.metrics.uplift.Group;
import org.osicam.metrics.uplift.Uplift;
import org.osicam.metrics.uplift.UpliftAccumulator;
import org.osicam.metrics.uplift.UpliftResult;

/**
 * Campaign KPIs and uplift over n contact outcomes.
 *
 * <pre>{@code
 * mvn -B -pl benchmarks -am -DskipTests package
 * java -jar benchmarks/target/benchmarks.jar CampaignBenchmark -f 1 -wi 2 -i 3
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class CampaignBenchmark {

  @Param({"1000", "100000", "1000000", "10000000"})
  int n;

  /** Bits: 1 delivered, 2 responded, 4 ordered, 8 control; bits 4-5: segment. */
  byte[] codes;

  double[] revenue;

  private static final CampaignKey[] KEYS = {
    new CampaignKey("spring", "email", "gold"),
    new CampaignKey("spring", "email", "silver"),
    new CampaignKey("spring", "sms", "gold"),
    new CampaignKey("spring", "sms", "silver")
  };

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    codes = new byte[n];
    revenue = new double[n];
    for (int i = 0; i < n; i++) {
      boolean delivered = random.nextDouble() < 0.95;
      boolean responded = delivered && random.nextDouble() < 0.1;
      boolean ordered = responded && random.nextDouble() < 0.2;
      int code =
          (delivered ? 1 : 0)
              | (responded ? 2 : 0)
              | (ordered ? 4 : 0)
              | (random.nextDouble() < 0.1 ? 8 : 0)
              | (random.nextInt(4) << 4);
      codes[i] = (byte) code;
      revenue[i] = ordered ? 20 + random.nextInt(200) : 0;
    }
  }

  /** All KPIs of one campaign. */
  @Benchmark
  public double campaign() {
    CampaignAccumulator acc = Campaigns.accumulator();
    for (int i = 0; i < codes.length; i++) {
      int c = codes[i];
      int orders = (c & 4) != 0 ? 1 : 0;
      acc.addContact((c & 1) != 0, (c & 2) != 0, orders, revenue[i], revenue[i] * 0.3);
    }
    acc.addCost(0.05 * codes.length);
    CampaignResult r = acc.snapshot();
    return r.responseRate() + r.conversionRate() + r.efficiencyRate() + r.roi();
  }

  /** KPIs by (campaign, channel, segment): a map lookup per outcome. */
  @Benchmark
  public int campaignBreakdown() {
    Breakdown<CampaignKey, CampaignAccumulator, CampaignResult> b = Campaigns.breakdown();
    for (int i = 0; i < codes.length; i++) {
      int c = codes[i];
      int orders = (c & 4) != 0 ? 1 : 0;
      b.group(KEYS[(c >> 4) & 3])
          .addContact((c & 1) != 0, (c & 2) != 0, orders, revenue[i], revenue[i] * 0.3);
    }
    return b.rollUp(CampaignKey::channel).snapshot().size();
  }

  /** The same breakdown with each key's accumulator fetched once, as a hot-path host would. */
  @Benchmark
  public int campaignBreakdownKeptAccumulators() {
    Breakdown<CampaignKey, CampaignAccumulator, CampaignResult> b = Campaigns.breakdown();
    CampaignAccumulator[] byKey = new CampaignAccumulator[KEYS.length];
    for (int k = 0; k < KEYS.length; k++) {
      byKey[k] = b.group(KEYS[k]);
    }
    for (int i = 0; i < codes.length; i++) {
      int c = codes[i];
      int orders = (c & 4) != 0 ? 1 : 0;
      byKey[(c >> 4) & 3].addContact(
          (c & 1) != 0, (c & 2) != 0, orders, revenue[i], revenue[i] * 0.3);
    }
    return b.rollUp(CampaignKey::channel).snapshot().size();
  }

  /** Treatment versus control: uplift, interval and test. */
  @Benchmark
  public double uplift() {
    UpliftAccumulator acc = Uplift.accumulator();
    for (int i = 0; i < codes.length; i++) {
      int c = codes[i];
      acc.add((c & 8) != 0 ? Group.CONTROL : Group.TREATMENT, (c & 4) != 0, revenue[i]);
    }
    UpliftResult r = acc.snapshot();
    return r.uplift() + r.interval(0.95).lower() + r.test().pValue();
  }
}
