package org.osicam.core.model;

/**
 * Where a source record comes from: the source system and the record's key in that system.
 *
 * <pre>{@code
 * SourceKey key = new SourceKey("webshop", "U-1187");
 * }</pre>
 *
 * @param system the source system, e.g. {@code "webshop"}, non-blank
 * @param key the record's key in that system, non-blank
 */
public record SourceKey(String system, String key) implements Comparable<SourceKey> {

  /** Validates both parts. */
  public SourceKey {
    Checks.nonBlank(system, "sourceKey.system");
    Checks.nonBlank(key, "sourceKey.key");
  }

  @Override
  public int compareTo(SourceKey other) {
    int c = system.compareTo(other.system);
    return c != 0 ? c : key.compareTo(other.key);
  }

  @Override
  public String toString() {
    return system + ":" + key;
  }
}
