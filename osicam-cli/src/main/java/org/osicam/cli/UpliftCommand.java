package org.osicam.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.osicam.metrics.uplift.Group;
import org.osicam.metrics.uplift.GroupSummary;
import org.osicam.metrics.uplift.TestMethod;
import org.osicam.metrics.uplift.TestResult;
import org.osicam.metrics.uplift.Uplift;
import org.osicam.metrics.uplift.UpliftAccumulator;
import org.osicam.metrics.uplift.UpliftResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code osicam uplift}: did the campaign work? Treatment versus control. */
@Command(
    name = "uplift",
    mixinStandardHelpOptions = true,
    description = {
      "Treatment vs control: uplift in conversion rate with its 95 %% interval (unpooled SE), a"
          + " two-sided p-value (pooled two-proportion z-test, or Fisher's exact test when an"
          + " expected cell count is under 5), incremental conversions, revenue and ROI.",
      "Roles: group (treatment or control), converted (0 or 1), optional revenue, cost.",
      "stdout JSON: {\"treatment\":{\"n\":..,\"conversions\":..,\"rate\":..},\"control\":{..},"
          + "\"uplift\":..,\"ci95\":[lo,hi],\"pValue\":..,\"test\":\"z-test|fisher-exact\","
          + "\"incrementalConversions\":..,\"incrementalRevenue\":..,\"roi\":..}",
      "With --by: {\"groups\":{\"<value>\":{..}},\"overall\":{..}}."
    })
final class UpliftCommand implements Callable<Integer> {

  @Mixin MetricsOptions options = new MetricsOptions();

  @Override
  public Integer call() {
    MetricsCli.run(
        options,
        List.of("group", "converted"),
        List.of("revenue", "cost"),
        Uplift::accumulator,
        UpliftCommand::read,
        UpliftCommand::json);
    return Main.OK;
  }

  private static void read(CsvInput.Row row, UpliftAccumulator acc) {
    String label = row.text("group");
    Group group;
    try {
      group = Group.parse(label);
    } catch (IllegalArgumentException e) {
      throw row.error("group", label, "treatment or control");
    }
    String c = row.text("converted").toLowerCase(Locale.ROOT);
    java.util.OptionalInt whole = MetricsCli.wholeNumber(c);
    if (whole.isPresent() && (whole.getAsInt() == 0 || whole.getAsInt() == 1)) {
      c = Integer.toString(whole.getAsInt());
    }
    boolean converted;
    switch (c) {
      case "1":
      case "true":
        converted = true;
        break;
      case "0":
      case "false":
        converted = false;
        break;
      default:
        throw row.error("converted", row.text("converted"), "0 or 1");
    }
    double revenue = row.optional("revenue").isPresent() ? row.number("revenue") : 0;
    acc.add(group, converted, revenue);
    if (row.optional("cost").isPresent()) {
      double cost = row.number("cost");
      if (cost < 0) {
        throw row.error("cost", row.text("cost"), "a non-negative number");
      }
      acc.addCost(cost);
    }
  }

  private static Map<String, Object> group(GroupSummary g) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("n", g.n());
    out.put("conversions", g.conversions());
    MetricsCli.put(out, "rate", g::rate);
    out.put("revenue", g.revenue());
    MetricsCli.put(out, "revenuePerCustomer", g::revenuePerCustomer);
    return out;
  }

  static Map<String, Object> json(UpliftResult r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("treatment", group(r.treatment()));
    out.put("control", group(r.control()));
    if (!r.comparable()) {
      for (String f :
          List.of(
              "uplift",
              "ci95",
              "pValue",
              "test",
              "relativeUplift",
              "incrementalConversions",
              "incrementalRevenue",
              "roi")) {
        out.put(f, null);
      }
      out.put("reason", r.treatment().n() == 0 ? "no treatment customers" : "no control customers");
      out.put("cost", r.cost());
      return out;
    }
    out.put("uplift", r.uplift());
    out.put("ci95", MetricsCli.bounds(r.interval(0.95)));
    TestResult t = r.test();
    out.put("pValue", t.pValue());
    out.put("test", t.method() == TestMethod.Z_TEST ? "z-test" : "fisher-exact");
    if (t.z().isPresent()) {
      out.put("z", t.z().getAsDouble());
    }
    if (r.relativeUplift().isPresent()) {
      out.put("relativeUplift", r.relativeUplift().getAsDouble());
    } else {
      out.put("relativeUplift", null);
      out.put("relativeUpliftReason", "control conversion rate is 0");
    }
    out.put("incrementalConversions", r.incrementalConversions());
    out.put("incrementalRevenue", r.incrementalRevenue());
    out.put("cost", r.cost());
    if (r.roi().isPresent()) {
      out.put("roi", r.roi().getAsDouble());
    } else {
      out.put("roi", null);
      out.put("roiReason", "no cost recorded");
    }
    return out;
  }
}
