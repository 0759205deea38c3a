package org.osicam.core.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.osicam.core.model.Customer;
import org.osicam.core.model.SourceKey;
import org.osicam.core.model.SourceRecord;

/** Invariants of consolidation on a slice of fake_1000 (heavy corruption, many clusters). */
class ConsolidationPropertiesTest {
  private static final List<SourceRecord> SLICE =
      List.copyOf(ReferenceData.fake1000().records().subList(0, 200));
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC);
  private static final Consolidation REFERENCE = consolidate(SLICE);

  private static Consolidation consolidate(List<SourceRecord> records) {
    return Consolidator.builder().clock(CLOCK).build().consolidate(records);
  }

  @Property(tries = 8)
  void inputOrderDoesNotChangeTheCustomers(@ForAll long seed) {
    List<SourceRecord> shuffled = new ArrayList<>(SLICE);
    Collections.shuffle(shuffled, new Random(seed));
    Consolidation c = consolidate(shuffled);
    assertThat(c.links()).isEqualTo(REFERENCE.links());
    assertThat(c.customers()).isEqualTo(REFERENCE.customers());
  }

  @Property(tries = 1)
  void aRecordNeverLandsInTwoCustomers() {
    Set<SourceKey> seen = new HashSet<>();
    for (Customer c : REFERENCE.customers()) {
      for (SourceKey k : c.sources()) {
        assertThat(seen.add(k)).as("%s in two customers", k).isTrue();
      }
    }
    assertThat(seen).hasSize(SLICE.size());
    assertThat(REFERENCE.links()).hasSize(SLICE.size());
  }

  @Property(tries = 10)
  void unmergeAfterMergeRestoresThePreviousState(
      @ForAll @IntRange(min = 0, max = 199) int i, @ForAll @IntRange(min = 0, max = 199) int j) {
    Consolidation c = consolidate(SLICE);
    SourceKey a = SLICE.get(i).key();
    SourceKey b = SLICE.get(j).key();
    if (a.equals(b) || c.customerIdOf(a).equals(c.customerIdOf(b))) {
      return;
    }
    List<Customer> before = c.customers();
    var merged = c.assertMatch(a, b, "tester").orElseThrow();
    assertThat(c.customerIdOf(a)).contains(merged);
    assertThat(c.customerIdOf(b)).contains(merged);
    c.unmerge(merged);
    assertThat(c.customers()).isEqualTo(before);
    assertThat(c.decisions()).isEmpty();
  }
}
