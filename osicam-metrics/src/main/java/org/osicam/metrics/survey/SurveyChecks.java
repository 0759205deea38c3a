package org.osicam.metrics.survey;

import java.util.List;
import org.osicam.core.InvalidDataException;
import org.osicam.core.model.Instrument;
import org.osicam.core.model.SurveyResponse;

/** Checks shared by the survey results. */
final class SurveyChecks {
  private SurveyChecks() {}

  static void instrument(SurveyResponse response, Instrument expected) {
    if (response.instrument() != expected) {
      throw new InvalidDataException(
          "surveyResponse.instrument", expected.key(), response.instrument().key());
    }
  }

  static void nonEmpty(long count, String what) {
    if (count == 0) {
      throw new IllegalStateException("no " + what + " yet: check count() first");
    }
  }

  static List<Double> weights(List<Double> weights, int size, String field) {
    if (weights.size() != size) {
      throw new IllegalArgumentException(field + " must have " + size + " entries");
    }
    for (Double w : weights) {
      if (w == null || !(w >= 0) || !Double.isFinite(w)) {
        throw new IllegalArgumentException(field + " must be finite and non-negative, was " + w);
      }
    }
    return List.copyOf(weights);
  }

  /** Responses and weights agree: none of either, or some of both. */
  static void consistent(long count, double totalWeight, double effectiveCount) {
    if ((count == 0) != (totalWeight == 0) || (count == 0) != (effectiveCount == 0)) {
      throw new IllegalArgumentException(
          "count, total weight and effective count must all be zero or all positive, were "
              + count
              + ", "
              + totalWeight
              + ", "
              + effectiveCount);
    }
  }

  static double sum(List<Double> values) {
    double s = 0;
    for (double v : values) {
      s += v;
    }
    return s;
  }

  static List<Double> shares(List<Double> weights) {
    double total = sum(weights);
    return weights.stream().map(w -> w / total).toList();
  }
}
