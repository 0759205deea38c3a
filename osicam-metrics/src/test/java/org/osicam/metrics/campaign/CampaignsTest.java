package org.osicam.metrics.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osicam.core.InvalidDataException;
import org.osicam.metrics.Breakdown;

class CampaignsTest {

  @Test
  void kpisOfTheInsurerCase() {
    // given 1000 contacts, 950 delivered, 95 responses, 19 policies sold at 400 (margin 120),
    // cost 1900, 15 of the buyers new customers
    CampaignAccumulator acc = Campaigns.accumulator();
    for (int i = 0; i < 1000; i++) {
      boolean sold = i < 19;
      acc.addContact(i < 950, i < 95, sold ? 1 : 0, sold ? 400 : 0, sold ? 120 : 0);
    }
    acc.addCost(1900).addNewCustomers(15);
    CampaignResult r = acc.snapshot();

    assertThat(r.responseRate()).isCloseTo(0.1, within(1e-12));
    assertThat(r.conversionRate()).isCloseTo(0.2, within(1e-12));
    assertThat(r.efficiencyRate()).isCloseTo(0.019, within(1e-12));
    assertThat(r.averageRevenuePerSale()).isCloseTo(400, within(1e-9));
    assertThat(r.acquisitionCost()).isCloseTo(1900.0 / 15, within(1e-9));
    assertThat(r.costPerOrder()).isCloseTo(100, within(1e-9));
    assertThat(r.roi()).isCloseTo((19 * 120 - 1900) / 1900.0, within(1e-12));
  }

  @Test
  void undefinedRatesSayWhy() {
    CampaignResult r = Campaigns.accumulator().snapshot();
    assertThatThrownBy(r::responseRate).hasMessage("no deliveries: the rate is undefined");
    assertThatThrownBy(r::roi).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void badAmountsAreRejected() {
    assertThatThrownBy(() -> Campaigns.accumulator().addCost(-1))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("cost must be a non-negative finite number, was -1.0");
    assertThatThrownBy(() -> Campaigns.accumulator().addContact(true, true, -1, 0, 0))
        .hasMessage("orders must be a non-negative integer, was -1");
    assertThatThrownBy(() -> Campaigns.accumulator().addContact(false, true, 0, 0, 0))
        .hasMessage("responded must be false for a contact that was not delivered, was true");
  }

  @Test
  void keysAreValues() {
    CampaignKey a = new CampaignKey("spring", "email", "gold");
    CampaignKey b = new CampaignKey(new String("spring"), "email", "gold");
    assertThat(a)
        .isEqualTo(b)
        .hasSameHashCodeAs(b)
        .isNotEqualTo(new CampaignKey("spring", "sms", "gold"));
    assertThat(a.equals(null)).isFalse();
  }

  @Test
  void breakdownByCampaignChannelAndSegmentRollsUp() {
    Breakdown<CampaignKey, CampaignAccumulator, CampaignResult> b = Campaigns.breakdown();
    b.group(new CampaignKey("spring", "email", "gold")).addContact(true, true, 1, 50, 20);
    b.group(new CampaignKey("spring", "sms", "gold")).addContact(true, false, 0, 0, 0);
    b.group(new CampaignKey("summer", "email", "silver")).addContact(false, false, 0, 0, 0);

    Map<String, CampaignResult> byCampaign = b.rollUp(CampaignKey::campaign).snapshot();
    assertThat(byCampaign.get("spring").contacts()).isEqualTo(2);
    assertThat(byCampaign.get("spring").responseRate()).isCloseTo(0.5, within(1e-12));
    Map<String, CampaignResult> byChannel = b.rollUp(CampaignKey::channel).snapshot();
    assertThat(byChannel.get("email").deliveries()).isEqualTo(1);
    assertThat(b.overall().contacts()).isEqualTo(3);
  }
}
