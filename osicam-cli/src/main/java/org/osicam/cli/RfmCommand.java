package org.osicam.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.osicam.core.InvalidDataException;
import org.osicam.scoring.rfm.Binning;
import org.osicam.scoring.rfm.Orders;
import org.osicam.scoring.rfm.Rfm;
import org.osicam.scoring.rfm.RfmResult;
import org.osicam.scoring.rfm.RfmSegmentMap;
import org.osicam.scoring.rfm.RfmSegmentation;
import org.osicam.scoring.rfm.SegmentSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code osicam rfm}: RFM scores and named segments. */
@Command(
    name = "rfm",
    mixinStandardHelpOptions = true,
    description = {
      "RFM scores and named segments as of --observation-end (orders after it are ignored).",
      "Roles: customer_id, date, amount (one row per order), or with --aggregated:",
      "customer_id, recency_days, frequency, monetary. Map roles with --columns.",
      "Default binning follows the R package rfm (quantiles + 1, ties share a bin).",
      "Output CSV (--output): customer_id,recency_days,frequency,monetary,r_score,f_score,"
          + "m_score,rfm_cell,segment",
      "stdout JSON: {\"customers\":..,\"thresholds\":{\"r\":[..],\"f\":[..],\"m\":[..]},"
          + "\"segments\":{..}}"
    })
final class RfmCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--input", required = true, description = "orders CSV, or - for stdin")
  String input;

  @Option(
      names = "--observation-end",
      required = true,
      description = "the as-of (analysis) date, yyyy-MM-dd")
  String observationEnd;

  @Option(names = "--bins", defaultValue = "5", description = "scores per dimension, 2..9")
  int bins;

  @Option(
      names = "--binning",
      defaultValue = "quantiles",
      description =
          "quantiles (R rfm package) or equal-count (ties broken by customer id);"
              + " default ${DEFAULT-VALUE}")
  String binning;

  @Option(
      names = "--segment-map",
      defaultValue = "classic",
      description = "classic, vignette, rf-grid or a JSON map file; default ${DEFAULT-VALUE}")
  String segmentMap;

  @Option(names = "--aggregated", description = "input has one row per customer")
  boolean aggregated;

  @Option(names = "--columns", description = "role=column[,role=column...]")
  @Nullable String columns;

  @Option(
      names = "--date-format",
      description = "java.time pattern of the date column (default: yyyy-MM-dd or yyyyMMdd)")
  @Nullable String dateFormat;

  @Option(names = "--output", description = "output CSV file with one row per customer")
  @Nullable Path output;

  @Override
  public Integer call() throws IOException {
    CommandLine cl = spec.commandLine();
    LocalDate asOf = dateOption(cl, observationEnd);
    if (output != null) {
      Output.checkWritable(output, "--output");
    }
    if (bins < 2 || bins > 9) {
      throw new CommandLine.ParameterException(cl, "--bins must be between 2 and 9, was " + bins);
    }
    Binning b =
        switch (binning) {
          case "quantiles" -> Binning.quantiles(bins);
          case "equal-count" -> Binning.equalCount(bins);
          default ->
              throw new CommandLine.ParameterException(
                  cl, "--binning must be quantiles or equal-count, was '" + binning + "'");
        };
    @Nullable DateTimeFormatter format = null;
    if (dateFormat != null) {
      try {
        format = DateTimeFormatter.ofPattern(dateFormat);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(
            cl, "--date-format: not a date pattern: " + e.getMessage());
      }
    }
    RfmSegmentMap map = map();
    Rfm rfm = Rfm.builder().asOf(asOf).binning(b).build();
    RfmResult result = aggregated ? readAggregated(rfm) : readOrders(rfm, format);
    RfmSegmentation seg = result.segment(map);
    List<String> warnings = map.warnings(bins);
    for (String w : warnings) {
      System.err.println("osicam rfm: segment map '" + map.name() + "': " + w);
    }
    if (result.ignoredOrders() > 0) {
      System.err.println(
          "osicam rfm: ignored "
              + result.ignoredOrders()
              + " orders dated after --observation-end "
              + asOf);
    }
    if (output != null) {
      Output.atomically(
          output,
          w -> {
            w.write(
                "customer_id,recency_days,frequency,monetary,r_score,f_score,m_score,rfm_cell,"
                    + "segment\n");
            StringBuilder line = new StringBuilder(96);
            for (int i = 0; i < result.size(); i++) {
              line.setLength(0);
              line.append(Output.csv(result.customerId(i)))
                  .append(',')
                  .append(Output.number(result.recencyDays(i)))
                  .append(',')
                  .append(Output.number(result.frequency(i)))
                  .append(',')
                  .append(Output.number(result.monetary(i)))
                  .append(',')
                  .append(result.recencyScore(i))
                  .append(',')
                  .append(result.frequencyScore(i))
                  .append(',')
                  .append(result.monetaryScore(i))
                  .append(',')
                  .append(result.cell(i))
                  .append(',')
                  .append(Output.csv(seg.segment(i)))
                  .append('\n');
              w.write(line.toString());
            }
          });
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("customers", result.size());
    out.put("asOf", asOf.toString());
    out.put("binning", b.toString());
    out.put("segmentMap", map.name());
    Map<String, Object> thresholds = new LinkedHashMap<>();
    thresholds.put("r", result.thresholds().r());
    thresholds.put("f", result.thresholds().f());
    thresholds.put("m", result.thresholds().m());
    out.put("thresholds", thresholds);
    Map<String, Long> segments = new LinkedHashMap<>();
    for (SegmentSummary s : seg.summary()) {
      segments.put(s.segment(), s.customers());
    }
    out.put("segments", segments);
    out.put("ignoredOrders", result.ignoredOrders());
    out.put("warnings", warnings);
    Output.json(System.out, out);
    return Main.OK;
  }

  private RfmSegmentMap map() {
    if (List.of("classic", "vignette", "rf-grid").contains(segmentMap)) {
      return RfmSegmentMap.builtIn(segmentMap);
    }
    String json;
    try {
      json = Files.readString(Path.of(segmentMap), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new BadInputException(
          segmentMap + ": no such file (--segment-map takes classic, vignette, rf-grid or a file)");
    } catch (IOException e) {
      throw new BadInputException(segmentMap + ": cannot read (" + e.getMessage() + ")");
    }
    try {
      return RfmSegmentMap.fromJson(json);
    } catch (InvalidDataException e) {
      throw new BadInputException(segmentMap + ": " + e.getMessage());
    }
  }

  private RfmResult readOrders(Rfm rfm, @Nullable DateTimeFormatter format) {
    Orders.Builder orders = Orders.builder();
    try (CsvInput in =
        CsvInput.open(
            input,
            CsvInput.parseMapping(columns),
            List.of("customer_id", "date", "amount"),
            List.of())) {
      in.forEach(
          row -> orders.add(row.text("customer_id"), date(row, format), row.number("amount")));
    }
    Orders all = orders.build();
    if (all.size() == 0) {
      throw new BadInputException(input + ": expected at least one order row");
    }
    try {
      return rfm.score(all);
    } catch (InvalidDataException e) {
      throw new BadInputException(
          input
              + ": --observation-end "
              + rfm.asOf()
              + " is before every order ("
              + e.getMessage()
              + ")");
    }
  }

  private RfmResult readAggregated(Rfm rfm) {
    List<String> ids = new ArrayList<>();
    DoubleList recency = new DoubleList();
    DoubleList frequency = new DoubleList();
    DoubleList monetary = new DoubleList();
    Set<String> seen = new HashSet<>();
    try (CsvInput in =
        CsvInput.open(
            input,
            CsvInput.parseMapping(columns),
            List.of("customer_id", "recency_days", "frequency", "monetary"),
            List.of())) {
      in.forEach(
          row -> {
            String id = row.text("customer_id");
            if (!seen.add(id)) {
              throw row.error("customer_id", id, "one row per customer (this id repeats)");
            }
            ids.add(id);
            recency.add(nonNegative(row, "recency_days"));
            frequency.add(nonNegative(row, "frequency"));
            monetary.add(row.number("monetary"));
          });
    }
    if (ids.isEmpty()) {
      throw new BadInputException(input + ": expected at least one customer row");
    }
    return rfm.scoreAggregated(ids, recency.toArray(), frequency.toArray(), monetary.toArray());
  }

  private static double nonNegative(CsvInput.Row row, String role) {
    double v = row.number(role);
    if (v < 0) {
      throw row.error(role, row.text(role), "a number >= 0");
    }
    return v;
  }

  private static LocalDate date(CsvInput.Row row, @Nullable DateTimeFormatter format) {
    String v = row.text("date");
    try {
      if (format != null) {
        return LocalDate.parse(v, format);
      }
      if (v.length() == 8 && v.chars().allMatch(Character::isDigit)) {
        return LocalDate.parse(v, DateTimeFormatter.BASIC_ISO_DATE);
      }
      if (v.length() >= 10 && (v.length() == 10 || v.charAt(10) == ' ' || v.charAt(10) == 'T')) {
        return LocalDate.parse(v.substring(0, 10));
      }
    } catch (DateTimeException e) {
      // reported below
    }
    throw row.error(
        "date",
        v,
        format == null
            ? "a date like 2006-12-31 or 20061231 (or set --date-format)"
            : "a date" + " in the --date-format pattern");
  }

  private static LocalDate dateOption(CommandLine cl, String value) {
    try {
      if (value.length() == 8 && value.chars().allMatch(Character::isDigit)) {
        return LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE);
      }
      return LocalDate.parse(value);
    } catch (DateTimeException e) {
      throw new CommandLine.ParameterException(
          cl, "--observation-end: expected a date like 2006-12-31, was '" + value + "'");
    }
  }

  /** A growable array of doubles. */
  private static final class DoubleList {
    private double[] a = new double[1024];
    private int n;

    void add(double v) {
      if (n == a.length) {
        a = java.util.Arrays.copyOf(a, n * 2);
      }
      a[n++] = v;
    }

    double[] toArray() {
      return java.util.Arrays.copyOf(a, n);
    }
  }
}
