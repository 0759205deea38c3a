package org.osicam.metrics.campaign;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

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

  // Written out rather than generated: a breakdown looks a key up for every row, and the plain
  // code is cheaper there than the generic record methods.
  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof CampaignKey k
        && campaign.equals(k.campaign)
        && channel.equals(k.channel)
        && segment.equals(k.segment);
  }

  @Override
  public int hashCode() {
    return (31 * campaign.hashCode() + channel.hashCode()) * 31 + segment.hashCode();
  }
}
