package org.osicam.core.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.osicam.core.model.SourceKey;
import org.osicam.core.model.SourceRecord;

/**
 * Invariants of small inputs (2 to 50 records), where the default m and u carry most of the
 * decision. The populations are those of {@link ConsolidatorSmallInputTest}.
 */
class ConsolidatorPropertiesTest {

  @Property(tries = 15)
  void inputOrderDoesNotChangeTheCustomersOfASmallInput(
      @ForAll @IntRange(min = 1, max = 40) int people,
      @ForAll @IntRange(min = 0, max = 10) int duplicates,
      @ForAll long seed) {
    List<SourceRecord> records =
        ConsolidatorSmallInputTest.Population.of(people, duplicates).records;
    List<SourceRecord> shuffled = new ArrayList<>(records);
    Collections.shuffle(shuffled, new Random(seed));

    Consolidation a = ConsolidatorSmallInputTest.consolidate(records);
    Consolidation b = ConsolidatorSmallInputTest.consolidate(shuffled);

    assertThat(b.links()).isEqualTo(a.links());
    assertThat(b.customers()).isEqualTo(a.customers());
  }

  @Property(tries = 15)
  void anExactCopyOfARecordJoinsThatRecordsCustomer(
      @ForAll @IntRange(min = 1, max = 40) int people,
      @ForAll @IntRange(min = 0, max = 10) int duplicates,
      @ForAll @IntRange(min = 0, max = 49) int pick) {
    ConsolidatorSmallInputTest.Population p =
        ConsolidatorSmallInputTest.Population.of(people, duplicates);
    SourceRecord original = p.records.get(pick % p.records.size());
    SourceRecord copy =
        new SourceRecord(
            new SourceKey("copy", "1"), new HashMap<>(original.attributes()), original.updatedAt());
    List<SourceRecord> records = new ArrayList<>(p.records);
    records.add(copy);

    Consolidation c = ConsolidatorSmallInputTest.consolidate(records);

    assertThat(c.customerIdOf(copy.key())).isEqualTo(c.customerIdOf(original.key()));
  }

  @Property(tries = 15)
  void distinctPeopleWithoutDuplicatesStayDistinct(
      @ForAll @IntRange(min = 2, max = 50) int people) {
    ConsolidatorSmallInputTest.Population p = ConsolidatorSmallInputTest.Population.of(people, 0);

    Consolidation c = ConsolidatorSmallInputTest.consolidate(p.records);

    assertThat(c.customers()).hasSize(people);
  }
}
