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

/** Properties of CES and CSAT, which share the rating histogram. */
class RatingsPropertiesTest {

  private static CsatResult csat(List<Integer> scores) {
    CsatAccumulator acc = Csat.accumulator();
    scores.forEach(acc::add);
    return acc.snapshot();
  }

  private static CesResult ces(List<Integer> scores) {
    CesAccumulator acc = Ces.accumulator(CesScale.SEVEN_POINT);
    scores.forEach(acc::add);
    return acc.snapshot();
  }

  @Property
  void wilsonIntervalContainsCsatAndShrinksWithMoreData(
      @ForAll @Size(min = 1, max = 100) List<@IntRange(min = 1, max = 5) Integer> scores,
      @ForAll @IntRange(min = 2, max = 10) int copies) {
    CsatResult r = csat(scores);
    Interval i = r.wilsonInterval(0.95);
    assertThat(i.contains(r.csat())).isTrue();
    assertThat(i.lower()).isGreaterThanOrEqualTo(0);
    assertThat(i.upper()).isLessThanOrEqualTo(100);
    List<Integer> more = new ArrayList<>();
    for (int k = 0; k < copies; k++) {
      more.addAll(scores);
    }
    assertThat(csat(more).wilsonInterval(0.95).width()).isLessThan(i.width());
  }

  @Property
  void cesIntervalContainsTheMeanAndShrinksWithMoreData(
      @ForAll @Size(min = 2, max = 100) List<@IntRange(min = 1, max = 7) Integer> scores,
      @ForAll @IntRange(min = 2, max = 10) int copies) {
    CesResult r = ces(scores);
    Interval i = r.interval(0.95);
    assertThat(i.contains(r.mean())).isTrue();
    List<Integer> more = new ArrayList<>();
    for (int k = 0; k < copies; k++) {
      more.addAll(scores);
    }
    assertThat(ces(more).interval(0.95).width()).isLessThanOrEqualTo(i.width() + 1e-12);
  }

  @Property
  void orderAndMergeDoNotMatter(
      @ForAll List<@IntRange(min = 1, max = 7) Integer> first,
      @ForAll List<@IntRange(min = 1, max = 7) Integer> second,
      @ForAll long seed) {
    CesAccumulator a = Ces.accumulator(CesScale.SEVEN_POINT);
    first.forEach(a::add);
    CesAccumulator b = Ces.accumulator(CesScale.SEVEN_POINT);
    second.forEach(b::add);
    a.merge(b);
    List<Integer> all = new ArrayList<>(first);
    all.addAll(second);
    Collections.shuffle(all, new Random(seed));
    assertThat(a.snapshot()).isEqualTo(ces(all));
  }
}
