package org.osicam.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.osicam.metrics.survey.Ces;
import org.osicam.metrics.survey.CesAccumulator;
import org.osicam.metrics.survey.CesResult;
import org.osicam.metrics.survey.CesScale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code osicam ces}: Customer Effort Score on the 1-5 or 1-7 scale. */
@Command(
    name = "ces",
    mixinStandardHelpOptions = true,
    description = {
      "Customer Effort Score. --scale 5: original CES, 1 = very low effort (low is good);"
          + " --scale 7: CES 2.0, 7 = strongly agree it was easy (high is good).",
      "Roles: score, optional weight.",
      "stdout JSON: {\"n\":..,\"scale\":7,\"goodEnd\":\"high\",\"mean\":..,\"standardDeviation\":..,"
          + "\"standardError\":..,\"ci95\":[lo,hi],\"goodShare\":..,\"distribution\":{\"1\":..}}",
      "With --by: {\"groups\":{\"<value>\":{..}},\"overall\":{..}}."
    })
final class CesCommand implements Callable<Integer> {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--input", required = true, description = "CSV file, or - for stdin")
  String input;

  @Option(names = "--scale", required = true, description = "5 or 7")
  String scale;

  @Option(names = "--by", description = "column to break the score down by")
  @Nullable String by;

  @Option(names = "--columns", description = "role=column[,role=column...]")
  @Nullable String columns;

  @Override
  public Integer call() {
    CesScale s;
    try {
      s = CesScale.parse(scale);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--scale must be 5 or 7, was '" + scale + "'");
    }
    String rule = "an integer from 1 to " + s.max() + " (CES " + s.max() + "-point scale)";
    MetricsCli.run(
        input,
        columns,
        List.of("score"),
        List.of("weight"),
        by,
        () -> Ces.accumulator(s),
        (row, acc) -> read(row, acc, rule),
        CesCommand::json);
    return Main.OK;
  }

  private static void read(CsvInput.Row row, CesAccumulator acc, String rule) {
    int score = MetricsCli.score(row, rule);
    Double w = MetricsCli.weight(row);
    try {
      if (w == null) {
        acc.add(score);
      } else {
        acc.add(score, w);
      }
    } catch (IllegalArgumentException e) {
      throw row.error("score", Integer.toString(score), rule);
    }
  }

  static Map<String, Object> json(CesResult r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("n", r.count());
    out.put("scale", r.scale().max());
    out.put("goodEnd", r.scale().goodEnd());
    if (r.effectiveCount() != r.count()) {
      out.put("effectiveN", r.effectiveCount());
    }
    MetricsCli.put(out, "mean", r::mean);
    MetricsCli.put(out, "standardDeviation", r::standardDeviation);
    MetricsCli.put(out, "standardError", r::standardError);
    MetricsCli.put(out, "ci95", () -> MetricsCli.bounds(r.interval(0.95)));
    MetricsCli.put(out, "goodShare", r::goodShare);
    MetricsCli.put(out, "distribution", () -> MetricsCli.distribution(1, r.distribution()));
    return out;
  }
}
