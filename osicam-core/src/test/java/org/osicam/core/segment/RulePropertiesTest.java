package org.osicam.core.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.ScoreKey;

class RulePropertiesTest {
  static final ScoreKey S = ScoreKey.of("s");
  static final LocalDate BASE = LocalDate.of(2024, 1, 1);
  static final Schema SCHEMA =
      Schema.builder()
          .attribute("n", AttributeType.NUMBER)
          .attribute("t", AttributeType.STRING)
          .attribute("b", AttributeType.BOOLEAN)
          .attribute("d", AttributeType.DATE)
          .score(S)
          .event("e")
          .build();

  @Property(tries = 300)
  void jsonAndDslAreTheSameTree(@ForAll("rules") Rule rule) {
    Rule back = Rule.fromJson(rule.toJson());

    assertThat(back).isEqualTo(rule);
    assertThat(back.toJson()).isEqualTo(rule.toJson());
  }

  @Property(tries = 60)
  void singleAndBulkEvaluationAgree(
      @ForAll("ruleLists") List<Rule> rules, @ForAll("populations") List<Profile> people) {
    TagSet.Builder b = TagSet.builder(SCHEMA);
    for (int i = 0; i < rules.size(); i++) {
      b.tag("r" + i, rules.get(i));
    }
    TagSet tags = b.build();
    ProfileTable table = ProfileTable.of(SCHEMA, people);
    EvaluationContext ctx = EvaluationContext.asOf(BASE.plusDays(30));
    double[] ref =
        people.stream()
            .filter(p -> p.score(S).isPresent())
            .mapToDouble(p -> p.score(S).getAsDouble())
            .toArray();
    EvaluationContext single = ref.length == 0 ? ctx : ctx.withReference(S, ref);

    Tagging bulk = tags.tagAll(table, ctx);

    for (int row = 0; row < people.size(); row++) {
      if (ref.length == 0 && usesPercentile(rules)) {
        continue;
      }
      assertThat(tags.tags(people.get(row), single)).isEqualTo(bulk.tags(row));
    }
  }

  @Property(tries = 200)
  void percentileCutOffsAgreeWithRankingEveryRow(
      @ForAll("populations") List<Profile> people,
      @ForAll("percentileOps") int op,
      @ForAll("percentages") double a,
      @ForAll("percentages") double b) {
    Operand pct = Rule.percentile(S);
    Rule rule =
        switch (op) {
          case 0 -> pct.ge(a);
          case 1 -> pct.gt(a);
          case 2 -> pct.lt(a);
          case 3 -> pct.le(a);
          default -> pct.between(Math.min(a, b), Math.max(a, b));
        };
    TagSet tags = TagSet.builder(SCHEMA).tag("p", rule).build();
    double[] ref =
        people.stream()
            .filter(p -> p.score(S).isPresent())
            .mapToDouble(p -> p.score(S).getAsDouble())
            .sorted()
            .toArray();

    Tagging bulk = tags.tagAll(ProfileTable.of(SCHEMA, people), EvaluationContext.asOf(BASE));

    for (int row = 0; row < people.size(); row++) {
      boolean expected = false;
      if (people.get(row).score(S).isPresent()) {
        double v = people.get(row).score(S).getAsDouble();
        long atOrBelow = java.util.Arrays.stream(ref).filter(x -> x <= v).count();
        double p = 100.0 * atOrBelow / ref.length;
        expected =
            switch (op) {
              case 0 -> p >= a;
              case 1 -> p > a;
              case 2 -> p < a;
              case 3 -> p <= a;
              default -> p >= Math.min(a, b) && p <= Math.max(a, b);
            };
      }
      assertThat(bulk.has(row, "p")).as("row %d rule %s", row, rule).isEqualTo(expected);
    }
  }

  @Provide
  Arbitrary<Integer> percentileOps() {
    return Arbitraries.integers().between(0, 4);
  }

  @Provide
  Arbitrary<Double> percentages() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(-5, 105).map(i -> (double) i),
        Arbitraries.of(0.0, 25.0, 100.0 / 3, 50.0, 100.0));
  }

  private static boolean usesPercentile(List<Rule> rules) {
    return rules.stream().anyMatch(r -> r.toJson().contains("percentile"));
  }

  @Provide
  Arbitrary<List<Rule>> ruleLists() {
    return rules().list().ofMinSize(1).ofMaxSize(5);
  }

  @Provide
  Arbitrary<Rule> rules() {
    return Arbitraries.lazyOf(
        RulePropertiesTest::condition,
        RulePropertiesTest::condition,
        RulePropertiesTest::condition,
        () -> rules().list().ofMinSize(1).ofMaxSize(3).map(Rule::and),
        () -> rules().list().ofMinSize(1).ofMaxSize(3).map(Rule::or),
        () -> rules().map(Rule::not));
  }

  private static Arbitrary<Rule> condition() {
    Arbitrary<Double> num = Arbitraries.integers().between(-3, 12).map(i -> i / 2.0);
    Arbitrary<String> text = Arbitraries.of("a", "b", "c", "é,\"q\"");
    Arbitrary<LocalDate> date = Arbitraries.integers().between(0, 40).map(BASE::plusDays);
    Arbitrary<Operand> numeric =
        Arbitraries.of(
            Rule.attribute("n"),
            Rule.score(S),
            Rule.daysSince("d"),
            Rule.events("e", Period.ofDays(10)),
            Rule.percentile(S));
    Arbitrary<Rule> onNumbers =
        Combinators.combine(numeric, Arbitraries.integers().between(0, 9), num, num)
            .as(
                (o, op, x, y) ->
                    switch (op) {
                      case 0 -> o.eq(x);
                      case 1 -> o.ne(x);
                      case 2 -> o.lt(x);
                      case 3 -> o.le(x);
                      case 4 -> o.gt(x);
                      case 5 -> o.ge(x);
                      case 6 -> o.between(Math.min(x, y), Math.max(x, y));
                      case 7 -> o.in(x, y);
                      case 8 -> o.notIn(x);
                      default -> o.exists();
                    });
    Arbitrary<Rule> onText =
        Combinators.combine(Arbitraries.integers().between(0, 4), text, text)
            .as(
                (op, x, y) ->
                    switch (op) {
                      case 0 -> Rule.attribute("t").eq(x);
                      case 1 -> Rule.attribute("t").ne(x);
                      case 2 -> Rule.attribute("t").in(x, y);
                      case 3 -> Rule.attribute("t").notIn(x);
                      default -> Rule.attribute("t").missing();
                    });
    Arbitrary<Rule> onBool =
        Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.of(true, false))
            .as(
                (op, x) ->
                    switch (op) {
                      case 0 -> Rule.attribute("b").eq(x);
                      case 1 -> Rule.attribute("b").ne(x);
                      default -> Rule.attribute("b").exists();
                    });
    Arbitrary<Rule> onDate =
        Combinators.combine(Arbitraries.integers().between(0, 3), date, date)
            .as(
                (op, x, y) ->
                    switch (op) {
                      case 0 -> Rule.attribute("d").eq(x);
                      case 1 -> Rule.attribute("d").lt(x);
                      case 2 -> Rule.attribute("d").ge(x);
                      default ->
                          Rule.attribute("d").between(x.isBefore(y) ? x : y, x.isBefore(y) ? y : x);
                    });
    return Arbitraries.oneOf(onNumbers, onNumbers, onText, onBool, onDate);
  }

  @Provide
  Arbitrary<List<Profile>> populations() {
    return profile().list().ofMinSize(1).ofMaxSize(40);
  }

  private static Arbitrary<Profile> profile() {
    Arbitrary<Double> num = Arbitraries.integers().between(-3, 12).map(i -> i / 2.0);
    return Combinators.combine(
            Combinators.combine(
                    num.injectNull(0.2),
                    Arbitraries.of("a", "b", "c").injectNull(0.2),
                    Arbitraries.of(true, false).injectNull(0.2),
                    Arbitraries.integers().between(0, 40).injectNull(0.2))
                .as(java.util.Arrays::asList),
            num.injectNull(0.3),
            Arbitraries.integers().between(0, 40).list().ofMaxSize(5),
            Arbitraries.integers().between(0, 1_000_000))
        .as(
            (attrs, score, events, id) -> {
              Profile.Builder b = Profile.builder(CustomerId.of("c" + id));
              List<Object> a = new ArrayList<>(attrs);
              if (a.get(0) != null) {
                b.attribute("n", a.get(0));
              }
              if (a.get(1) != null) {
                b.attribute("t", a.get(1));
              }
              if (a.get(2) != null) {
                b.attribute("b", a.get(2));
              }
              if (a.get(3) != null) {
                b.attribute("d", BASE.plusDays((Integer) a.get(3)));
              }
              if (score != null) {
                b.score(S, score);
              }
              for (int e : events) {
                b.event("e", BASE.plusDays(e));
              }
              return b.build();
            });
  }
}
