package org.osicam.benchmarks;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.ScoreKey;
import org.osicam.core.segment.Assignment;
import org.osicam.core.segment.AttributeType;
import org.osicam.core.segment.EvaluationContext;
import org.osicam.core.segment.Profile;
import org.osicam.core.segment.ProfileTable;
import org.osicam.core.segment.Rule;
import org.osicam.core.segment.Schema;
import org.osicam.core.segment.SegmentMap;
import org.osicam.core.segment.TagSet;
import org.osicam.core.segment.Tagging;

/**
 * Segment definitions: 20 rules (numbers, text, booleans, dates, scores, percentiles, event
 * windows, and/or/not) over a columnar population, as tags (every rule on every profile) and as an
 * exclusive map; and one profile on its own (the same code on a one-row table).
 *
 * <p>Run: {@code java -Xmx8g -jar benchmarks/target/benchmarks.jar Segment -f 1 -wi 2 -i 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx8g")
public class SegmentBenchmark {
  static final ScoreKey CLV = ScoreKey.of("clv.value");
  static final ScoreKey R = ScoreKey.of("rfm.r");
  static final LocalDate AS_OF = LocalDate.of(2024, 5, 1);

  @Param({"1000", "100000", "1000000"})
  int profiles;

  private Schema schema;
  private ProfileTable table;
  private TagSet tags;
  private SegmentMap map;
  private Profile one;
  private EvaluationContext ctx;
  private EvaluationContext withReference;

  @Setup
  public void setUp() {
    schema =
        Schema.builder()
            .attribute("age", AttributeType.NUMBER)
            .attribute("country", AttributeType.STRING)
            .attribute("vip", AttributeType.BOOLEAN)
            .attribute("last_purchase", AttributeType.DATE)
            .score(CLV)
            .score(R)
            .event("purchase")
            .build();
    SplittableRandom random = new SplittableRandom(7);
    String[] countries = {"FR", "BE", "DE", "ES", "IT", "NL"};
    List<CustomerId> ids = new ArrayList<>(profiles);
    double[] age = new double[profiles];
    String[] country = new String[profiles];
    Boolean[] vip = new Boolean[profiles];
    LocalDate[] last = new LocalDate[profiles];
    double[] clv = new double[profiles];
    double[] r = new double[profiles];
    List<List<LocalDate>> purchases = new ArrayList<>(profiles);
    for (int i = 0; i < profiles; i++) {
      ids.add(CustomerId.of("C" + i));
      age[i] = random.nextInt(10) == 0 ? Double.NaN : 18 + random.nextInt(70);
      country[i] = random.nextInt(20) == 0 ? null : countries[random.nextInt(countries.length)];
      vip[i] = random.nextInt(10) == 0;
      last[i] = AS_OF.minusDays(random.nextInt(720));
      clv[i] = Math.exp(4 + random.nextGaussian());
      r[i] = 1 + random.nextInt(5);
      int k = random.nextInt(5);
      List<LocalDate> p = new ArrayList<>(k);
      for (int j = 0; j < k; j++) {
        p.add(AS_OF.minusDays(random.nextInt(365)));
      }
      purchases.add(p);
    }
    table =
        ProfileTable.builder(schema, ids)
            .numbers("age", age)
            .strings("country", country)
            .booleans("vip", vip)
            .dates("last_purchase", last)
            .scores(CLV, clv)
            .scores(R, r)
            .events("purchase", purchases)
            .build();
    List<Rule> rules = twentyRules();
    TagSet.Builder tb = TagSet.builder(schema);
    SegmentMap.Builder mb = SegmentMap.builder(schema);
    for (int i = 0; i < rules.size(); i++) {
      tb.tag("s" + i, rules.get(i));
      mb.segment("s" + i, rules.get(i));
    }
    tags = tb.build();
    map = mb.defaultLabel("others").build();
    ctx = EvaluationContext.asOf(AS_OF);
    withReference = ctx.withReference(CLV, clv);
    one =
        Profile.builder(CustomerId.of("one"))
            .attribute("age", 42)
            .attribute("country", "FR")
            .attribute("vip", false)
            .attribute("last_purchase", AS_OF.minusDays(40))
            .score(CLV, 80)
            .score(R, 4)
            .event("purchase", AS_OF.minusDays(40))
            .event("purchase", AS_OF.minusDays(100))
            .build();
  }

  static List<Rule> twentyRules() {
    Period q = Period.ofDays(90);
    return List.of(
        Rule.attribute("age").ge(65),
        Rule.attribute("age").between(18, 25),
        Rule.attribute("country").eq("FR"),
        Rule.attribute("country").in("BE", "NL", "DE"),
        Rule.attribute("vip").eq(true),
        Rule.daysSince("last_purchase").gt(365),
        Rule.daysSince("last_purchase").le(30),
        Rule.events("purchase", q).ge(2),
        Rule.events("purchase", Period.ofDays(365)).eq(0),
        Rule.score(R).ge(4),
        Rule.percentile(CLV).ge(90),
        Rule.percentile(CLV).lt(20),
        Rule.and(Rule.attribute("country").eq("FR"), Rule.score(R).eq(5)),
        Rule.and(Rule.attribute("vip").eq(true), Rule.daysSince("last_purchase").gt(180)),
        Rule.or(Rule.attribute("age").lt(25), Rule.events("purchase", q).ge(3)),
        Rule.not(Rule.attribute("country").in("FR", "BE")),
        Rule.attribute("age").missing(),
        Rule.and(
            Rule.score(CLV).gt(100),
            Rule.or(Rule.attribute("country").eq("DE"), Rule.attribute("country").eq("ES"))),
        Rule.and(
            Rule.attribute("last_purchase").ge(LocalDate.of(2024, 1, 1)),
            Rule.not(Rule.attribute("vip").eq(true))),
        Rule.or(
            Rule.and(Rule.score(R).le(2), Rule.percentile(CLV).ge(50)),
            Rule.and(Rule.attribute("age").ge(40), Rule.events("purchase", q).eq(1))));
  }

  /** All 20 rules on every profile (non-exclusive tags). */
  @Benchmark
  public long twentyTagsOverThePopulation() {
    Tagging t = tags.tagAll(table, ctx);
    return t.counts().values().stream().mapToLong(Long::longValue).sum();
  }

  /** The 20 rules as an exclusive map (first match wins). */
  @Benchmark
  public int twentySegmentMapOverThePopulation() {
    Assignment a = map.assignAll(table, ctx);
    return a.counts().size();
  }

  /** One profile, the 20 tags (evaluated as a one-row table). */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public int twentyTagsOneProfile() {
    return tags.tags(one, withReference).size();
  }
}
