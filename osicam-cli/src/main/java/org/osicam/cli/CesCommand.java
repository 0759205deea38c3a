package org.osicam.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.osicam.metrics.survey.Ces;
import org.osicam.metrics.survey.CesResult;
import org.osicam.metrics.survey.CesScale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Mixin MetricsOptions options = new MetricsOptions();

  @Option(names = "--scale", required = true, description = "5 or 7")
  String scale;

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
    MetricsCli.runScores(
        options,
        () -> Ces.accumulator(s),
        (row, acc) -> MetricsCli.readScore(row, rule, acc::add, acc::add),
        CesCommand::json);
    return Main.OK;
  }

  static Map<String, Object> json(CesResult r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("n", r.count());
    out.put("scale", r.scale().max());
    out.put("goodEnd", r.scale().goodEnd());
    MetricsCli.effectiveCount(out, r.count(), r.effectiveCount());
    MetricsCli.put(out, "mean", r::mean);
    MetricsCli.put(out, "standardDeviation", r::standardDeviation);
    MetricsCli.put(out, "standardError", r::standardError);
    MetricsCli.put(out, "ci95", () -> MetricsCli.bounds(r.interval(0.95)));
    MetricsCli.put(out, "goodShare", r::goodShare);
    MetricsCli.put(out, "distribution", () -> MetricsCli.distribution(1, r.distribution()));
    return out;
  }
}
