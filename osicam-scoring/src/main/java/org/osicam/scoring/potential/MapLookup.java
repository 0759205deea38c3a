package org.osicam.scoring.potential;

import java.util.Map;
import java.util.OptionalDouble;
import org.osicam.core.model.CustomerId;

/** Values per customer held in a map: the map form of both inputs of {@link Potential}. */
final class MapLookup implements FutureValue, WalletEstimate {
  private final Map<CustomerId, Double> values;

  MapLookup(Map<CustomerId, Double> values) {
    this.values = Map.copyOf(values);
  }

  private OptionalDouble get(CustomerId id) {
    Double v = values.get(id);
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  @Override
  public OptionalDouble predictedValue(CustomerId id) {
    return get(id);
  }

  @Override
  public OptionalDouble categorySpend(CustomerId id) {
    return get(id);
  }
}
