package org.osicam.core.model;

import org.osicam.core.InvalidDataException;

/**
 * The name of a score that a module computes, e.g. {@code "clv.bg-nbd.p_alive"}. Core defines no
 * keys: scoring modules publish theirs as constants, and segment rules refer to them by name.
 *
 * <pre>{@code
 * static final ScoreKey P_ALIVE = ScoreKey.of("clv.p_alive");
 * }</pre>
 *
 * @param name lower-case letters, digits, {@code . _ -}; non-blank
 */
public record ScoreKey(String name) implements Comparable<ScoreKey> {

  /** Validates the name. */
  public ScoreKey {
    Checks.nonNull(name, "scoreKey.name");
    if (!name.matches("[a-z0-9][a-z0-9._-]*")) {
      throw new InvalidDataException(
          "scoreKey.name", "lower-case letters, digits, '.', '_' or '-'", "\"" + name + "\"");
    }
  }

  /**
   * Returns the key for {@code name}.
   *
   * @param name the key name
   * @return the key
   */
  public static ScoreKey of(String name) {
    return new ScoreKey(name);
  }

  @Override
  public int compareTo(ScoreKey other) {
    return name.compareTo(other.name);
  }

  @Override
  public String toString() {
    return name;
  }
}
