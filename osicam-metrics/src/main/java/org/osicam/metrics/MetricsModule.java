package org.osicam.metrics;

/** Facts about the {@code osicam-metrics} module. */
public final class MetricsModule {
  private MetricsModule() {}

  /** The module's artifact id. */
  public static final String ARTIFACT_ID = "osicam-metrics";
}
