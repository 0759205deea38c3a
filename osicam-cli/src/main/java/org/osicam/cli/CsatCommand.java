package org.osicam.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.osicam.metrics.survey.Csat;
import org.osicam.metrics.survey.CsatAccumulator;
import org.osicam.metrics.survey.CsatResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code osicam csat}: customer satisfaction as the top-two-box share. */
@Command(
    name = "csat",
    mixinStandardHelpOptions = true,
    description = {
      "CSAT: share of 4 and 5 answers on the 1-5 scale, in points, with a Wilson interval.",
      "Roles: score, optional weight.",
      "stdout JSON: {\"n\":..,\"satisfied\":..,\"csat\":..,\"ci95\":[lo,hi],\"mean\":..,"
          + "\"distribution\":{\"1\":..}}",
      "With --by: {\"groups\":{\"<value>\":{..}},\"overall\":{..}}."
    })
final class CsatCommand implements Callable<Integer> {
  static final String RULE = "an integer from 1 to 5";

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--input", required = true, description = "CSV file, or - for stdin")
  String input;

  @Option(names = "--scale", defaultValue = "5", description = "5 (the only CSAT scale supported)")
  int scale;

  @Option(names = "--by", description = "column to break the score down by")
  @Nullable String by;

  @Option(names = "--columns", description = "role=column[,role=column...]")
  @Nullable String columns;

  @Override
  public Integer call() {
    if (scale != 5) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--scale must be 5, was " + scale);
    }
    MetricsCli.run(
        input,
        columns,
        List.of("score"),
        List.of("weight"),
        by,
        Csat::accumulator,
        CsatCommand::read,
        CsatCommand::json);
    return Main.OK;
  }

  private static void read(CsvInput.Row row, CsatAccumulator acc) {
    int score = MetricsCli.score(row, RULE);
    Double w = MetricsCli.weight(row);
    MetricsCli.add(
        row,
        "score",
        Integer.toString(score),
        () -> {
          if (w == null) {
            acc.add(score);
          } else {
            acc.add(score, w);
          }
        });
  }

  static Map<String, Object> json(CsatResult r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("n", r.count());
    out.put("satisfied", MetricsCli.count(r.weights().get(3) + r.weights().get(4)));
    if (r.effectiveCount() != r.count()) {
      out.put("effectiveN", r.effectiveCount());
    }
    MetricsCli.put(out, "csat", r::csat);
    MetricsCli.put(out, "ci95", () -> MetricsCli.bounds(r.wilsonInterval(0.95)));
    MetricsCli.put(out, "mean", r::mean);
    MetricsCli.put(out, "distribution", () -> MetricsCli.distribution(1, r.distribution()));
    return out;
  }
}
