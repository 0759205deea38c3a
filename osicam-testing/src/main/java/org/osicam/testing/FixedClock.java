package org.osicam.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Fixed clocks for deterministic tests.
 *
 * <pre>{@code
 * Clock clock = FixedClock.at("2024-05-01T10:00:00Z");
 * }</pre>
 */
public final class FixedClock {
  private FixedClock() {}

  /** The instant every OSICAM fixture uses by default: 2024-01-01T00:00:00Z. */
  public static final Instant DEFAULT_INSTANT = Instant.parse("2024-01-01T00:00:00Z");

  /** A UTC clock fixed at {@link #DEFAULT_INSTANT}. */
  public static Clock utc() {
    return at(DEFAULT_INSTANT);
  }

  /**
   * @param instant ISO-8601 instant, e.g. {@code "2024-05-01T10:00:00Z"}
   * @return a UTC clock fixed at that instant
   */
  public static Clock at(String instant) {
    return at(Instant.parse(instant));
  }

  /**
   * @param instant the instant
   * @return a UTC clock fixed at that instant
   */
  public static Clock at(Instant instant) {
    return Clock.fixed(instant, ZoneOffset.UTC);
  }
}
