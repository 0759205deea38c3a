package org.osicam.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.osicam.metrics.survey.Csat;
import org.osicam.metrics.survey.CsatResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Mixin MetricsOptions options = new MetricsOptions();

  @Option(names = "--scale", defaultValue = "5", description = "5 (the only CSAT scale supported)")
  int scale;

  @Override
  public Integer call() {
    if (scale != 5) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--scale must be 5, was " + scale);
    }
    MetricsCli.runScores(
        options,
        Csat::accumulator,
        (row, acc) -> MetricsCli.readScore(row, RULE, acc::add, acc::add),
        CsatCommand::json);
    return Main.OK;
  }

  static Map<String, Object> json(CsatResult r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("n", r.count());
    out.put("satisfied", MetricsCli.count(r.weights().get(3) + r.weights().get(4)));
    MetricsCli.effectiveCount(out, r.count(), r.effectiveCount());
    MetricsCli.put(out, "csat", r::csat);
    MetricsCli.put(out, "ci95", () -> MetricsCli.bounds(r.wilsonInterval(0.95)));
    MetricsCli.put(out, "mean", r::mean);
    MetricsCli.put(out, "distribution", () -> MetricsCli.distribution(1, r.distribution()));
    return out;
  }
}
