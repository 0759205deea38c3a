package org.osicam.core.interact;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.osicam.core.InvalidDataException;
import org.osicam.core.model.Channel;
import org.osicam.core.model.Purpose;

/**
 * A contact-pressure cap: at most {@code max} delivered contacts of a purpose on a channel (or on
 * any channel) over a rolling window that ends at the decision time. Only interactions with status
 * {@code delivered}, direction outbound and not control count; service messages are exempt from
 * marketing caps.
 *
 * <pre>{@code
 * PressureCap weekly = PressureCap.of(Channel.EMAIL, 2, Duration.ofDays(7));
 * PressureCap monthly = PressureCap.anyChannel(4, Duration.ofDays(30));
 * }</pre>
 *
 * @param channel the channel, or {@code null} for all channels together
 * @param purpose the purpose counted (usually marketing)
 * @param max the largest number of contacts allowed in the window, 0 or more
 * @param window the rolling window, positive
 */
public record PressureCap(@Nullable Channel channel, Purpose purpose, int max, Duration window) {
  /** Validates. */
  public PressureCap {
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(window, "window");
    if (max < 0) {
      throw new InvalidDataException("pressure.max", "0 or more", Integer.toString(max));
    }
    if (window.isNegative() || window.isZero()) {
      throw new InvalidDataException("pressure.window", "a positive duration", window.toString());
    }
  }

  /**
   * A marketing cap on one channel.
   *
   * @param channel channel
   * @param max largest number of contacts
   * @param window rolling window
   * @return the cap
   */
  public static PressureCap of(Channel channel, int max, Duration window) {
    return new PressureCap(
        Objects.requireNonNull(channel, "channel"), Purpose.MARKETING, max, window);
  }

  /**
   * A marketing cap across all channels.
   *
   * @param max largest number of contacts
   * @param window rolling window
   * @return the cap
   */
  public static PressureCap anyChannel(int max, Duration window) {
    return new PressureCap(null, Purpose.MARKETING, max, window);
  }

  /** The channel, or empty for all channels. */
  public Optional<Channel> channelIfAny() {
    return Optional.ofNullable(channel);
  }

  @Override
  public String toString() {
    return (channel == null ? "*" : channel.key())
        + " "
        + purpose.key()
        + " max "
        + max
        + " per "
        + window;
  }
}
