package org.osicam.scoring.clv;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.osicam.core.InvalidDataException;

/** Helpers shared by the model classes. */
final class Fits {
  private Fits() {}

  static FitReport report(
      Mle.Outcome o,
      String[] names,
      double[] theta,
      double logLikelihood,
      double customers,
      int rows,
      FitOptions options,
      String fingerprint) {
    boolean converged = o.converged() && Double.isFinite(logLikelihood);
    String reason = Double.isFinite(logLikelihood) ? o.reason() : "log-likelihood not finite";
    return new FitReport(
        customers,
        rows,
        logLikelihood,
        absolute(o.standardErrors(), names, theta),
        converged,
        reason,
        o.method(),
        o.iterations(),
        o.evaluations(),
        o.seconds(),
        options.penalty(),
        FitReport.version(),
        options.clock().instant(),
        fingerprint);
  }

  private static Map<String, Double> absolute(
      Map<String, Double> relative, String[] names, double[] theta) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < names.length; i++) {
      Double rel = relative.get(names[i]);
      if (rel != null) {
        m.put(names[i], rel * theta[i]);
      }
    }
    return m;
  }

  static Map<String, Double> params(String[] names, double... values) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < names.length; i++) {
      m.put(names[i], values[i]);
    }
    return m;
  }

  static double positive(String name, double v) {
    if (!(v > 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(name + " must be finite and > 0, was " + v);
    }
    return v;
  }

  static void checkHistory(double x, double tx, double age) {
    if (!(x >= 0) || Double.isInfinite(x)) {
      throw new InvalidDataException("frequency", "a finite number >= 0", Double.toString(x));
    }
    if (!(tx >= 0) || Double.isInfinite(tx)) {
      throw new InvalidDataException("recency", "a finite number >= 0", Double.toString(tx));
    }
    if (!(age >= tx) || Double.isInfinite(age)) {
      throw new InvalidDataException(
          "T",
          ">= recency",
          Double.toString(age),
          String.format(Locale.ROOT, "T must be >= recency %s, was %s", tx, age));
    }
  }

  static void checkTime(double t) {
    if (!(t >= 0) || Double.isInfinite(t)) {
      throw new IllegalArgumentException("t must be finite and >= 0, was " + t);
    }
  }

  /**
   * Evaluates a closed form with a removable singularity at shape 1 (the (a - 1) denominators of
   * the BG/NBD family): away from 1 directly, near it by linear interpolation between 1 - h and 1 +
   * h, which keeps full precision.
   */
  static double nearOne(double shape, java.util.function.DoubleUnaryOperator f) {
    return near(shape, 1, f);
  }

  /** Evaluates f at v, or by linear interpolation across a removable singularity at {@code at}. */
  static double near(double v, double at, java.util.function.DoubleUnaryOperator f) {
    double h = 1e-4 * Math.max(1, Math.abs(at));
    if (Math.abs(v - at) >= h) {
      return f.applyAsDouble(v);
    }
    double lo = f.applyAsDouble(at - h);
    double hi = f.applyAsDouble(at + h);
    return lo + (v - (at - h)) / (2 * h) * (hi - lo);
  }

  static Optional<FitReport> none() {
    return Optional.empty();
  }

  static String toString(String name, Map<String, Double> params) {
    StringBuilder sb = new StringBuilder(name).append('[');
    params.forEach((k, v) -> sb.append(k).append('=').append(v).append(", "));
    sb.setLength(sb.length() - 2);
    return sb.append(']').toString();
  }
}
