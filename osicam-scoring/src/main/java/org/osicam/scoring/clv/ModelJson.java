package org.osicam.scoring.clv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** JSON save and load of fitted models (Jackson stays inside this package). */
final class ModelJson {
  private ModelJson() {}

  static final int FORMAT = 1;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static String write(CustomerBaseModel model) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT);
    root.put("model", model.name());
    ObjectNode params = root.putObject("params");
    model.parameters().forEach(params::put);
    model
        .fitReport()
        .ifPresent(
            r -> {
              ObjectNode fit = root.putObject("fit");
              fit.put("customers", r.customers());
              fit.put("rows", r.rows());
              putNumber(fit, "logLikelihood", r.logLikelihood());
              ObjectNode se = fit.putObject("standardErrors");
              model.parameters().keySet().stream()
                  .filter(r.standardErrors()::containsKey)
                  .forEach(k -> se.put(k, r.standardErrors().get(k)));
              fit.put("converged", r.converged());
              fit.put("reason", r.reason());
              fit.put("method", r.method());
              fit.put("iterations", r.iterations());
              fit.put("evaluations", r.evaluations());
              fit.put("fitSeconds", r.fitSeconds());
              fit.put("penalty", r.penalty());
              fit.put("libraryVersion", r.libraryVersion());
              fit.put("fittedAt", r.fittedAt().toString());
              fit.put("inputFingerprint", r.inputFingerprint());
            });
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void putNumber(ObjectNode node, String field, double v) {
    if (Double.isFinite(v)) {
      node.put(field, v);
    } else {
      node.putNull(field);
    }
  }

  static CustomerBaseModel read(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a JSON document: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject() || !root.path("model").isTextual()) {
      throw new IllegalArgumentException("not a saved model: no \"model\" field");
    }
    String name = root.get("model").asText();
    JsonNode p = root.path("params");
    FitReport report = root.has("fit") ? report(root.get("fit")) : null;
    switch (name) {
      case BgNbd.NAME:
        return new BgNbd(num(p, "r"), num(p, "alpha"), num(p, "a"), num(p, "b"), report);
      case ModifiedBgNbd.NAME:
        return new ModifiedBgNbd(num(p, "r"), num(p, "alpha"), num(p, "a"), num(p, "b"), report);
      case ParetoNbd.NAME:
        return new ParetoNbd(num(p, "r"), num(p, "alpha"), num(p, "s"), num(p, "beta"), report);
      case GammaGamma.NAME:
        return new GammaGamma(num(p, "p"), num(p, "q"), num(p, "v"), report);
      case BgBb.NAME:
        return new BgBb(num(p, "alpha"), num(p, "beta"), num(p, "gamma"), num(p, "delta"), report);
      case ShiftedBetaGeometric.NAME:
        return new ShiftedBetaGeometric(num(p, "alpha"), num(p, "beta"), report);
      default:
        throw new IllegalArgumentException("unknown model '" + name + "'");
    }
  }

  private static double num(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isNumber()) {
      throw new IllegalArgumentException("params." + field + " must be a number");
    }
    return v.asDouble();
  }

  private static @Nullable FitReport report(JsonNode fit) {
    Map<String, Double> se = new LinkedHashMap<>();
    fit.path("standardErrors")
        .fields()
        .forEachRemaining(e -> se.put(e.getKey(), e.getValue().asDouble()));
    JsonNode ll = fit.path("logLikelihood");
    return new FitReport(
        fit.path("customers").asDouble(),
        fit.path("rows").asInt(),
        ll.isNumber() ? ll.asDouble() : Double.NaN,
        se,
        fit.path("converged").asBoolean(),
        fit.path("reason").asText(""),
        fit.path("method").asText(""),
        fit.path("iterations").asInt(),
        fit.path("evaluations").asInt(),
        fit.path("fitSeconds").asDouble(),
        fit.path("penalty").asDouble(),
        fit.path("libraryVersion").asText(""),
        Instant.parse(fit.path("fittedAt").asText("1970-01-01T00:00:00Z")),
        fit.path("inputFingerprint").asText(""));
  }
}
