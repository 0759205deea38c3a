package org.osicam.scoring.clv;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Name, parameters, fit report, equality and text shared by the model classes. */
abstract class AbstractModel implements CustomerBaseModel {
  private final String name;
  private final String[] names;
  private final double[] values;
  private final @Nullable FitReport report;

  AbstractModel(String name, String[] names, double[] values, @Nullable FitReport report) {
    this.name = name;
    this.names = names;
    this.values = values.clone();
    for (int i = 0; i < values.length; i++) {
      Fits.positive(names[i], values[i]);
    }
    this.report = report;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Map<String, Double> parameters() {
    return Fits.params(names, values);
  }

  @Override
  public Optional<FitReport> fitReport() {
    return Optional.ofNullable(report);
  }

  @Override
  public String toString() {
    return Fits.toString(name, parameters());
  }

  /**
   * Equal when of the same class with the same parameters (compared as by {@link Double#compare}).
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o != null
        && o.getClass() == getClass()
        && Arrays.equals(values, ((AbstractModel) o).values);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + Arrays.hashCode(values);
  }
}
