package org.osicam.core.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NormalizeTest {

  @Test
  void namesLoseCaseAccentsPunctuationAndGlueParticles() {
    assertThat(Normalize.name("  Jean-Pierre  ")).isEqualTo("jean pierre");
    assertThat(Normalize.name("Hélène")).isEqualTo("helene");
    assertThat(Normalize.name("O'Brien")).isEqualTo("obrien");
    assertThat(Normalize.name("de la Fontaine")).isEqualTo("delafontaine");
    assertThat(Normalize.name("Van der Berg")).isEqualTo("vanderberg");
    assertThat(Normalize.name(" - ")).isNull();
  }

  @Test
  void emailIsTrimmedAndLowerCased() {
    assertThat(Normalize.email(" Anne.Martin@Example.ORG ")).isEqualTo("anne.martin@example.org");
  }

  @Test
  void phonesBecomeE164InTheDefaultRegion() {
    assertThat(Normalize.phone("06 12 34 56 78", "FR")).isEqualTo("+33612345678");
    assertThat(Normalize.phone("+33 (0)6.12.34.56.78", "FR")).isEqualTo("+33612345678");
    assertThat(Normalize.phone("020 7946 0018", "GB")).isEqualTo("+442079460018");
    assertThat(Normalize.phone("12", "FR")).isEqualTo("12");
  }

  @Test
  void datesInSeveralShapesBecomeIso() {
    assertThat(Normalize.date("1980-04-03", Normalize.Order.DAY_FIRST)).isEqualTo("1980-04-03");
    assertThat(Normalize.date("19800403", Normalize.Order.DAY_FIRST)).isEqualTo("1980-04-03");
    assertThat(Normalize.date("03/04/1980", Normalize.Order.DAY_FIRST)).isEqualTo("1980-04-03");
    assertThat(Normalize.date("04/03/1980", Normalize.Order.MONTH_FIRST)).isEqualTo("1980-04-03");
    assertThat(Normalize.date("1980-04-03T10:00:00Z", Normalize.Order.DAY_FIRST))
        .isEqualTo("1980-04-03");
  }

  @Test
  void impossibleCalendarDatesAreKeptAsDigitsAndGarbageIsRejected() {
    assertThat(Normalize.date("19450493", Normalize.Order.DAY_FIRST)).isEqualTo("19450493");
    assertThat(Normalize.date("31/02/1980", Normalize.Order.DAY_FIRST)).isEqualTo("19800231");
    assertThatThrownBy(() -> Normalize.date("yesterday", Normalize.Order.DAY_FIRST))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Normalize.date("1/2/80", Normalize.Order.DAY_FIRST))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void streetTypesAreWrittenOutInFrenchAndEnglish() {
    assertThat(Normalize.street("12, r. de la Paix")).isEqualTo("12 rue de la paix");
    assertThat(Normalize.street("Bd Haussmann")).isEqualTo("boulevard haussmann");
    assertThat(Normalize.street("av Foch")).isEqualTo("avenue foch");
    assertThat(Normalize.street("Baker St")).isEqualTo("baker street");
    assertThat(Normalize.street("Abbey Rd.")).isEqualTo("abbey road");
    assertThat(Normalize.street("St John St")).isEqualTo("saint john street");
  }

  @Test
  void postcodesAndIdsKeepLettersAndDigits() {
    assertThat(Normalize.code("sw1a 1aa")).isEqualTo("SW1A1AA");
    assertThat(Normalize.code("1 80 04 75 123 456")).isEqualTo("180047512345" + "6");
  }

  @Test
  void frenchPhoneticGroupsCommonSpellings() {
    assertThat(FrenchPhonetic.encode("dupont")).isEqualTo(FrenchPhonetic.encode("dupond"));
    assertThat(FrenchPhonetic.encode("gauthier")).isEqualTo(FrenchPhonetic.encode("gautier"));
    assertThat(FrenchPhonetic.encode(Normalize.name("Lefèvre")))
        .isEqualTo(FrenchPhonetic.encode("lefebvre"));
    assertThat(FrenchPhonetic.encode("martin")).isNotEqualTo(FrenchPhonetic.encode("durand"));
  }
}
