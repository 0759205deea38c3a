package org.osicam.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code osicam inspect}: checks that a CSV file is well formed and reports its shape. */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description = {
      "Checks that a CSV file is well formed (header, field counts, quoting) and prints its shape.",
      "stdout JSON: {\"rows\":..,\"columns\":[..],\"emptyCells\":{column:count}}"
    })
final class InspectCommand implements Callable<Integer> {

  @Option(
      names = "--input",
      required = true,
      description = "CSV file with a header row, or - for stdin")
  String input;

  @Override
  public Integer call() {
    long[] rows = {0};
    Map<String, Long> empty = new LinkedHashMap<>();
    try (CsvInput in = CsvInput.open(input, Map.of(), List.of(), List.of())) {
      in.header().forEach(c -> empty.put(c, 0L));
      in.forEach(
          row -> {
            rows[0]++;
            for (String c : in.header()) {
              if (row.column(c).isEmpty()) {
                empty.merge(c, 1L, Long::sum);
              }
            }
          });
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("rows", rows[0]);
      out.put("columns", in.header());
      out.put("emptyCells", empty);
      Output.json(System.out, out);
    }
    return Main.OK;
  }
}
