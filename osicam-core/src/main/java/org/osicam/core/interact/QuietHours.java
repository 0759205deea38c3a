package org.osicam.core.interact;

import java.time.LocalTime;
import java.util.Objects;
import org.osicam.core.InvalidDataException;

/**
 * A daily window, in the customer's own time zone, during which no marketing contact is made. The
 * window is {@code [from, to)}; when {@code from} is after {@code to} it spans midnight ({@code
 * 21:00} to {@code 08:00}).
 *
 * <pre>{@code
 * QuietHours night = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0));   // spans midnight
 * boolean quiet = night.contains(LocalTime.of(23, 30));                       // true
 * InteractionPolicy policy = InteractionPolicy.builder().action(mail).quietHours(night).build();
 * }</pre>
 *
 * @param from start of the quiet window (inclusive)
 * @param to end of the quiet window (exclusive); different from {@code from}
 */
public record QuietHours(LocalTime from, LocalTime to) {
  /** Validates. */
  public QuietHours {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.equals(to)) {
      throw new InvalidDataException("quietHours.to", "different from quietHours.from", "" + to);
    }
  }

  /**
   * @param local a local time in the customer's zone
   * @return whether it falls inside the quiet window
   */
  public boolean contains(LocalTime local) {
    if (from.isBefore(to)) {
      return !local.isBefore(from) && local.isBefore(to);
    }
    return !local.isBefore(from) || local.isBefore(to);
  }

  @Override
  public String toString() {
    return from + "-" + to;
  }
}
