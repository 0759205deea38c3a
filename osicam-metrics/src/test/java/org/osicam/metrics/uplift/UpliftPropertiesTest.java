package org.osicam.metrics.uplift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class UpliftPropertiesTest {

  private static UpliftResult of(List<Integer> outcomes) {
    UpliftAccumulator acc = Uplift.accumulator();
    for (int o : outcomes) {
      acc.add(o % 2 == 0 ? Group.TREATMENT : Group.CONTROL, o >= 2, o >= 2 ? 10 * o : 0);
    }
    return acc.snapshot();
  }

  @Property
  void intervalContainsTheUpliftAndPValueIsAProbability(
      @ForAll @Size(min = 2, max = 300) List<@IntRange(min = 0, max = 3) Integer> outcomes) {
    UpliftResult r = of(outcomes);
    if (!r.comparable()) {
      return;
    }
    assertThat(r.interval(0.95).contains(r.uplift())).isTrue();
    assertThat(r.test().pValue()).isBetween(0.0, 1.0);
  }

  @Property
  void resultIsIndependentOfOrderAndMergeEqualsOneAccumulator(
      @ForAll List<@IntRange(min = 0, max = 3) Integer> first,
      @ForAll List<@IntRange(min = 0, max = 3) Integer> second,
      @ForAll long seed) {
    UpliftAccumulator a = Uplift.accumulator();
    first.forEach(
        o -> a.add(o % 2 == 0 ? Group.TREATMENT : Group.CONTROL, o >= 2, o >= 2 ? 10 * o : 0));
    UpliftAccumulator b = Uplift.accumulator();
    second.forEach(
        o -> b.add(o % 2 == 0 ? Group.TREATMENT : Group.CONTROL, o >= 2, o >= 2 ? 10 * o : 0));
    a.merge(b);
    List<Integer> all = new ArrayList<>(first);
    all.addAll(second);
    Collections.shuffle(all, new Random(seed));
    // integer-valued revenue: sums are exact in any order
    assertThat(a.snapshot()).isEqualTo(of(all));
  }

  @Property
  void fisherTwoSidedIsAtLeastTheSmallerOneSidedAndAtMostOne(
      @ForAll @IntRange(min = 1, max = 40) int n1,
      @ForAll @IntRange(min = 1, max = 40) int n2,
      @ForAll @IntRange(min = 0, max = 40) int x1,
      @ForAll @IntRange(min = 0, max = 40) int x2) {
    if (x1 > n1 || x2 > n2) {
      return;
    }
    double two = ProportionTests.fisherExact(x1, n1, x2, n2).pValue();
    double less = ProportionTests.fisherExact(x1, n1, x2, n2, Alternative.LESS).pValue();
    double greater = ProportionTests.fisherExact(x1, n1, x2, n2, Alternative.GREATER).pValue();
    assertThat(two).isBetween(0.0, 1.0);
    assertThat(two).isGreaterThanOrEqualTo(Math.min(less, greater) - 1e-12);
  }
}
