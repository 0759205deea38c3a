package org.osicam.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.osicam.metrics.survey.Nps;
import org.osicam.metrics.survey.NpsMethod;
import org.osicam.metrics.survey.NpsResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code osicam nps}: Net Promoter Score with its standard error and interval. */
@Command(
    name = "nps",
    mixinStandardHelpOptions = true,
    description = {
      "Net Promoter Score of 0-10 answers (promoters 9-10, passives 7-8, detractors 0-6).",
      "Roles: score, optional weight (survey weight).",
      "stdout JSON: {\"n\":..,\"promoters\":..,\"passives\":..,\"detractors\":..,\"nps\":..,"
          + "\"standardError\":..,\"ci95\":[lo,hi],..}; nps in points from -100 to 100;"
          + " ci95 is the adjusted-Wald interval (Rocks 2016), ci95Wald the Wald one.",
      "With --by: {\"groups\":{\"<value>\":{..}},\"overall\":{..}}."
    })
final class NpsCommand implements Callable<Integer> {
  static final String RULE = "an integer from 0 to 10";

  @Mixin MetricsOptions options = new MetricsOptions();

  @Override
  public Integer call() {
    MetricsCli.runScores(
        options,
        Nps::accumulator,
        (row, acc) -> MetricsCli.readScore(row, RULE, acc::add, acc::add),
        NpsCommand::json);
    return Main.OK;
  }

  static Map<String, Object> json(NpsResult r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("n", r.count());
    out.put("promoters", MetricsCli.count(r.promoters()));
    out.put("passives", MetricsCli.count(r.passives()));
    out.put("detractors", MetricsCli.count(r.detractors()));
    MetricsCli.effectiveCount(out, r.count(), r.effectiveCount());
    if (r.count() == 0) {
      for (String f : List.of("nps", "standardError", "ci95", "ci95Wald")) {
        out.put(f, null);
      }
      out.put("reason", "no responses");
      return out;
    }
    out.put("nps", r.nps());
    out.put("standardError", r.standardError());
    out.put("ci95", MetricsCli.bounds(r.adjustedWaldInterval(0.95)));
    out.put("ci95Method", "adjusted-wald");
    out.put("adjustedNps", r.adjustedNps());
    out.put("ci95Wald", MetricsCli.bounds(r.interval(NpsMethod.WALD, 0.95)));
    return out;
  }
}
