package org.osicam.core.consolidation;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A blocking rule: two records are candidates when they agree on every key of the rule. A
 * configuration holds several rules; a pair is a candidate when any rule selects it (union), and it
 * is compared once.
 *
 * <pre>{@code
 * BlockingRule rule = BlockingRule.of(BlockingKey.BIRTH_DATE, BlockingKey.FAMILY_PHONETIC);
 * }</pre>
 *
 * @param keys the keys, at least one, no repeats (copied)
 */
public record BlockingRule(List<BlockingKey> keys) {

  /** Validates and copies. */
  public BlockingRule {
    keys = List.copyOf(Objects.requireNonNull(keys, "keys"));
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("keys must be non-empty, was []");
    }
    if (keys.stream().distinct().count() != keys.size()) {
      throw new IllegalArgumentException("keys must be distinct, was " + keys);
    }
  }

  /**
   * A rule on the given keys.
   *
   * @param keys at least one key
   * @return the rule
   */
  public static BlockingRule of(BlockingKey... keys) {
    return new BlockingRule(List.of(keys));
  }

  /** A readable name such as {@code birth_date+family_phonetic}. */
  public String name() {
    return keys.stream()
        .map(k -> k.name().toLowerCase(java.util.Locale.ROOT))
        .collect(Collectors.joining("+"));
  }
}
