package org.osicam.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.osicam.core.InvalidDataException;

class ModelValidationTest {
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
  private static final CustomerId C1 = CustomerId.of("C1");

  @Test
  void blankCustomerIdIsRejectedWithFieldAndRule() {
    assertThatThrownBy(() -> CustomerId.of("  "))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("customerId must be non-blank, was \"  \"")
        .satisfies(
            e -> {
              InvalidDataException ide = (InvalidDataException) e;
              assertThat(ide.field()).isEqualTo("customerId");
              assertThat(ide.rule()).isEqualTo("non-blank");
            });
  }

  @Test
  void surveyScoreOutsideTheInstrumentRangeIsRejected() {
    assertThatThrownBy(() -> new SurveyResponse("R1", C1, Instrument.NPS, 11, T0, null))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("surveyResponse.score must be between 0 and 10 for nps, was 11");
    assertThatThrownBy(() -> new SurveyResponse("R1", C1, Instrument.CSAT, 0, T0, null))
        .hasMessageContaining("between 1 and 5 for csat");
  }

  @Test
  void currencyMustBeAnIsoCode() {
    assertThatThrownBy(() -> Transaction.of("T1", C1, T0, BigDecimal.ONE, "euro"))
        .hasMessage("transaction.currency must be an ISO 4217 code like EUR, was euro");
  }

  @Test
  void consentExpiryMustFollowItsTimestamp() {
    assertThatThrownBy(
            () -> new Consent(C1, Purpose.MARKETING, Channel.EMAIL, true, T0, T0.minusSeconds(1)))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("consent.expiresAt must be after consent.timestamp");
  }

  @Test
  void consentIsValidOnlyBetweenGrantAndExpiry() {
    Consent c = new Consent(C1, Purpose.MARKETING, Channel.EMAIL, true, T0, T0.plusSeconds(3600));
    assertThat(c.validAt(T0.minusSeconds(1))).isFalse();
    assertThat(c.validAt(T0)).isTrue();
    assertThat(c.validAt(T0.plusSeconds(3600))).isFalse();
    assertThat(new Consent(C1, Purpose.MARKETING, Channel.EMAIL, false, T0, null).validAt(T0))
        .isFalse();
  }

  @Test
  void lineageMustPointToTheCustomersOwnAttributesAndSources() {
    SourceKey shop = new SourceKey("shop", "1");
    assertThatThrownBy(
            () -> new Customer(C1, Map.of("email", "x"), Set.of(), Map.of("email", shop), Set.of()))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "customer.lineage must be pointing to one of the customer's sources, was shop:1");
    assertThatThrownBy(
            () -> new Customer(C1, Map.of(), Set.of(shop), Map.of("email", shop), Set.of()))
        .hasMessage("customer.lineage must be keyed by an attribute of the customer, was email");
  }

  @Test
  void sourceRecordDropsBlankValuesAndTrims() {
    SourceRecord r =
        new SourceRecord(
            new SourceKey("shop", "1"), Map.of("email", "  a@b.org ", "phone", "  "), null);
    assertThat(r.attributes()).containsExactly(Map.entry("email", "a@b.org"));
    assertThat(r.attribute(Role.PHONE)).isEmpty();
  }

  @Test
  void enumsParseCaseInsensitivelyAndNameTheAllowedValues() {
    assertThat(Channel.parse(" Email ")).isEqualTo(Channel.EMAIL);
    assertThat(InteractionStatus.parse("no-reaction")).isEqualTo(InteractionStatus.NO_REACTION);
    assertThatThrownBy(() -> Purpose.parse("sales"))
        .hasMessage("purpose must be one of marketing, service, was \"sales\"");
  }

  @Test
  void recordsCopyTheirCollections() {
    List<String> items = new java.util.ArrayList<>(List.of("a"));
    Transaction t = new Transaction("T1", C1, T0, BigDecimal.TEN, "EUR", items, null, null);
    items.add("b");
    assertThat(t.items()).containsExactly("a");
  }

  @Test
  void scoreKeysAreLowerCaseNames() {
    assertThat(ScoreKey.of("clv.p_alive").name()).isEqualTo("clv.p_alive");
    assertThatThrownBy(() -> ScoreKey.of("P Alive")).isInstanceOf(InvalidDataException.class);
    assertThatThrownBy(() -> Score.of(C1, ScoreKey.of("x"), Double.NaN, T0))
        .hasMessage("score.value must be finite, was NaN");
  }
}
