package org.osicam.cli;

import java.util.List;
import java.util.Locale;
import picocli.CommandLine;

/** Model names accepted by fit and score. */
final class ModelNames {
  private ModelNames() {}

  static final List<String> ALL =
      List.of("bg-nbd", "mbg-nbd", "pareto-nbd", "gamma-gamma", "bg-bb");
  static final List<String> TRANSACTION = List.of("bg-nbd", "mbg-nbd", "pareto-nbd");

  static String check(CommandLine cl, String option, String value, List<String> allowed) {
    String v = value.toLowerCase(Locale.ROOT).replace('_', '-');
    if (!allowed.contains(v)) {
      throw new CommandLine.ParameterException(
          cl, option + ": expected one of " + String.join(", ", allowed) + ", was '" + value + "'");
    }
    return v;
  }
}
