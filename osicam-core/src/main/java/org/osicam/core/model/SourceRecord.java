package org.osicam.core.model;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.osicam.core.InvalidDataException;

/**
 * One record about a person as a source system holds it, before consolidation.
 *
 * <p>Attributes are keyed by {@link Role#key()} or by a host-defined key; blank values are dropped
 * (a missing value is "no information").
 *
 * <pre>{@code
 * SourceRecord r = new SourceRecord(new SourceKey("shop", "42"),
 *     Map.of("given_name", "Anne", "email", "anne@example.org"), Instant.parse("2024-01-05T10:00:00Z"));
 * }</pre>
 *
 * @param key the source system and key
 * @param attributes attribute values by key (copied; blank values removed)
 * @param updatedAt when the source last changed this record, or {@code null} when unknown
 */
public record SourceRecord(
    SourceKey key, Map<String, String> attributes, @Nullable Instant updatedAt) {

  /** Validates and copies. */
  public SourceRecord {
    Checks.nonNull(key, "sourceRecord.key");
    Checks.nonNull(attributes, "sourceRecord.attributes");
    TreeMap<String, String> copy = new TreeMap<>();
    attributes.forEach(
        (k, v) -> {
          if (k == null || k.isBlank()) {
            throw new InvalidDataException(
                "sourceRecord.attributes", "keyed by non-blank names", String.valueOf(k));
          }
          if (v != null && !v.isBlank()) {
            copy.put(k, v.strip());
          }
        });
    attributes = java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * The value of a well-known role.
   *
   * @param role the role
   * @return the value, or empty when the record has none
   */
  public Optional<String> attribute(Role role) {
    return Optional.ofNullable(attributes.get(role.key()));
  }

  /**
   * The value under any key.
   *
   * @param name the attribute key
   * @return the value, or empty when the record has none
   */
  public Optional<String> attribute(String name) {
    return Optional.ofNullable(attributes.get(name));
  }
}
