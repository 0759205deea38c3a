package org.osicam.scoring.clv;

import java.util.Map;
import java.util.Optional;

/**
 * A customer-base model with known parameters: BG/NBD, MBG/NBD, Pareto/NBD, BG/BB, Gamma-Gamma or
 * shifted-beta-geometric. Implementations are immutable and thread-safe.
 *
 * <pre>{@code
 * BgNbd model = BgNbd.fitter().fit(summaries);
 * String json = model.toJson();
 * CustomerBaseModel back = CustomerBaseModels.fromJson(json);
 * Map<String, Double> parameters = back.parameters();
 * Optional<FitReport> report = back.fitReport();      // empty for a model with known parameters
 * }</pre>
 */
public interface CustomerBaseModel {

  /** The model's name as used on the command line, e.g. {@code "bg-nbd"}. */
  String name();

  /** Parameter name to value, in the model's canonical order. */
  Map<String, Double> parameters();

  /** How the model was fitted; empty for a model built from given parameters. */
  Optional<FitReport> fitReport();

  /** The model as a JSON document (see {@link CustomerBaseModels#fromJson(String)}). */
  default String toJson() {
    return ModelJson.write(this);
  }
}
