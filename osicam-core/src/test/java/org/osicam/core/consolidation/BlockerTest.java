package org.osicam.core.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.osicam.core.model.SourceKey;
import org.osicam.core.model.SourceRecord;

/** Blocking keys: the e-mail local part. */
class BlockerTest {
  private static final BlockingRule LOCAL_PART = BlockingRule.of(BlockingKey.EMAIL_LOCAL_PART);

  private static Person person(String email) {
    return Person.of(
        new SourceRecord(new SourceKey("s", "1"), Map.of("email", email), null),
        ConsolidationConfig.defaults());
  }

  @Test
  void theLocalPartIsWhatComesBeforeTheLastAt() {
    assertThat(Blocker.emailLocalPart("anna.smith@gmail.com")).isEqualTo("anna.smith");
    assertThat(Blocker.emailLocalPart("f@b@reese.com")).isEqualTo("f@b");
    assertThat(Blocker.emailLocalPart("ar20@miller-torres.org")).isEqualTo("ar20");
    assertThat(Blocker.emailLocalPart("e.e@day.com")).isEqualTo("e.e");
  }

  @Test
  void noLocalPartWithoutAnAtOrBeforeIt() {
    assertThat(Blocker.emailLocalPart("oliverjones82bond.biz")).isNull();
    assertThat(Blocker.emailLocalPart("@example.org")).isNull();
  }

  @Test
  void localPartsThatSayNothingAboutThePersonGiveNoKey() {
    for (String email :
        List.of(
            "info@shop.example",
            "contact@example.org",
            "admin@example.org",
            "noreply@example.org",
            "0612345678@free.fr",
            "12345@example.org",
            "j@example.org",
            "j.1@example.org",
            "..@example.org")) {
      assertThat(Blocker.emailLocalPart(email)).as(email).isNull();
      assertThat(Blocker.key(person(email), LOCAL_PART)).as(email).isEqualTo(Blocker.NONE);
    }
  }

  @Test
  void theSameMailboxNameAtAnotherDomainHasTheSameKey() {
    int a = Blocker.key(person("Anna.Smith@gmail.com"), LOCAL_PART);
    assertThat(a).isNotEqualTo(Blocker.NONE);
    assertThat(Blocker.key(person("anna.smith@gmial.com"), LOCAL_PART)).isEqualTo(a);
    assertThat(Blocker.key(person("anna.smyth@gmail.com"), LOCAL_PART)).isNotEqualTo(a);
  }

  @Test
  void noEmailNoKey() {
    Person none =
        Person.of(
            new SourceRecord(new SourceKey("s", "2"), Map.of("given_name", "Anna"), null),
            ConsolidationConfig.defaults());
    assertThat(Blocker.key(none, LOCAL_PART)).isEqualTo(Blocker.NONE);
  }

  @Test
  void theDefaultsCompareRecordsWithTheSameLocalPartOnly() {
    Consolidation c =
        Consolidator.builder()
            .build()
            .consolidate(
                List.of(
                    ConsolidatorSmallInputTest.record("1", "email", "emily.a@roberts.com"),
                    ConsolidatorSmallInputTest.record("2", "email", "emily.a@eroberts.com"),
                    ConsolidatorSmallInputTest.record("3", "email", "info@roberts.com"),
                    ConsolidatorSmallInputTest.record("4", "email", "info@eroberts.com")));

    assertThat(c.stats().candidatePairs()).isEqualTo(1);
    assertThat(ConsolidationConfig.defaults().blockingRules()).contains(LOCAL_PART);
  }

  @Provide
  Arbitrary<String> localParts() {
    return Arbitraries.strings().withChars("abcdez019._-+@").ofMinLength(1).ofMaxLength(12);
  }

  @Provide
  Arbitrary<String> domains() {
    return Arbitraries.strings().withChars("abcxyz.-").ofMinLength(1).ofMaxLength(10);
  }

  /** The key depends on the local part only: the domain may be anything, even mistyped. */
  @Property
  void theKeyIgnoresTheDomain(
      @ForAll("localParts") String local,
      @ForAll("domains") String d1,
      @ForAll("domains") String d2) {
    assertThat(Blocker.emailLocalPart(local + "@" + d1))
        .isEqualTo(Blocker.emailLocalPart(local + "@" + d2));
  }

  /** A key is the local part itself, with at least two letters. */
  @Property
  void aKeyHasTwoLetters(@ForAll("localParts") String local, @ForAll("domains") String domain) {
    String key = Blocker.emailLocalPart(local + "@" + domain);
    if (key != null) {
      assertThat(key).isEqualTo(local);
      assertThat(key.chars().filter(Character::isLetter).count()).isGreaterThanOrEqualTo(2);
    }
  }
}
