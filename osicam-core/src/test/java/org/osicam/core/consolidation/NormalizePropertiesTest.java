package org.osicam.core.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every normaliser is idempotent: normalising twice changes nothing. */
class NormalizePropertiesTest {

  @Provide
  Arbitrary<String> messy() {
    return Arbitraries.strings()
        .withChars("abcdeéèçÀÉ-' .,/StRdBbvAV0123456789@+()ßœ")
        .ofMaxLength(30);
  }

  @Property(tries = 500)
  void namesAreIdempotent(@ForAll("messy") String s) {
    String once = Normalize.name(s);
    assertThat(Normalize.name(once)).isEqualTo(once);
  }

  @Property(tries = 500)
  void streetsAreIdempotent(@ForAll("messy") String s) {
    String once = Normalize.street(s);
    assertThat(Normalize.street(once)).isEqualTo(once);
  }

  @Property(tries = 500)
  void emailsAndCodesAreIdempotent(@ForAll("messy") String s) {
    assertThat(Normalize.email(Normalize.email(s))).isEqualTo(Normalize.email(s));
    assertThat(Normalize.code(Normalize.code(s))).isEqualTo(Normalize.code(s));
  }

  @Property(tries = 300)
  void phonesAreIdempotent(@ForAll("messy") String s) {
    String once = Normalize.phone(s, "FR");
    assertThat(Normalize.phone(once, "FR")).isEqualTo(once);
  }

  @Property(tries = 300)
  void datesAreIdempotentInEveryShape(@ForAll("dates") String s) {
    for (Normalize.Order order : Normalize.Order.values()) {
      String once = Normalize.date(s, order);
      assertThat(Normalize.date(once, order)).isEqualTo(once);
    }
  }

  @Provide
  Arbitrary<String> dates() {
    Arbitrary<LocalDate> d =
        Arbitraries.longs().between(-20_000, 20_000).map(x -> LocalDate.of(1970, 1, 1).plusDays(x));
    return Arbitraries.oneOf(
        d.map(LocalDate::toString),
        d.map(x -> x.toString().replace("-", "")),
        d.map(
            x ->
                String.format("%02d/%02d/%04d", x.getDayOfMonth(), x.getMonthValue(), x.getYear())),
        Arbitraries.strings().numeric().ofLength(8));
  }
}
