package org.osicam.metrics.uplift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.osicam.metrics.Interval;

/**
 * Published figures for the two-proportion z-test, Fisher's exact test and power; sources and
 * tolerances in {@code src/test/resources/org/osicam/metrics/uplift/SOURCES.md}.
 */
class ProportionTestsReferenceTest {

  private static UpliftResult experiment(long xt, long nt, long xc, long nc) {
    UpliftAccumulator acc = Uplift.accumulator();
    for (long i = 0; i < nt; i++) {
      acc.add(Group.TREATMENT, i < xt);
    }
    for (long i = 0; i < nc; i++) {
      acc.add(Group.CONTROL, i < xc);
    }
    return acc.snapshot();
  }

  @Test
  void propTestWithoutCorrectionOnInfluentialPointsExample() {
    // R prop.test(correct = FALSE): X-squared = 6.1026, p-value = 0.01350,
    // 95 % CI 0.03074072 0.23838896, estimates 0.4392523 0.3046875
    UpliftResult r = experiment(94, 214, 39, 128);
    TestResult test = r.test();

    assertThat(test.method()).isEqualTo(TestMethod.Z_TEST);
    assertThat(test.z().orElseThrow() * test.z().orElseThrow()).isCloseTo(6.1026, within(5e-5));
    assertThat(test.pValue()).isCloseTo(0.01350, within(5e-6));
    Interval ci = r.interval(0.95);
    assertThat(ci.lower()).isCloseTo(0.03074072, within(5e-8));
    assertThat(ci.upper()).isCloseTo(0.23838896, within(5e-8));
    assertThat(r.treatment().rate()).isCloseTo(0.4392523, within(5e-8));
    assertThat(r.control().rate()).isCloseTo(0.3046875, within(5e-8));
  }

  @Test
  void zTestOfTheRPubsExample() {
    // 144/1200 vs 192/1200: pooled 0.14, z = -2.824, p = 0.0047
    TestResult t = ProportionTests.zTest(144, 1200, 192, 1200);
    assertThat(t.z().orElseThrow()).isCloseTo(-2.824, within(5e-4));
    assertThat(t.pValue()).isCloseTo(0.0047, within(5e-5));
  }

  @Test
  void zTestOfTwoWorkedTextbookExercises() {
    // 168/300 vs 96/200: z = 1.755, two-tailed p = 0.0792
    TestResult a = ProportionTests.zTest(168, 300, 96, 200);
    assertThat(a.z().orElseThrow()).isCloseTo(1.755, within(5e-4));
    assertThat(a.pValue()).isCloseTo(0.0792, within(5e-5));
    // 140/200 vs 255/340: pooled 0.7314815, SE 0.03949401, z = -1.266015
    TestResult b = ProportionTests.zTest(140, 200, 255, 340);
    assertThat(b.z().orElseThrow()).isCloseTo(-1.266015, within(5e-7));
  }

  @Test
  void fisherExactTestOfTheTeaTastingLady() {
    // R ?fisher.test: TeaTasting, alternative "greater": p = 0.2429; two-sided p-value = 0.4857
    assertThat(ProportionTests.fisherExact(3, 4, 1, 4, Alternative.GREATER).pValue())
        .isCloseTo(0.2429, within(5e-5));
    assertThat(ProportionTests.fisherExact(3, 4, 1, 4).pValue()).isCloseTo(0.4857, within(5e-5));
    // and uplift picks Fisher because every expected cell is 2 (< 5)
    TestResult t = experiment(3, 4, 1, 4).test();
    assertThat(t.method()).isEqualTo(TestMethod.FISHER_EXACT);
    assertThat(t.pValue()).isCloseTo(0.4857, within(5e-5));
    assertThat(t.z()).isEmpty();
  }

  @Test
  void fisherExactTestOfTheConvictionsOfTwins() {
    // R ?fisher.test: Convictions <- matrix(c(2, 10, 15, 3), nrow = 2), rows Dizygotic [2, 15] and
    // Monozygotic [10, 3]: two-sided p-value = 0.0005367; alternative "less" p-value = 0.0004652
    assertThat(ProportionTests.fisherExact(2, 17, 10, 13).pValue())
        .isCloseTo(0.0005367, within(5e-8));
    assertThat(ProportionTests.fisherExact(2, 17, 10, 13, Alternative.LESS).pValue())
        .isCloseTo(0.0004652, within(5e-8));
  }

  @Test
  void fisherExactTestOfTheWikipediaDietingExample() {
    // rows dieting [1 man, 9 women] and not dieting [11 men, 3 women]: p = 0.002759
    assertThat(ProportionTests.fisherExact(1, 10, 11, 14).pValue())
        .isCloseTo(0.002759, within(5e-7));
  }

  @Test
  void powerAndSampleSizeMatchRPowerPropTest() {
    // R ?power.prop.test: n = 50, p1 = .5, p2 = .75 => power = 0.740
    assertThat(SampleSize.power(0.50, 0.75, 50, 50, 0.05)).isCloseTo(0.740, within(5e-4));
    // p1 = .5, p2 = .75, power = .9 => n = 76.7
    assertThat(SampleSize.perGroup(0.50, 0.75, 0.05, 0.90)).isCloseTo(76.7, within(0.05));
    SampleSizePlan plan = SampleSize.plan(0.50, 0.25, 0.05, 0.90, 0.5);
    assertThat(plan.control()).isEqualTo(77);
    assertThat(plan.treatment()).isEqualTo(77);
    // n = 50, p1 = .5, power = .9 => p2 = 0.8026
    assertThat(SampleSize.minimumDetectableEffect(0.50, 50, 50, 0.05, 0.90))
        .isCloseTo(0.3026, within(5e-5));
  }
}
