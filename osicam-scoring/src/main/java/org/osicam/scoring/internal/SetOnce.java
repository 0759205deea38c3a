package org.osicam.scoring.internal;

import java.util.HashSet;
import java.util.Set;

/** Remembers which builder options were set, so that setting one twice fails. Not thread-safe. */
public final class SetOnce {
  private final Set<String> set = new HashSet<>();

  /**
   * Records that {@code option} is being set.
   *
   * @param option the option name
   * @throws IllegalStateException if it was already set
   */
  public void check(String option) {
    if (!set.add(option)) {
      throw new IllegalStateException(option + " was already set");
    }
  }
}
