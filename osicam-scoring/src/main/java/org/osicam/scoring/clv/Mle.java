package org.osicam.scoring.clv;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.jspecify.annotations.Nullable;

/** The maximum-likelihood engine: log-parameters, penalty, starts, fallback, standard errors. */
final class Mle {
  private Mle() {}

  /** A total (weighted) log-likelihood in natural parameters; fills the gradient when given. */
  @FunctionalInterface
  interface LogLikelihood {
    double value(double[] theta, double @Nullable [] gradient);

    /** Whether {@link #value} fills the gradient. */
    default boolean analytic() {
      return true;
    }
  }

  /** A log-likelihood with an analytic gradient. */
  static LogLikelihood analytic(LogLikelihood f) {
    return f;
  }

  /** A log-likelihood without gradient (central differences are used). */
  static LogLikelihood valueOnly(java.util.function.ToDoubleFunction<double[]> f) {
    return new LogLikelihood() {
      @Override
      public double value(double[] theta, double @Nullable [] gradient) {
        return f.applyAsDouble(theta);
      }

      @Override
      public boolean analytic() {
        return false;
      }
    };
  }

  record Outcome(
      double[] theta,
      double @Nullable [][] inverseHessian,
      Map<String, Double> standardErrors,
      boolean converged,
      String reason,
      String method,
      int iterations,
      int evaluations,
      double seconds) {}

  static Outcome fit(
      String[] names, double[][] starts, LogLikelihood ll, double customers, FitOptions options) {
    return fit(names, starts, null, ll, customers, options);
  }

  /**
   * Fits from the given starting points; the first start uses {@code inverseHessian} (of the mean
   * objective in log-parameters) when it is not null.
   */
  static Outcome fit(
      String[] names,
      double[][] starts,
      double @Nullable [][] inverseHessian,
      LogLikelihood ll,
      double customers,
      FitOptions options) {
    return fit(names, starts, inverseHessian, ll, customers, options, false);
  }

  /**
   * A quick fit whose estimate and BFGS curvature start a fit on more data: looser tolerance, no
   * standard errors.
   */
  static Outcome warmUp(
      String[] names, double[][] starts, LogLikelihood ll, double customers, FitOptions options) {
    return fit(names, starts, null, ll, customers, options, true);
  }

  private static Outcome fit(
      String[] names,
      double[][] starts,
      double @Nullable [][] inverseHessian,
      LogLikelihood ll,
      double customers,
      FitOptions options,
      boolean warmUp) {
    double tolerance = warmUp ? 1e-6 : 1e-9;
    long t0 = System.nanoTime();
    int k = names.length;
    double penalty = options.penalty();
    Optimizer.Objective objective = objective(ll, customers, penalty);
    Optimizer.Result best = null;
    int iterations = 0;
    int evaluations = 0;
    String method = "bfgs";
    for (int s = 0; s < starts.length; s++) {
      double[] phi = new double[k];
      for (int i = 0; i < k; i++) {
        phi[i] = Math.log(starts[s][i]);
      }
      Optimizer.Result r =
          Optimizer.bfgs(
              objective, phi, options.maxIterations(), tolerance, s == 0 ? inverseHessian : null);
      options.progress().onProgress("fit", s + 1, starts.length);
      iterations += r.iterations();
      evaluations += r.evaluations();
      if (Double.isFinite(r.value()) && (best == null || better(r, best))) {
        best = r;
      }
      if (best != null && best.converged()) {
        break;
      }
    }
    if (best == null || !best.converged()) {
      double[] from = best == null ? log(starts[0]) : best.x();
      Optimizer.Result nm = Optimizer.nelderMead(objective, from, 4000, 1e-13);
      iterations += nm.iterations();
      evaluations += nm.evaluations();
      if (Double.isFinite(nm.value())) {
        Optimizer.Result polish =
            Optimizer.bfgs(objective, nm.x(), options.maxIterations(), tolerance);
        iterations += polish.iterations();
        evaluations += polish.evaluations();
        Optimizer.Result chosen = polish.value() <= nm.value() ? polish : nm;
        if (best == null || chosen.value() <= best.value()) {
          best =
              new Optimizer.Result(
                  chosen.x(),
                  chosen.value(),
                  chosen.iterations(),
                  chosen.evaluations(),
                  chosen.converged() || nm.converged(),
                  chosen.reason(),
                  chosen.inverseHessian());
          method = "nelder-mead";
        }
      }
    }
    if (best == null || !Double.isFinite(best.value())) {
      throw new IllegalStateException(
          "the likelihood is not finite at any starting point; check the data");
    }
    double[] theta = new double[k];
    boolean finite = true;
    for (int i = 0; i < k; i++) {
      theta[i] = Math.exp(best.x()[i]);
      finite &= theta[i] > 0 && Double.isFinite(theta[i]);
    }
    boolean converged = best.converged() && finite;
    String reason = best.reason();
    if (!finite) {
      reason = "a parameter ran to 0 or infinity (try a penalty)";
    } else {
      for (int i = 0; i < k; i++) {
        if (Math.abs(best.x()[i]) > 14) {
          converged = false;
          reason =
              "parameter "
                  + names[i]
                  + " ran to its bound ("
                  + theta[i]
                  + " in internal units): the data do not identify the model (try a penalty)";
          break;
        }
      }
    }
    double[][] meanInverse = new double[k][k];
    if (warmUp) {
      double seconds = (System.nanoTime() - t0) / 1e9;
      double[][] h = best.inverseHessian();
      return new Outcome(
          theta,
          h == null ? null : h,
          Map.of(),
          converged,
          reason,
          method,
          iterations,
          evaluations,
          seconds);
    }
    Map<String, Double> se =
        ll.analytic()
            ? standardErrors(names, objective, best.x(), theta, customers, meanInverse)
            : standardErrorsFromValues(names, objective, best.x(), customers, meanInverse);
    if (converged) {
      if (se.isEmpty()) {
        converged = false;
        reason =
            "the observed information is singular: the data do not identify the parameters"
                + " (try a penalty)";
      } else {
        for (Map.Entry<String, Double> e : se.entrySet()) {
          if (e.getValue() > 1e4) {
            converged = false;
            reason =
                "parameter "
                    + e.getKey()
                    + " is not identified by the data (relative standard error "
                    + e.getValue()
                    + "; try a penalty)";
            break;
          }
        }
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    return new Outcome(
        theta, meanInverse, se, converged, reason, method, iterations, evaluations, seconds);
  }

  private static boolean better(Optimizer.Result r, Optimizer.Result best) {
    if (r.converged() != best.converged()) {
      return r.converged();
    }
    return r.value() < best.value();
  }

  private static double[] log(double[] v) {
    double[] r = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      r[i] = Math.log(v[i]);
    }
    return r;
  }

  /** Mean penalised negative log-likelihood in log-parameters. */
  static Optimizer.Objective objective(LogLikelihood ll, double customers, double penalty) {
    if (ll.analytic()) {
      return (phi, g) -> {
        int k = phi.length;
        double[] theta = new double[k];
        for (int i = 0; i < k; i++) {
          theta[i] = Math.exp(phi[i]);
        }
        double[] gt = g == null ? null : new double[k];
        double v = ll.value(theta, gt);
        double pen = 0;
        for (int i = 0; i < k; i++) {
          pen += theta[i] * theta[i];
          if (g != null) {
            g[i] =
                -java.util.Objects.requireNonNull(gt)[i] * theta[i] / customers
                    + 2 * penalty * theta[i] * theta[i];
          }
        }
        double f = -v / customers + penalty * pen;
        return Double.isNaN(f) ? Double.POSITIVE_INFINITY : f;
      };
    }
    return Optimizer.withNumericGradient(
        phi -> {
          int k = phi.length;
          double[] theta = new double[k];
          double pen = 0;
          for (int i = 0; i < k; i++) {
            theta[i] = Math.exp(phi[i]);
            pen += theta[i] * theta[i];
          }
          double f = -ll.value(theta, null) / customers + penalty * pen;
          return Double.isNaN(f) ? Double.POSITIVE_INFINITY : f;
        });
  }

  /** Observed information by second differences of the value (objectives without gradient). */
  static Map<String, Double> standardErrorsFromValues(
      String[] names,
      Optimizer.Objective objective,
      double[] phi,
      double n,
      double[][] meanInverse) {
    int k = phi.length;
    double step = 1e-3;
    double f0 = objective.value(phi, null);
    double[][] h = new double[k][k];
    double[] p = phi.clone();
    double[] up = new double[k];
    double[] down = new double[k];
    for (int i = 0; i < k; i++) {
      p[i] = phi[i] + step;
      up[i] = objective.value(p, null);
      p[i] = phi[i] - step;
      down[i] = objective.value(p, null);
      p[i] = phi[i];
      h[i][i] = (up[i] - 2 * f0 + down[i]) / (step * step) * n;
    }
    for (int i = 0; i < k; i++) {
      for (int j = i + 1; j < k; j++) {
        p[i] = phi[i] + step;
        p[j] = phi[j] + step;
        double pp = objective.value(p, null);
        p[i] = phi[i] - step;
        p[j] = phi[j] - step;
        double mm = objective.value(p, null);
        p[i] = phi[i];
        p[j] = phi[j];
        // f(x+hi+hj) + f(x-hi-hj) = 2 f0 + h^2 (Hii + Hjj + 2 Hij) + O(h^4)
        h[i][j] = ((pp + mm - 2 * f0) / (step * step) * n - h[i][i] - h[j][j]) / 2;
        h[j][i] = h[i][j];
      }
    }
    return invert(names, h, n, meanInverse);
  }

  /**
   * Observed information in log-parameters by central differences of the gradient; returns the
   * relative standard errors (standard error / value, scale-free by the delta method).
   */
  static Map<String, Double> standardErrors(
      String[] names,
      Optimizer.Objective objective,
      double[] phi,
      double[] theta,
      double n,
      double[][] meanInverse) {
    int k = phi.length;
    double[][] h = new double[k][k];
    double[] up = new double[k];
    double[] down = new double[k];
    for (int j = 0; j < k; j++) {
      double step = 1e-4;
      double[] p = phi.clone();
      p[j] = phi[j] + step;
      objective.value(p, up);
      p[j] = phi[j] - step;
      objective.value(p, down);
      for (int i = 0; i < k; i++) {
        h[i][j] = (up[i] - down[i]) / (2 * step) * n;
      }
    }
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < i; j++) {
        double avg = (h[i][j] + h[j][i]) / 2;
        h[i][j] = avg;
        h[j][i] = avg;
      }
    }
    return invert(names, h, n, meanInverse);
  }

  /** Relative standard errors from the information matrix; fills the mean-scale inverse. */
  static Map<String, Double> invert(
      String[] names, double[][] h, double n, double[][] meanInverse) {
    int k = names.length;
    Map<String, Double> se = new LinkedHashMap<>();
    try {
      RealMatrix m = new Array2DRowRealMatrix(h);
      LUDecomposition lu = new LUDecomposition(m, 1e-300);
      if (!lu.getSolver().isNonSingular()) {
        return se;
      }
      RealMatrix cov = lu.getSolver().getInverse();
      for (int i = 0; i < k; i++) {
        for (int j = 0; j < k; j++) {
          meanInverse[i][j] = cov.getEntry(i, j) * n;
        }
      }
      for (int i = 0; i < k; i++) {
        double v = cov.getEntry(i, i);
        if (!(v > 0) || !Double.isFinite(v)) {
          return new LinkedHashMap<>();
        }
        se.put(names[i], Math.sqrt(v));
      }
    } catch (RuntimeException e) {
      return new LinkedHashMap<>();
    }
    return se;
  }
}
