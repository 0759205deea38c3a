package org.osicam.cli;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The options shared by the {@code nps}, {@code ces}, {@code csat} and {@code uplift} commands. */
final class MetricsOptions {

  @Option(names = "--input", required = true, description = "CSV file, or - for stdin")
  String input;

  @Option(names = "--by", description = "column to break the result down by (e.g. segment)")
  @Nullable String by;

  @Option(names = "--columns", description = "role=column[,role=column...]")
  @Nullable String columns;
}
