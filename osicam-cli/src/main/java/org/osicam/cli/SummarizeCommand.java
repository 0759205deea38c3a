package org.osicam.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.osicam.scoring.clv.CustomerSummaries;
import org.osicam.scoring.clv.Granularity;
import org.osicam.scoring.clv.Summarizer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Transactions to per-customer RFM summaries with the lifetimes semantics. */
@Command(
    name = "summarize",
    mixinStandardHelpOptions = true,
    description = {
      "Turns transactions into per-customer summaries (frequency, recency, T, monetary_value).",
      "Purchases in one period count once, the first purchase is not counted in frequency,"
          + " recency = last - first, T = observation end - first, monetary_value = mean of the"
          + " repeat periods (0 when none).",
      "Roles: customer_id, date, optional amount (map them with --columns). Input may be CSV"
          + " or a whitespace-separated table with a header row.",
      "Output CSV (stdout, or --output): customer_id,frequency,recency,T,monetary_value"
          + " [,frequency_holdout,duration_holdout with --calibration-end]."
    })
final class SummarizeCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--input", required = true, description = "transactions file, or - for stdin")
  String input;

  @Option(
      names = "--observation-end",
      required = true,
      description = "last day observed, inclusive (yyyy-MM-dd)")
  String observationEnd;

  @Option(
      names = "--calibration-end",
      description = "last day of the calibration period; adds the holdout columns")
  @Nullable String calibrationEnd;

  @Option(
      names = "--period",
      defaultValue = "day",
      description = "bucketing of purchases: day or week (Monday-Sunday); default ${DEFAULT-VALUE}")
  String period;

  @Option(
      names = "--unit",
      description =
          "time unit of recency, T and duration_holdout: days or weeks (default: the period)")
  @Nullable String unit;

  @Option(
      names = "--date-format",
      description =
          "java.time pattern of the date column, e.g. yyyyMMdd (default: ISO or yyyyMMdd)")
  @Nullable String dateFormat;

  @Option(names = "--columns", description = "role=column[,role=column...]")
  @Nullable String columns;

  @Option(names = "--output", description = "output CSV file (default: stdout)")
  @Nullable Path output;

  @Override
  public Integer call() throws IOException {
    CommandLine cl = spec.commandLine();
    if (output != null) {
      Output.checkWritable(output, "--output");
    }
    LocalDate end = ClvInput.dateOption(cl, "--observation-end", observationEnd);
    LocalDate cal =
        calibrationEnd == null
            ? null
            : ClvInput.dateOption(cl, "--calibration-end", calibrationEnd);
    if (cal != null && cal.isAfter(end)) {
      throw new CommandLine.ParameterException(
          cl, "--calibration-end must be on or before --observation-end");
    }
    Granularity p = granularity(cl, "--period", period);
    Granularity u = unit == null ? p : granularity(cl, "--unit", unit);
    DateTimeFormatter format;
    try {
      format = dateFormat == null ? null : DateTimeFormatter.ofPattern(dateFormat);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(
          cl, "--date-format: not a date pattern: " + e.getMessage());
    }
    return read(end, cal, p, u, format);
  }

  private Integer read(
      LocalDate end,
      @Nullable LocalDate cal,
      Granularity p,
      Granularity u,
      @Nullable DateTimeFormatter format)
      throws IOException {
    Map<String, Integer> index = new HashMap<>();
    Buffers b = new Buffers();
    boolean[] amountColumn = {false};
    try (CsvInput in =
        TableInput.open(
            input,
            CsvInput.parseMapping(columns),
            ClvInput.TRANSACTION_ALIASES,
            List.of("customer_id", "date"),
            List.of("amount"))) {
      boolean hasAmount = in.has("amount");
      amountColumn[0] = hasAmount;
      in.forEach(
          row -> {
            String id = row.text("customer_id");
            LocalDate date = ClvInput.date(row, "date", format);
            double amount =
                hasAmount && row.optional("amount").isPresent() ? row.number("amount") : 0;
            Integer k = index.get(id);
            if (k == null) {
              k = index.size();
              index.put(id, k);
            }
            b.add(k, date.toEpochDay(), amount);
          });
    }
    if (b.n == 0) {
      throw new BadInputException(input + ": expected at least one transaction row");
    }
    String[] ids = new String[index.size()];
    index.forEach((id, k) -> ids[k] = id);
    return finish(
        end,
        cal,
        p,
        u,
        Arrays.copyOf(b.customer, b.n),
        ids,
        Arrays.copyOf(b.days, b.n),
        amountColumn[0] ? Arrays.copyOf(b.amounts, b.n) : null);
  }

  private static final class Buffers {
    int n;
    int[] customer = new int[1 << 16];
    long[] days = new long[1 << 16];
    double[] amounts = new double[1 << 16];

    void add(int c, long d, double a) {
      if (n == customer.length) {
        customer = Arrays.copyOf(customer, n * 2);
        days = Arrays.copyOf(days, n * 2);
        amounts = Arrays.copyOf(amounts, n * 2);
      }
      customer[n] = c;
      days[n] = d;
      amounts[n] = a;
      n++;
    }
  }

  private Integer finish(
      LocalDate end,
      @Nullable LocalDate cal,
      Granularity p,
      Granularity u,
      int[] customer,
      String[] ids,
      long[] days,
      double @Nullable [] amounts)
      throws IOException {
    Summarizer.Builder b = Summarizer.builder().observationEnd(end).period(p).unit(u);
    if (cal != null) {
      b.calibrationEnd(cal);
    }
    CustomerSummaries s;
    try {
      s = b.build().summarize(customer, ids, days, amounts);
    } catch (org.osicam.core.InvalidDataException e) {
      throw new BadInputException(input + ": " + e.getMessage());
    }
    double total = 0;
    for (int i = 0; i < s.size(); i++) {
      total += s.frequency(i);
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("transactions", days.length);
    summary.put("customers", s.size());
    summary.put("repeatPurchases", (long) total);
    if (s.hasHoldout()) {
      double h = 0;
      for (int i = 0; i < s.size(); i++) {
        h += s.frequencyHoldout(i);
      }
      summary.put("holdoutPurchases", (long) h);
    }
    if (output == null) {
      PrintStream out = System.out;
      Writer w = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
      write(w, s);
      w.flush();
      System.err.println("osicam summarize: " + summary);
    } else {
      Output.atomically(output, w -> write(w, s));
      Output.json(System.out, summary);
    }
    return Main.OK;
  }

  private static void write(Writer w, CustomerSummaries s) throws IOException {
    w.write("customer_id,frequency,recency,T,monetary_value");
    if (s.hasHoldout()) {
      w.write(",frequency_holdout,duration_holdout");
    }
    w.write('\n');
    StringBuilder sb = new StringBuilder(64);
    for (int i = 0; i < s.size(); i++) {
      sb.setLength(0);
      sb.append(Output.csv(s.customerId(i)))
          .append(',')
          .append(Output.number(s.frequency(i)))
          .append(',')
          .append(Output.number(s.recency(i)))
          .append(',')
          .append(Output.number(s.age(i)))
          .append(',')
          .append(Output.number(s.monetary(i)));
      if (s.hasHoldout()) {
        sb.append(',')
            .append(Output.number(s.frequencyHoldout(i)))
            .append(',')
            .append(Output.number(s.durationHoldout(i)));
      }
      sb.append('\n');
      w.write(sb.toString());
    }
  }

  static Granularity granularity(CommandLine cl, String option, String value) {
    switch (value.toLowerCase(java.util.Locale.ROOT)) {
      case "day":
      case "days":
      case "d":
        return Granularity.DAY;
      case "week":
      case "weeks":
      case "w":
        return Granularity.WEEK;
      default:
        throw new CommandLine.ParameterException(
            cl, option + ": expected day or week, was '" + value + "'");
    }
  }
}
