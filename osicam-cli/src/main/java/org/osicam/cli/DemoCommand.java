package org.osicam.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.osicam.cli.demo.Demo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code osicam demo}: the whole loop on bundled data, written as a self-contained HTML report. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Runs Organise -> Segment -> Interact -> Collect -> Feed -> Measure on data shipped in the jar"
          + " (the CDNOW purchases; seeded person records, consents, survey answers and campaign"
          + " outcomes) and writes a self-contained HTML report.",
      "stdout JSON: {\"records\":..,\"customers\":..,\"transactions\":..,\"bgNbd\":{..},"
          + "\"contacts\":..,\"control\":..,\"segments\":{..},\"uplift\":..,\"nps\":..,\"report\":..}"
    })
final class DemoCommand implements Callable<Integer> {

  @Option(
      names = "--output",
      defaultValue = "report.html",
      description = "HTML report to write (default: ${DEFAULT-VALUE})")
  Path output;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "seed of the generated data and control groups (default: ${DEFAULT-VALUE})")
  long seed;

  @Override
  public Integer call() throws IOException {
    Output.checkWritable(output, "--output");
    Demo.Summary summary = new Demo(seed, System.err).run();
    Output.atomically(output, w -> w.write(summary.html()));
    System.err.println("osicam demo: report written to " + output.toAbsolutePath());
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("records", summary.records());
    json.put("customers", summary.customers());
    json.put("transactions", summary.transactions());
    Map<String, Object> bg = new LinkedHashMap<>();
    bg.put("r", summary.bgNbdR());
    bg.put("alpha", summary.bgNbdAlpha());
    bg.put("a", summary.bgNbdA());
    bg.put("b", summary.bgNbdB());
    json.put("bgNbd", bg);
    json.put("contacts", summary.contacts());
    json.put("control", summary.controls());
    json.put("segments", summary.segments());
    json.put("uplift", Double.isFinite(summary.overallUplift()) ? summary.overallUplift() : null);
    json.put("nps", Double.isFinite(summary.overallNps()) ? summary.overallNps() : null);
    json.put("report", output.toString());
    Output.json(System.out, json);
    return Main.OK;
  }
}
