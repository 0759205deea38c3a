package org.osicam.scoring.events;

/**
 * The direction in which a score must cross its threshold to raise an event.
 *
 * <p>Passed to {@link ChangeDetector.Builder#scoreCrossing}.
 */
public enum Crossing {
  /** From at or above the threshold to below it. */
  DOWNWARD,
  /** From below the threshold to at or above it. */
  UPWARD,
  /** Either way. */
  EITHER
}
