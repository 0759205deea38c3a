package org.osicam.metrics.campaign;

import java.util.Objects;

/**
 * The finest grouping of campaign KPIs.
 *
 * @param campaign the campaign or action id
 * @param channel the channel, e.g. {@code email}
 * @param segment the customer segment, e.g. {@code gold}
 */
public record CampaignKey(String campaign, String channel, String segment) {
  /** Validates. */
  public CampaignKey {
    Objects.requireNonNull(campaign, "campaign");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(segment, "segment");
  }
}
