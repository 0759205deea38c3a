package org.osicam.core.interact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.osicam.core.InvalidDataException;
import org.osicam.core.model.Channel;
import org.osicam.core.model.Purpose;

class PolicyJsonTest {
  static final String FULL =
      """
      {"actions":[
        {"id":"spring","channel":"email","purpose":"marketing","segments":["A","B"],
         "value":["p","margin"],"cost":0.1,"conflictGroup":"g","controlShare":0.1},
        {"id":"notice","channels":["sms","email"],"purpose":"service","value":1}],
       "pressure":[{"channel":"email","purpose":"marketing","max":2,"window":"P7D"},
                   {"channel":"*","purpose":"marketing","max":4,"window":"P30D"}],
       "quietHours":{"from":"21:00","to":"08:00"},"capacity":{"phone":100},
       "conflictWindow":"P14D"}
      """;

  @Test
  void readsTheCliForm() {
    InteractionPolicy p = InteractionPolicy.fromJson(FULL).seed(1).build();
    assertThat(p.actions()).hasSize(2);
    Action spring = p.action("spring").orElseThrow();
    assertThat(spring.segments()).containsExactly("A", "B");
    assertThat(spring.value().references()).containsExactly("margin", "p");
    assertThat(p.action("notice").orElseThrow().channels())
        .containsExactly(Channel.SMS, Channel.EMAIL);
    assertThat(p.action("notice").orElseThrow().purpose()).isEqualTo(Purpose.SERVICE);
    assertThat(p.pressure().get(1).channel()).isNull();
    assertThat(p.pressure().get(0).window()).isEqualTo(Duration.ofDays(7));
    assertThat(p.capacities()).containsEntry(Channel.PHONE, 100);
    assertThat(p.quietHours().orElseThrow().toString()).isEqualTo("21:00-08:00");
  }

  @Test
  void aNegativeCapIsRejectedNamingTheCap() {
    String json =
        "{\"actions\":[],\"pressure\":[{\"channel\":\"email\",\"max\":-1,\"window\":\"P7D\"}]}";
    assertThatThrownBy(() -> InteractionPolicy.fromJson(json))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("pressure[0].max must be 0 or more, was -1");
  }

  @Test
  void anInvalidDurationIsRejected() {
    String json = "{\"actions\":[],\"pressure\":[{\"max\":1,\"window\":\"7 days\"}]}";
    assertThatThrownBy(() -> InteractionPolicy.fromJson(json))
        .hasMessage(
            "pressure[0].window must be an ISO-8601 duration in weeks, days or hours such as P7D or"
                + " PT12H, was \"7 days\"");
    assertThatThrownBy(
            () -> InteractionPolicy.fromJson("{\"actions\":[],\"conflictWindow\":\"P1M\"}"))
        .hasMessageStartingWith("conflictWindow must be an ISO-8601 duration");
  }

  @Test
  void anUnknownSegmentOrValueNameIsRejectedNamingTheAction() {
    assertThatThrownBy(() -> InteractionPolicy.fromJson(FULL).knownSegments(List.of("A")).build())
        .hasMessage("action[spring].segments must be known segments [A], was \"B\"");
    assertThatThrownBy(() -> InteractionPolicy.fromJson(FULL).knownNames(List.of("p")).build())
        .hasMessage("action[spring].value must be a known attribute or score [p], was \"margin\"");
  }

  @Test
  void badFieldsNameTheAction() {
    assertThatThrownBy(
            () -> InteractionPolicy.fromJson("{\"actions\":[{\"id\":\"x\",\"channel\":\"fax\"}]}"))
        .hasMessage(
            "action[x].channel must be one of email, sms, phone, mail, push, web, was \"fax\"");
    assertThatThrownBy(
            () ->
                InteractionPolicy.fromJson(
                    "{\"actions\":[{\"id\":\"x\",\"channel\":\"sms\",\"controlShare\":1.5}]}"))
        .hasMessage("action[x].controlShare must be in [0, 1), was 1.5");
    assertThatThrownBy(
            () ->
                InteractionPolicy.fromJson(
                    "{\"actions\":[{\"id\":\"x\",\"channel\":\"sms\",\"costs\":1}]}"))
        .hasMessageContaining("action[x] must be made of the fields")
        .hasMessageEndingWith("was unknown field \"costs\"");
    assertThatThrownBy(
            () ->
                InteractionPolicy.fromJson(
                        "{\"actions\":[{\"id\":\"x\",\"channel\":\"sms\"},{\"id\":\"x\",\"channel\":\"sms\"}]}")
                    .build())
        .hasMessage("action.id must be unique in the catalogue, was x");
    assertThatThrownBy(() -> InteractionPolicy.fromJson("{\"actions\":[}"))
        .hasMessageStartingWith("policy must be valid JSON, was an error at line 1, column");
  }

  static final org.osicam.core.segment.Schema SCHEMA =
      org.osicam.core.segment.Schema.builder()
          .attribute("age", org.osicam.core.segment.AttributeType.NUMBER)
          .score(org.osicam.core.model.ScoreKey.of("clv.value"))
          .event("purchased")
          .build();

  @Test
  void eligibilityRulesInTheSegmentLanguageAreCheckedAgainstTheSchemaAndApplied() {
    String json =
        "{\"actions\":[{\"id\":\"adults\",\"channel\":\"email\",\"value\":1,"
            + "\"eligibility\":{\"and\":[{\"attribute\":\"age\",\"op\":\"ge\",\"value\":18},"
            + "{\"events\":\"purchased\",\"window\":\"P90D\",\"op\":\"ge\",\"value\":1}]}}]}";
    InteractionPolicy p = InteractionPolicy.fromJson(json, SCHEMA, java.util.Map.of()).build();
    java.time.Instant asOf = PlannerTest.AS_OF;
    CustomerState adultBuyer =
        PlannerTest.consenting("C1", Channel.EMAIL)
            .attribute("age", 30)
            .interaction(
                org.osicam.core.model.Interaction.builder(
                        "i",
                        org.osicam.core.model.CustomerId.of("C1"),
                        Channel.WEB,
                        asOf.minusSeconds(86400))
                    .status(org.osicam.core.model.InteractionStatus.PURCHASED)
                    .build())
            .build();
    CustomerState adultOnly =
        PlannerTest.consenting("C2", Channel.EMAIL).attribute("age", 30).build();
    Plan plan = p.planner().plan(List.of(adultBuyer, adultOnly), asOf);
    assertThat(plan.decisions().get(0).actionId()).contains("adults");
    assertThat(plan.decisions().get(1).refusedPairs()).containsExactly("adults:eligibility");
    assertThat(plan.decisions().get(1).refusals().get(0).detail())
        .startsWith("rule {\"and\":[{\"attribute\":\"age\"")
        .endsWith(" not met");
  }

  @Test
  void anEligibilityRuleOnAnUnknownAttributeOrScoreNamesTheAction() {
    String unknownScore =
        "{\"actions\":[{\"id\":\"vip\",\"channel\":\"email\","
            + "\"eligibility\":{\"score\":\"clv.valu\",\"op\":\"gt\",\"value\":10}}]}";
    assertThatThrownBy(() -> InteractionPolicy.fromJson(unknownScore, SCHEMA, java.util.Map.of()))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("action[vip].eligibility: ")
        .hasMessageContaining("unknown score 'clv.valu'");
    String badJson =
        "{\"actions\":[{\"id\":\"vip\",\"channel\":\"email\",\"eligibility\":{\"and\":[]}}]}";
    assertThatThrownBy(() -> InteractionPolicy.fromJson(badJson, SCHEMA, java.util.Map.of()))
        .hasMessageStartingWith("action[vip].eligibility.and must be a non-empty array of rules");
    assertThatThrownBy(() -> InteractionPolicy.fromJson(badJson))
        .hasMessageStartingWith("action[vip].eligibility must be read with a schema");
  }

  @Test
  void batchEvaluationOfEligibilityRulesAgreesWithOneCustomerAtATime() {
    String json =
        "{\"actions\":[{\"id\":\"a\",\"channel\":\"email\",\"value\":1,"
            + "\"eligibility\":{\"or\":[{\"attribute\":\"age\",\"op\":\"lt\",\"value\":30},"
            + "{\"percentile\":\"clv.value\",\"op\":\"ge\",\"value\":80},"
            + "{\"events\":\"purchased\",\"window\":\"P30D\",\"op\":\"ge\",\"value\":2}]}}]}";
    java.util.SplittableRandom r = new java.util.SplittableRandom(9);
    java.time.Instant asOf = PlannerTest.AS_OF;
    List<CustomerState> customers = new java.util.ArrayList<>();
    double[] clv = new double[300];
    for (int i = 0; i < 300; i++) {
      clv[i] = r.nextInt(1000);
      CustomerState.Builder b =
          PlannerTest.consenting("C" + i, Channel.EMAIL)
              .score(org.osicam.core.model.ScoreKey.of("clv.value"), clv[i]);
      if (r.nextInt(5) > 0) {
        b.attribute("age", 18 + r.nextInt(60));
      }
      for (int k = r.nextInt(4); k > 0; k--) {
        b.interaction(
            org.osicam.core.model.Interaction.builder(
                    "i" + i + "-" + k,
                    org.osicam.core.model.CustomerId.of("C" + i),
                    Channel.WEB,
                    asOf.minus(Duration.ofDays(r.nextInt(60))))
                .status(org.osicam.core.model.InteractionStatus.PURCHASED)
                .build());
      }
      customers.add(b.build());
    }
    InteractionPolicy p =
        InteractionPolicy.fromJson(
                json, SCHEMA, java.util.Map.of(org.osicam.core.model.ScoreKey.of("clv.value"), clv))
            .build();
    Eligibility rule = p.action("a").orElseThrow().eligibility();
    Plan plan = p.planner().plan(customers, asOf);
    int eligible = 0;
    for (int i = 0; i < customers.size(); i++) {
      boolean one = rule.test(customers.get(i), asOf);
      assertThat(plan.decisions().get(i).actionId().isPresent()).as("C" + i).isEqualTo(one);
      eligible += one ? 1 : 0;
    }
    assertThat(eligible).isBetween(50, 290);
  }
}
