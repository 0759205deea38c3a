package org.osicam.metrics.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class CampaignsPropertiesTest {

  private static void add(CampaignAccumulator acc, int code) {
    // code bits: delivered, responded, orders 0-3 (integer amounts keep sums exact)
    int orders = code >> 2;
    acc.addContact((code & 1) != 0, (code & 3) == 3, orders, 25.0 * orders, 10.0 * orders);
    acc.addCost(1);
  }

  @Property
  void mergeAndOrderDoNotChangeTheResult(
      @ForAll List<@IntRange(min = 0, max = 15) Integer> first,
      @ForAll List<@IntRange(min = 0, max = 15) Integer> second,
      @ForAll long seed) {
    CampaignAccumulator a = Campaigns.accumulator();
    first.forEach(c -> add(a, c));
    CampaignAccumulator b = Campaigns.accumulator();
    second.forEach(c -> add(b, c));
    a.merge(b);
    List<Integer> all = new ArrayList<>(first);
    all.addAll(second);
    Collections.shuffle(all, new Random(seed));
    CampaignAccumulator one = Campaigns.accumulator();
    all.forEach(c -> add(one, c));
    assertThat(a.snapshot()).isEqualTo(one.snapshot());
  }

  @Property
  void ratesAreShares(@ForAll List<@IntRange(min = 0, max = 15) Integer> codes) {
    CampaignAccumulator acc = Campaigns.accumulator();
    codes.forEach(c -> add(acc, c));
    CampaignResult r = acc.snapshot();
    if (r.deliveries() > 0) {
      assertThat(r.responseRate()).isBetween(0.0, 1.0);
    }
    if (r.contacts() > 0) {
      assertThat(r.efficiencyRate()).isBetween(0.0, 3.0);
    }
  }
}
