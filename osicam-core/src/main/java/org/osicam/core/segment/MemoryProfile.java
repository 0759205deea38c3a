package org.osicam.core.segment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.ScoreKey;

/** The in-memory {@link Profile} of {@link Profile#builder(CustomerId)}. */
record MemoryProfile(
    CustomerId id,
    Map<String, Object> attributes,
    Map<ScoreKey, Double> scores,
    Map<String, List<LocalDate>> eventsByType)
    implements Profile {

  @Override
  public @Nullable Object attribute(String name) {
    return attributes.get(name);
  }

  @Override
  public OptionalDouble score(ScoreKey key) {
    Double d = scores.get(key);
    return d == null ? OptionalDouble.empty() : OptionalDouble.of(d);
  }

  @Override
  public List<LocalDate> events(String type) {
    return eventsByType.getOrDefault(type, List.of());
  }
}
