package org.osicam.metrics.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.osicam.metrics.Interval;

class NpsPropertiesTest {

  private static NpsResult of(List<Integer> scores) {
    NpsAccumulator acc = Nps.accumulator();
    scores.forEach(acc::add);
    return acc.snapshot();
  }

  @Property
  void npsIsBetweenMinusAndPlusHundred(
      @ForAll @Size(min = 1, max = 200) List<@IntRange(min = 0, max = 10) Integer> scores) {
    assertThat(of(scores).nps()).isBetween(-100.0, 100.0);
  }

  @Property
  void intervalsContainTheirEstimateAndStayInRange(
      @ForAll @Size(min = 1, max = 200) List<@IntRange(min = 0, max = 10) Integer> scores) {
    NpsResult r = of(scores);
    Interval wald = r.waldInterval(0.95);
    Interval adjusted = r.adjustedWaldInterval(0.95);
    assertThat(wald.contains(r.nps())).isTrue();
    assertThat(adjusted.contains(r.adjustedNps())).isTrue();
    assertThat(adjusted.lower()).isGreaterThanOrEqualTo(-100);
    assertThat(adjusted.upper()).isLessThanOrEqualTo(100);
  }

  @Property
  void intervalsShrinkAsTheSampleGrows(
      @ForAll @Size(min = 1, max = 100) List<@IntRange(min = 0, max = 10) Integer> scores,
      @ForAll @IntRange(min = 2, max = 20) int copies) {
    List<Integer> more = new ArrayList<>();
    for (int i = 0; i < copies; i++) {
      more.addAll(scores);
    }
    NpsResult small = of(scores);
    NpsResult large = of(more);
    assertThat(large.waldInterval(0.95).width())
        .isLessThanOrEqualTo(small.waldInterval(0.95).width() + 1e-9);
    assertThat(large.adjustedWaldInterval(0.95).width())
        .isLessThan(small.adjustedWaldInterval(0.95).width());
  }

  @Property
  void resultIsIndependentOfInputOrder(
      @ForAll List<@IntRange(min = 0, max = 10) Integer> scores, @ForAll long seed) {
    List<Integer> shuffled = new ArrayList<>(scores);
    Collections.shuffle(shuffled, new Random(seed));
    assertThat(of(shuffled)).isEqualTo(of(scores));
  }

  @Property
  void mergeEqualsOneAccumulatorOverAllData(
      @ForAll List<@IntRange(min = 0, max = 10) Integer> first,
      @ForAll List<@IntRange(min = 0, max = 10) Integer> second) {
    NpsAccumulator a = Nps.accumulator();
    first.forEach(a::add);
    NpsAccumulator b = Nps.accumulator();
    second.forEach(b::add);
    a.merge(b);
    List<Integer> all = new ArrayList<>(first);
    all.addAll(second);
    assertThat(a.snapshot()).isEqualTo(of(all));
  }

  @Property
  void weightedMergeEqualsOneAccumulatorOverAllData(
      @ForAll List<@IntRange(min = 0, max = 10) Integer> first,
      @ForAll List<@IntRange(min = 0, max = 10) Integer> second) {
    NpsAccumulator a = Nps.accumulator();
    first.forEach(s -> a.add(s, 2.0));
    NpsAccumulator b = Nps.accumulator();
    second.forEach(s -> b.add(s, 2.0));
    a.merge(b);
    NpsAccumulator all = Nps.accumulator();
    first.forEach(s -> all.add(s, 2.0));
    second.forEach(s -> all.add(s, 2.0));
    assertThat(a.snapshot()).isEqualTo(all.snapshot());
  }
}
