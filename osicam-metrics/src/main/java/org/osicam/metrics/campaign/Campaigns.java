package org.osicam.metrics.campaign;

import org.osicam.metrics.Breakdown;

/**
 * Campaign KPIs: contacts, deliveries, responses, orders, revenue, cost and the rates built from
 * them, for one campaign or broken down by campaign, channel and segment.
 *
 * <pre>{@code
 * Breakdown<CampaignKey, CampaignAccumulator, CampaignResult> kpis = Campaigns.breakdown();
 * kpis.group(new CampaignKey("spring", "email", "gold")).addContact(true, true, 1, 80.0, 30.0);
 * kpis.group(new CampaignKey("spring", "email", "gold")).addCost(0.05);
 * Map<String, CampaignResult> byCampaign = kpis.rollUp(CampaignKey::campaign).snapshot();
 * }</pre>
 */
public final class Campaigns {
  private Campaigns() {}

  /** A new empty accumulator for one campaign (or any group of contacts). */
  public static CampaignAccumulator accumulator() {
    return new CampaignAccumulator();
  }

  /** A new breakdown by (campaign, channel, segment); roll it up for coarser views. */
  public static Breakdown<CampaignKey, CampaignAccumulator, CampaignResult> breakdown() {
    return Breakdown.of(CampaignAccumulator::new);
  }
}
