package org.osicam.core.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** E-mail comparison levels on addresses as data sets mistype them (Splink's fake_1000). */
class PairComparatorTest {

  @Test
  void emailLevels() {
    assertThat(PairComparator.email("f.j@sharp.com", "f.j@sharp.com")).isEqualTo((byte) 1);
    // same local part, another domain
    assertThat(PairComparator.email("emilya@roberts.com", "emilya@eroberts.com"))
        .isEqualTo((byte) 2);
    // two edits
    assertThat(PairComparator.email("f.j@sharp.com", "f.s@jharp.com")).isEqualTo((byte) 2);
    // three edits, still Jaro-Winkler >= 0.88
    assertThat(PairComparator.email("dmacdoald@riverb-glass.siz", "dmacdonald@rivers-glass.biz"))
        .isEqualTo((byte) 3);
    assertThat(PairComparator.email("gdavidron@johnson-bsown.com", "gdavidson@jonnson-browh.com"))
        .isEqualTo((byte) 3);
    // different people
    assertThat(PairComparator.email("anne.martin@example.org", "paul.durand@example.org"))
        .isEqualTo((byte) 4);
    assertThat(PairComparator.email("jsmith@gmail.com", "jsmythe@yahoo.co.uk")).isEqualTo((byte) 4);
    assertThat(PairComparator.email(null, "jsmith@gmail.com")).isZero();
  }

  @Test
  void emailLevelNames() {
    assertThat(Attribute.EMAIL.levelName(3)).isEqualTo("jaro-winkler>=0.88");
    assertThat(Attribute.EMAIL.levelName(4)).isEqualTo("different");
  }
}
