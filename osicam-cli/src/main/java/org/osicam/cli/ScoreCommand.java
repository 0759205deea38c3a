package org.osicam.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.osicam.scoring.clv.CustomerBaseModel;
import org.osicam.scoring.clv.CustomerBaseModels;
import org.osicam.scoring.clv.CustomerSummaries;
import org.osicam.scoring.clv.GammaGamma;
import org.osicam.scoring.clv.Scores;
import org.osicam.scoring.clv.TransactionModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Per-customer predictions: P(alive), expected purchases, expected value and CLV. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
      "Scores customers: P(alive), expected purchases and, with --monetary, value and CLV.",
      "Expected purchases are over --horizon; the expected value per purchase comes from the"
          + " spend model and the CLV is discounted per time unit. Fits the models unless"
          + " --model-file gives them.",
      "Roles: customer_id, frequency, recency, T, optional monetary_value (required with"
          + " --monetary) and weight.",
      "Output CSV (stdout, or --output): customer_id,p_alive,expected_purchases"
          + "[,expected_value,clv]"
    })
final class ScoreCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--input", required = true, description = "summaries CSV, or - for stdin")
  String input;

  @Option(names = "--model", required = true, description = "bg-nbd, mbg-nbd or pareto-nbd")
  String model;

  @Option(names = "--monetary", description = "spend model: gamma-gamma")
  @Nullable String monetary;

  @Option(
      names = "--horizon",
      required = true,
      description = "prediction horizon in the input's time unit")
  double horizon;

  @Option(
      names = "--discount-rate",
      defaultValue = "0",
      description = "discount rate per time unit for the CLV (default ${DEFAULT-VALUE})")
  double discountRate;

  @Option(
      names = "--model-file",
      description = "saved model JSON (from fit --save); repeat for the spend model")
  List<Path> modelFiles = new ArrayList<>();

  @Option(
      names = "--penalty",
      defaultValue = "0",
      description = "L2 penalty when fitting (default ${DEFAULT-VALUE})")
  double penalty;

  @Option(names = "--columns", description = "role=column[,role=column...]")
  @Nullable String columns;

  @Option(names = "--output", description = "output CSV file (default: stdout)")
  @Nullable Path output;

  @Override
  public Integer call() throws IOException {
    CommandLine cl = spec.commandLine();
    String name = ModelNames.check(cl, "--model", model, ModelNames.TRANSACTION);
    if (output != null) {
      Output.checkWritable(output, "--output");
    }
    if (monetary != null) {
      ModelNames.check(cl, "--monetary", monetary, List.of("gamma-gamma"));
    }
    if (!(horizon >= 0) || Double.isInfinite(horizon)) {
      throw new CommandLine.ParameterException(cl, "--horizon must be a number >= 0");
    }
    if (!(discountRate >= 0) || Double.isInfinite(discountRate)) {
      throw new CommandLine.ParameterException(cl, "--discount-rate must be a number >= 0");
    }
    TransactionModel tm = null;
    GammaGamma gg = null;
    for (Path file : modelFiles) {
      CustomerBaseModel m = load(cl, file);
      if (m instanceof TransactionModel) {
        if (!m.name().equals(name)) {
          throw new CommandLine.ParameterException(
              cl, "--model-file " + file + " holds a " + m.name() + " model, not " + name);
        }
        tm = (TransactionModel) m;
      } else if (m instanceof GammaGamma) {
        gg = (GammaGamma) m;
      } else {
        throw new CommandLine.ParameterException(
            cl, "--model-file " + file + " holds a " + m.name() + " model, which score cannot use");
      }
    }
    ClvInput.Read read =
        ClvInput.summaries(
            input, CsvInput.parseMapping(columns), false, monetary != null, false, false);
    CustomerSummaries data = read.summaries();
    if (tm == null) {
      tm = (TransactionModel) FitCommand.fit(name, data, penalty);
      report(tm);
    }
    if (monetary != null && gg == null) {
      gg = (GammaGamma) FitCommand.fit("gamma-gamma", repeaters(data), penalty);
      report(gg);
    }
    Scores scores =
        gg == null ? tm.score(data, horizon) : tm.score(data, horizon, gg, discountRate);
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("customers", data.size());
    summary.put("model", tm.name());
    summary.put("params", tm.parameters());
    if (gg != null) {
      summary.put("monetaryParams", gg.parameters());
    }
    summary.put("horizon", horizon);
    summary.put("discountRate", discountRate);
    double purchases = 0;
    double clv = 0;
    int missing = 0;
    for (int i = 0; i < scores.size(); i++) {
      purchases += data.weight(i) * scores.expectedPurchases(i);
      if (gg != null) {
        if (Double.isFinite(scores.clv(i))) {
          clv += data.weight(i) * scores.clv(i);
        } else {
          missing++;
        }
      }
    }
    summary.put("expectedPurchases", purchases);
    if (gg != null) {
      summary.put("clv", clv);
      if (missing > 0) {
        summary.put(
            "clvReason",
            missing + " customers without repeat purchases have no finite expected value (q <= 1)");
      }
    }
    final GammaGamma spend = gg;
    if (output == null) {
      Writer w = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
      write(w, data, scores, spend != null);
      w.flush();
      System.err.println("osicam score: " + summary);
    } else {
      Output.atomically(output, w -> write(w, data, scores, spend != null));
      Output.json(System.out, summary);
    }
    return Main.OK;
  }

  private static CustomerBaseModel load(CommandLine cl, Path file) throws IOException {
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new BadInputException(file + ": no such file");
    }
    try {
      return CustomerBaseModels.fromJson(json);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(file + ": expected a saved model (" + e.getMessage() + ")");
    }
  }

  private static void report(CustomerBaseModel m) {
    m.fitReport()
        .ifPresent(
            r -> {
              System.err.println(
                  "osicam score: fitted "
                      + m.name()
                      + " "
                      + m.parameters()
                      + (r.converged() ? "" : " (not converged: " + r.reason() + ")"));
            });
  }

  /** The customers with a repeat purchase and a positive mean value (the Gamma-Gamma data). */
  static CustomerSummaries repeaters(CustomerSummaries data) {
    int n = 0;
    for (int i = 0; i < data.size(); i++) {
      if (data.frequency(i) > 0 && data.monetary(i) > 0) {
        n++;
      }
    }
    double[] x = new double[n];
    double[] m = new double[n];
    double[] w = new double[n];
    double[] zero = new double[n];
    int k = 0;
    for (int i = 0; i < data.size(); i++) {
      if (data.frequency(i) > 0 && data.monetary(i) > 0) {
        x[k] = data.frequency(i);
        m[k] = data.monetary(i);
        w[k] = data.weight(i);
        k++;
      }
    }
    return CustomerSummaries.builder().columns(x, zero, zero).monetary(m).weights(w).build();
  }

  private static void write(Writer w, CustomerSummaries data, Scores s, boolean value)
      throws IOException {
    w.write("customer_id,p_alive,expected_purchases");
    if (value) {
      w.write(",expected_value,clv");
    }
    w.write('\n');
    StringBuilder sb = new StringBuilder(96);
    for (int i = 0; i < s.size(); i++) {
      sb.setLength(0);
      sb.append(Output.csv(data.customerId(i)))
          .append(',')
          .append(Output.number(s.pAlive(i)))
          .append(',')
          .append(Output.number(s.expectedPurchases(i)));
      if (value) {
        sb.append(',')
            .append(Output.number(s.expectedValue(i)))
            .append(',')
            .append(Output.number(s.clv(i)));
      }
      sb.append('\n');
      w.write(sb.toString());
    }
  }
}
