package org.osicam.core.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.osicam.core.InvalidDataException;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.ScoreKey;

class SegmentMapTest {
  static final ScoreKey CLV = ScoreKey.of("clv.value");
  static final LocalDate AS_OF = LocalDate.of(2024, 5, 1);
  static final EvaluationContext CTX = EvaluationContext.asOf(AS_OF);

  static final Schema SCHEMA =
      Schema.builder()
          .attribute("age", AttributeType.NUMBER)
          .attribute("country", AttributeType.STRING)
          .attribute("vip", AttributeType.BOOLEAN)
          .attribute("last_purchase", AttributeType.DATE)
          .score(CLV)
          .event("purchase")
          .build();

  static Profile anne() {
    return Profile.builder(CustomerId.of("anne"))
        .attribute("age", 42)
        .attribute("country", "FR")
        .attribute("vip", true)
        .attribute("last_purchase", LocalDate.of(2024, 4, 20))
        .score(CLV, 120)
        .event("purchase", LocalDate.of(2024, 4, 20))
        .event("purchase", LocalDate.of(2024, 3, 1))
        .event("purchase", LocalDate.of(2023, 1, 1))
        .build();
  }

  static Profile bob() {
    return Profile.builder(CustomerId.of("bob"))
        .attribute("age", 17)
        .attribute("last_purchase", LocalDate.of(2023, 12, 1))
        .event("purchase", LocalDate.of(2023, 12, 1))
        .build();
  }

  @Test
  void firstMatchingSegmentWinsAndTheDefaultCatchesTheRest() {
    SegmentMap map =
        SegmentMap.builder(SCHEMA)
            .segment("active", Rule.events("purchase", Period.ofDays(90)).ge(2))
            .segment("adult", Rule.attribute("age").ge(18))
            .segment("lapsed", Rule.daysSince("last_purchase").gt(90))
            .defaultLabel("others")
            .build();

    Membership a = map.assign(anne(), CTX);
    Membership b = map.assign(bob(), CTX);

    assertThat(a.segment()).isEqualTo("active");
    assertThat(a.byDefault()).isFalse();
    assertThat(b.segment()).isEqualTo("lapsed");
    assertThat(b.explanations())
        .extracting(Explanation::segment)
        .containsExactly("active", "adult", "lapsed");
    assertThat(b.explanations().get(2).checks().get(0).value()).isEqualTo("152");
  }

  @Test
  void eventWindowEndsOnTheAsOfDateAndExcludesItsStart() {
    Profile p =
        Profile.builder(CustomerId.of("c"))
            .event("purchase", AS_OF.minusDays(90)) // outside: window is (asOf-90, asOf]
            .event("purchase", AS_OF.minusDays(89))
            .event("purchase", AS_OF)
            .event("purchase", AS_OF.plusDays(1)) // after as-of: ignored
            .build();
    TagSet tags =
        TagSet.builder(SCHEMA)
            .tag("two", Rule.events("purchase", Period.ofDays(90)).eq(2))
            .tag("three", Rule.events("purchase", Period.ofDays(90)).eq(3))
            .build();

    assertThat(tags.tags(p, CTX)).containsExactly("two");
  }

  @Test
  void aMissingValueFailsEveryComparisonButMissingAndNot() {
    TagSet tags =
        TagSet.builder(SCHEMA)
            .tag("ne", Rule.attribute("country").ne("FR"))
            .tag("notIn", Rule.attribute("country").notIn("FR"))
            .tag("missing", Rule.attribute("country").missing())
            .tag("notEq", Rule.not(Rule.attribute("country").eq("FR")))
            .tag("vipFalse", Rule.attribute("vip").eq(false))
            .build();

    assertThat(tags.tags(bob(), CTX)).containsExactly("missing", "notEq");
    assertThat(tags.tags(anne(), CTX)).isEmpty();
  }

  @Test
  void datesCompareAsDates() {
    TagSet tags =
        TagSet.builder(SCHEMA)
            .tag("2024", Rule.attribute("last_purchase").ge(LocalDate.of(2024, 1, 1)))
            .tag(
                "q4",
                Rule.attribute("last_purchase")
                    .between(LocalDate.of(2023, 10, 1), LocalDate.of(2023, 12, 31)))
            .build();

    assertThat(tags.tags(anne(), CTX)).containsExactly("2024");
    assertThat(tags.tags(bob(), CTX)).containsExactly("q4");
  }

  @Test
  void percentileRanksWithinTheTableOrAGivenReference() {
    List<Profile> people =
        List.of(
            Profile.builder(CustomerId.of("a")).score(CLV, 10).build(),
            Profile.builder(CustomerId.of("b")).score(CLV, 20).build(),
            Profile.builder(CustomerId.of("c")).score(CLV, 30).build(),
            Profile.builder(CustomerId.of("d")).score(CLV, 40).build());
    SegmentMap map =
        SegmentMap.builder(SCHEMA)
            .segment("top-half", Rule.percentile(CLV).gt(50))
            .defaultLabel("rest")
            .build();

    Assignment all = map.assignAll(ProfileTable.of(SCHEMA, people), CTX);

    assertThat(all.counts()).containsExactly(Map.entry("top-half", 2L), Map.entry("rest", 2L));
    assertThat(all.label(2)).isEqualTo("top-half");
    assertThatThrownBy(() -> map.assign(people.get(0), CTX))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("segment 'top-half'")
        .hasMessageContaining("percentile reference");
    EvaluationContext withRef = CTX.withReference(CLV, new double[] {10, 20, 30, 40});
    assertThat(map.assign(people.get(2), withRef).segment()).isEqualTo("top-half");
  }

  @Test
  void unknownAttributeIsRejectedWhenTheMapIsBuiltNamingSegmentAndRule() {
    SegmentMap.Builder b =
        SegmentMap.builder(SCHEMA)
            .segment("seniors", Rule.attribute("agee").ge(65))
            .defaultLabel("others");

    assertThatThrownBy(b::build)
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("segment 'seniors': rule `agee ge 65`: unknown attribute 'agee'")
        .extracting(e -> ((InvalidDataException) e).value())
        .isEqualTo("agee");
  }

  @Test
  void wrongTypeIsRejectedNamingTheRule() {
    assertThatThrownBy(
            () -> TagSet.builder(SCHEMA).tag("fr", Rule.attribute("country").eq(33)).build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("segment 'fr'")
        .hasMessageContaining("'country' is a string, compared with a number");
    assertThatCode(() -> TagSet.builder(SCHEMA).tag("x", Rule.attribute("country").in("A")).build())
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> TagSet.builder(SCHEMA).tag("old", Rule.daysSince("age").gt(3)).build())
        .hasMessageContaining("daysSince needs a date attribute; 'age' is a number");
    assertThatThrownBy(
            () -> TagSet.builder(SCHEMA).tag("s", Rule.score(ScoreKey.of("nope")).gt(3)).build())
        .hasMessageContaining("unknown score 'nope'");
  }

  @Test
  void emptyRangeIsRejectedAtOnce() {
    assertThatThrownBy(() -> Rule.attribute("age").between(10, 5))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("rule `age between` must be a non-empty range (min <= max), was 10..5");
  }

  @Test
  void mapWithoutDefaultIsRejected() {
    assertThatThrownBy(
            () -> SegmentMap.builder(SCHEMA).segment("a", Rule.attribute("age").gt(1)).build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("segment map has no default label");
    assertThatThrownBy(
            () ->
                SegmentMap.fromJson(
                    "{\"segments\":[{\"name\":\"a\",\"rule\":{\"attribute\":\"age\",\"op\":\"gt\",\"value\":1}}]}",
                    SCHEMA))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("$.default must be a default label");
  }

  @Test
  void mapJsonRoundTripsAndEvaluatesTheSame() {
    SegmentMap map =
        SegmentMap.builder(SCHEMA)
            .segment(
                "fr-vip",
                Rule.and(Rule.attribute("country").eq("FR"), Rule.attribute("vip").eq(true)))
            .segment("minor", Rule.attribute("age").lt(18))
            .defaultLabel("others")
            .build();

    SegmentMap back = SegmentMap.fromJson(map.toJson(), SCHEMA);

    assertThat(back.segments()).isEqualTo(map.segments());
    assertThat(back.toJson()).isEqualTo(map.toJson());
    assertThat(back.assign(bob(), CTX).segment()).isEqualTo("minor");
    assertThat(map.toJson())
        .isEqualTo(
            "{\"segments\":[{\"name\":\"fr-vip\",\"rule\":{\"and\":[{\"attribute\":\"country\",\"op\":\"eq\",\"value\":\"FR\"},"
                + "{\"attribute\":\"vip\",\"op\":\"eq\",\"value\":true}]}},"
                + "{\"name\":\"minor\",\"rule\":{\"attribute\":\"age\",\"op\":\"lt\",\"value\":17.5}}],"
                    .replace("17.5", "18")
                + "\"default\":\"others\"}");
  }

  @Test
  void badJsonNamesThePath() {
    assertThatThrownBy(
            () -> Rule.fromJson("{\"and\":[{\"attribute\":\"age\",\"op\":\"gte\",\"value\":1}]}"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("$.and[0].op must be one of eq, ne");
    assertThatThrownBy(
            () ->
                Rule.fromJson(
                    "{\"attribute\":\"d\",\"op\":\"lt\",\"value\":{\"date\":\"2024-13-01\"}}"))
        .hasMessageStartingWith("$.value.date must be an ISO date");
    assertThatThrownBy(
            () -> Rule.fromJson("{\"attribute\":\"age\",\"op\":\"between\",\"values\":[5,1]}"))
        .hasMessageContaining("non-empty range");
    assertThatThrownBy(
            () -> Rule.fromJson("{\"attribute\":\"age\",\"op\":\"eq\",\"value\":1,\"extra\":2}"))
        .hasMessageStartingWith("$.extra must be absent here");
  }

  @Test
  void reEvaluationYieldsEnteredAndLeftEvents() {
    TagSet tags = TagSet.builder(SCHEMA).tag("adult", Rule.attribute("age").ge(18)).build();
    Profile young = Profile.builder(CustomerId.of("z")).attribute("age", 17).build();
    Profile grown = Profile.builder(CustomerId.of("z")).attribute("age", 18).build();
    Tagging before = tags.tagAll(ProfileTable.of(SCHEMA, List.of(young, anne())), CTX);
    Tagging after = tags.tagAll(ProfileTable.of(SCHEMA, List.of(grown)), CTX);

    List<SegmentEvent> events = SegmentEvent.diff(before.memberships(), after.memberships(), AS_OF);

    assertThat(events)
        .containsExactly(
            new SegmentEvent(CustomerId.of("anne"), "adult", SegmentEvent.Kind.LEFT, AS_OF),
            new SegmentEvent(CustomerId.of("z"), "adult", SegmentEvent.Kind.ENTERED, AS_OF));
  }

  @Test
  void explanationNamesEveryConditionWithItsValue() {
    TagSet tags =
        TagSet.builder(SCHEMA)
            .tag(
                "fr-adult",
                Rule.and(Rule.attribute("country").eq("FR"), Rule.attribute("age").ge(18)))
            .build();

    Explanation e = tags.explain(anne(), CTX).get(0);

    assertThat(e.matched()).isTrue();
    assertThat(e.toString())
        .isEqualTo("fr-adult matched: country eq \"FR\" [\"FR\"] yes; age ge 18 [42] yes");
  }

  @Test
  void profileValuesOfTheWrongTypeAreRejected() {
    Profile p = Profile.builder(CustomerId.of("x")).attribute("age", "forty").build();
    TagSet tags = TagSet.builder(SCHEMA).tag("a", Rule.attribute("age").ge(18)).build();

    assertThatThrownBy(() -> tags.tags(p, CTX))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("profile x attribute age must be a Number as the schema says, was a String");
  }

  @Test
  void parseValueTypesTextLikeTheCli() {
    assertThat(Profile.parseValue("42")).isEqualTo(42.0);
    assertThat(Profile.parseValue("TRUE")).isEqualTo(true);
    assertThat(Profile.parseValue("2024-03-01")).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(Profile.parseValue("NaN")).isEqualTo("NaN");
    assertThat(Profile.parseValue(" ")).isNull();
    assertThat(Set.of(Profile.parseValue("FR"))).containsExactly("FR");
  }

  @Test
  void columnTypesAreInferredFromText() {
    assertThat(AttributeType.infer(java.util.Arrays.asList("12", "", null, "7.5")))
        .isEqualTo(AttributeType.NUMBER);
    assertThat(AttributeType.infer(List.of("true", "FALSE"))).isEqualTo(AttributeType.BOOLEAN);
    assertThat(AttributeType.infer(List.of("2024-01-02"))).isEqualTo(AttributeType.DATE);
    assertThat(AttributeType.infer(List.of("12", "FR"))).isEqualTo(AttributeType.STRING);
    assertThat(AttributeType.infer(List.of(""))).isEqualTo(AttributeType.STRING);
    assertThat(AttributeType.STRING.parse("42")).isEqualTo("42");
    assertThat(AttributeType.NUMBER.parse(" 42 ")).isEqualTo(42.0);
    assertThat(AttributeType.NUMBER.parse("")).isNull();
    assertThatThrownBy(() -> AttributeType.DATE.parse("01/02/2024"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("value must be a date like 2024-03-01, was \"01/02/2024\"");
  }

  @Test
  void tableColumnsAreCheckedAgainstTheSchema() {
    List<CustomerId> ids = List.of(CustomerId.of("a"), CustomerId.of("b"));
    assertThatThrownBy(() -> ProfileTable.builder(SCHEMA, ids).numbers("height", new double[2]))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("column height must be an attribute of the schema");
    assertThatThrownBy(() -> ProfileTable.builder(SCHEMA, ids).numbers("age", new double[3]))
        .hasMessage("column age must be one value per row (2), was 3");
    assertThatThrownBy(() -> ProfileTable.builder(SCHEMA, ids).numbers("country", new double[2]))
        .hasMessage("column country must be of type string as the schema says, was number");
    assertThatThrownBy(
            () ->
                ProfileTable.builder(SCHEMA, ids)
                    .numbers("age", new double[2])
                    .numbers("age", new double[2]))
        .isInstanceOf(IllegalStateException.class);
  }
}
