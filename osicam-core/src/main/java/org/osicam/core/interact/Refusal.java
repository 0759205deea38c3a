package org.osicam.core.interact;

import java.util.Objects;
import org.osicam.core.model.Channel;

/**
 * One action ruled out for one customer, with the rule that refused it and a human-readable detail
 * (never personal data).
 *
 * <p>Obtained from {@link Decision#refusals()}.
 *
 * @param actionId the refused action
 * @param channel the channel that was tried
 * @param rule the rule that refused it
 * @param detail why, e.g. {@code "marketing cap email 2 per P7D reached (2 delivered)"}
 */
public record Refusal(String actionId, Channel channel, RefusalRule rule, String detail) {
  /** Validates. */
  public Refusal {
    Objects.requireNonNull(actionId, "actionId");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(detail, "detail");
  }
}
