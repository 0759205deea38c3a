package org.osicam.scoring;

/** Facts about the {@code osicam-scoring} module. */
public final class ScoringModule {
  private ScoringModule() {}

  /** The module's artifact id. */
  public static final String ARTIFACT_ID = "osicam-scoring";
}
