package org.osicam.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.osicam.scoring.clv.BgBb;
import org.osicam.scoring.clv.BgNbd;
import org.osicam.scoring.clv.CustomerBaseModel;
import org.osicam.scoring.clv.CustomerSummaries;
import org.osicam.scoring.clv.FitReport;
import org.osicam.scoring.clv.GammaGamma;
import org.osicam.scoring.clv.ModelFitter;
import org.osicam.scoring.clv.ModifiedBgNbd;
import org.osicam.scoring.clv.ParetoNbd;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Fits a customer-base model on per-customer summaries. */
@Command(
    name = "fit",
    mixinStandardHelpOptions = true,
    description = {
      "Fits a customer-base model by maximum likelihood on per-customer summaries.",
      "Roles: frequency, recency, T (bg-bb: frequency, recency, periods), monetary_value"
          + " (gamma-gamma only; rows with frequency 0, and repeat customers with monetary_value"
          + " <= 0, are left out), optional weight and customer_id.",
      "stdout JSON: {\"model\":..,\"customers\":..,\"params\":{..},\"standardErrors\":{..},"
          + "\"logLikelihood\":..,\"converged\":..,\"iterations\":..,\"fitSeconds\":..}"
    })
final class FitCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--model",
      required = true,
      description = "bg-nbd, mbg-nbd, pareto-nbd, gamma-gamma or bg-bb")
  String model;

  @Option(names = "--input", required = true, description = "summaries CSV, or - for stdin")
  String input;

  @Option(names = "--save", description = "write the fitted model as JSON to this file")
  @Nullable Path save;

  @Option(
      names = "--penalty",
      defaultValue = "0",
      description = "L2 penalty coefficient on the parameters (default ${DEFAULT-VALUE})")
  double penalty;

  @Option(names = "--columns", description = "role=column[,role=column...]")
  @Nullable String columns;

  @Override
  public Integer call() throws IOException {
    String name = ModelNames.check(spec.commandLine(), "--model", model, ModelNames.ALL);
    if (save != null) {
      Output.checkWritable(save, "--save");
    }
    if (!(penalty >= 0) || Double.isInfinite(penalty)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--penalty must be a finite number >= 0, was " + penalty);
    }
    ClvInput.Read read =
        ClvInput.summaries(
            input,
            CsvInput.parseMapping(columns),
            name.equals("bg-bb"),
            name.equals("gamma-gamma"),
            name.equals("gamma-gamma"),
            true);
    CustomerBaseModel fitted = fit(name, read.summaries(), penalty);
    if (save != null) {
      Output.atomically(save, w -> w.write(fitted.toJson()));
    }
    Map<String, Object> out = json(fitted);
    if (read.excluded() > 0) {
      out.put("excludedRows", read.excluded());
      out.put(
          "excludedReason", "repeat customers with monetary_value <= 0 (gamma-gamma needs > 0)");
      System.err.println(
          "osicam fit: left out "
              + read.excluded()
              + " repeat customers with monetary_value <= 0 (gamma-gamma needs spend > 0)");
    }
    Output.json(System.out, out);
    return Main.OK;
  }

  static CustomerBaseModel fit(String name, CustomerSummaries data, double penalty) {
    ModelFitter<? extends CustomerBaseModel> fitter;
    switch (name) {
      case "bg-nbd":
        fitter = BgNbd.fitter();
        break;
      case "mbg-nbd":
        fitter = ModifiedBgNbd.fitter();
        break;
      case "pareto-nbd":
        fitter = ParetoNbd.fitter();
        break;
      case "gamma-gamma":
        fitter = GammaGamma.fitter();
        break;
      case "bg-bb":
        fitter = BgBb.fitter();
        break;
      default:
        throw new IllegalArgumentException(name);
    }
    try {
      return fitter.penalty(penalty).fit(data);
    } catch (IllegalStateException e) {
      throw new BadInputException("cannot fit " + name + ": " + e.getMessage());
    }
  }

  /** The stdout JSON of a fitted model. */
  static Map<String, Object> json(CustomerBaseModel m) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("model", m.name());
    FitReport r = m.fitReport().orElse(null);
    if (r != null) {
      double c = r.customers();
      out.put("customers", c == Math.rint(c) ? (Object) (long) c : (Object) c);
    }
    Map<String, Object> params = new LinkedHashMap<>();
    m.parameters().forEach((k, v) -> params.put(k, finite(v)));
    out.put("params", params);
    if (r != null) {
      Map<String, Object> se = new LinkedHashMap<>();
      for (String k : m.parameters().keySet()) {
        se.put(k, r.standardError(k).map(FitCommand::finite).orElse(null));
      }
      out.put("standardErrors", se);
      if (r.standardErrors().isEmpty()) {
        out.put("standardErrorsReason", "the observed information matrix is singular");
      }
      out.put("logLikelihood", finite(r.logLikelihood()));
      if (!Double.isFinite(r.logLikelihood())) {
        out.put("logLikelihoodReason", "not finite at the estimate");
      }
      out.put("converged", r.converged());
      out.put("reason", r.reason());
      out.put("method", r.method());
      out.put("iterations", r.iterations());
      out.put("rows", r.rows());
      out.put("fitSeconds", r.fitSeconds());
    }
    return out;
  }

  static @Nullable Double finite(double v) {
    return Double.isFinite(v) ? v : null;
  }
}
