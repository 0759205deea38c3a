package org.osicam.scoring.clv;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/** Unconstrained minimisation: BFGS with a backtracking line search, Nelder-Mead as fallback. */
final class Optimizer {
  private Optimizer() {}

  /** An objective; fills {@code gradient} when it is not null. Returns +inf when undefined. */
  @FunctionalInterface
  interface Objective {
    double value(double[] x, double @Nullable [] gradient);
  }

  record Result(
      double[] x,
      double value,
      int iterations,
      int evaluations,
      boolean converged,
      String reason,
      double @Nullable [][] inverseHessian) {}

  /** An objective whose gradient costs many value evaluations (numerical differences). */
  interface ExpensiveGradient extends Objective {}

  /**
   * Gradient by central differences (for objectives without an analytic gradient); remembers the
   * last value so that the gradient at an accepted line-search point costs 2k evaluations.
   */
  static Objective withNumericGradient(java.util.function.ToDoubleFunction<double[]> f) {
    return new ExpensiveGradient() {
      private double @Nullable [] lastX;
      private double lastValue;

      @Override
      public double value(double[] x, double @Nullable [] g) {
        double v;
        if (lastX != null && java.util.Arrays.equals(lastX, x)) {
          v = lastValue;
        } else {
          v = f.applyAsDouble(x);
          lastX = x.clone();
          lastValue = v;
        }
        if (g != null) {
          double[] y = x.clone();
          for (int i = 0; i < x.length; i++) {
            double h = 1e-6 * Math.max(1, Math.abs(x[i]));
            y[i] = x[i] + h;
            double up = f.applyAsDouble(y);
            y[i] = x[i] - h;
            double down = f.applyAsDouble(y);
            y[i] = x[i];
            g[i] = (up - down) / (2 * h);
          }
        }
        return v;
      }
    };
  }

  static Result bfgs(Objective f, double[] start, int maxIterations, double gradientTolerance) {
    return bfgs(f, start, maxIterations, gradientTolerance, null);
  }

  /** BFGS from an initial inverse Hessian (identity when null). */
  static Result bfgs(
      Objective f,
      double[] start,
      int maxIterations,
      double gradientTolerance,
      double @Nullable [][] initialInverseHessian) {
    int n = start.length;
    boolean expensive = f instanceof ExpensiveGradient;
    double[] x = start.clone();
    double[] g = new double[n];
    int evaluations = 1;
    double fx = f.value(x, g);
    if (!Double.isFinite(fx) || !allFinite(g)) {
      return new Result(x, fx, 0, evaluations, false, "objective not finite at the start", null);
    }
    double[][] h = initialInverseHessian == null ? identity(n) : copy(initialInverseHessian);
    double[] xNew = new double[n];
    double[] gNew = new double[n];
    double[] p = new double[n];
    int iteration = 0;
    int small = 0;
    while (iteration < maxIterations) {
      iteration++;
      if (maxAbs(g) <= gradientTolerance) {
        return new Result(x, fx, iteration, evaluations, true, "gradient below tolerance", h);
      }
      for (int i = 0; i < n; i++) {
        double s = 0;
        for (int j = 0; j < n; j++) {
          s -= h[i][j] * g[j];
        }
        p[i] = s;
      }
      double slope = dot(p, g);
      if (!(slope < 0)) {
        h = identity(n);
        for (int i = 0; i < n; i++) {
          p[i] = -g[i];
        }
        slope = dot(p, g);
      }
      // keep steps in log-parameter space moderate
      double maxStep = maxAbs(p);
      double step = maxStep > 2 ? 2 / maxStep : 1;
      double fNew = Double.NaN;
      boolean accepted = false;
      for (int k = 0; k < 60; k++) {
        for (int i = 0; i < n; i++) {
          xNew[i] = x[i] + step * p[i];
        }
        fNew = f.value(xNew, expensive ? null : gNew);
        evaluations++;
        if (Double.isFinite(fNew)
            && (expensive || allFinite(gNew))
            && fNew <= fx + 1e-4 * step * slope) {
          if (expensive) {
            f.value(xNew, gNew);
            evaluations += 2 * n;
            if (!allFinite(gNew)) {
              step *= 0.5;
              continue;
            }
          }
          accepted = true;
          break;
        }
        step *= Double.isFinite(fNew) ? 0.5 : 0.1;
      }
      if (!accepted) {
        boolean stationary = maxAbs(g) <= 1e3 * gradientTolerance;
        return new Result(
            x,
            fx,
            iteration,
            evaluations,
            stationary,
            stationary
                ? "line search cannot improve further; gradient small"
                : "line search failed to decrease the objective",
            h);
      }
      double[] s = new double[n];
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        s[i] = xNew[i] - x[i];
        y[i] = gNew[i] - g[i];
      }
      double sy = dot(s, y);
      double decrease = fx - fNew;
      System.arraycopy(xNew, 0, x, 0, n);
      System.arraycopy(gNew, 0, g, 0, n);
      fx = fNew;
      if (sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) {
        updateInverseHessian(h, s, y, sy);
      }
      if (decrease <= 1e-14 * (1 + Math.abs(fx))) {
        small++;
        if (small >= 3) {
          boolean stationary = maxAbs(g) <= 1e3 * gradientTolerance;
          return new Result(
              x,
              fx,
              iteration,
              evaluations,
              stationary,
              stationary
                  ? "objective no longer decreases"
                  : "objective stalled with a large gradient",
              h);
        }
      } else {
        small = 0;
      }
    }
    return new Result(x, fx, iteration, evaluations, false, "iteration limit reached", h);
  }

  private static void updateInverseHessian(double[][] h, double[] s, double[] y, double sy) {
    int n = s.length;
    double[] hy = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        hy[i] += h[i][j] * y[j];
      }
    }
    double yhy = dot(y, hy);
    double rho = 1 / sy;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        h[i][j] += (1 + rho * yhy) * rho * s[i] * s[j] - rho * (hy[i] * s[j] + s[i] * hy[j]);
      }
    }
  }

  /** Nelder-Mead simplex on the objective's value. */
  static Result nelderMead(Objective f, double[] start, int maxEvaluations, double tolerance) {
    int n = start.length;
    double[][] pts = new double[n + 1][];
    double[] vals = new double[n + 1];
    pts[0] = start.clone();
    vals[0] = f.value(pts[0], null);
    for (int i = 0; i < n; i++) {
      pts[i + 1] = start.clone();
      pts[i + 1][i] += 0.5;
      vals[i + 1] = f.value(pts[i + 1], null);
    }
    int evaluations = n + 1;
    int iteration = 0;
    while (evaluations < maxEvaluations) {
      iteration++;
      Integer[] order = new Integer[n + 1];
      for (int i = 0; i <= n; i++) {
        order[i] = i;
      }
      final double[] v0 = vals;
      Arrays.sort(order, (p, q) -> Double.compare(nan(v0[p]), nan(v0[q])));
      double[][] sp = new double[n + 1][];
      double[] sv = new double[n + 1];
      for (int i = 0; i <= n; i++) {
        sp[i] = pts[order[i]];
        sv[i] = vals[order[i]];
      }
      pts = sp;
      vals = sv;
      if (Double.isFinite(vals[n])
          && Math.abs(vals[n] - vals[0]) <= tolerance * (1 + Math.abs(vals[0]))
          && spread(pts) < 1e-7) {
        return new Result(pts[0], vals[0], iteration, evaluations, true, "simplex collapsed", null);
      }
      double[] centroid = new double[n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          centroid[j] += pts[i][j] / n;
        }
      }
      double[] xr = towards(centroid, pts[n], -1);
      double fr = nan(f.value(xr, null));
      evaluations++;
      if (fr < vals[0]) {
        double[] xe = towards(centroid, pts[n], -2);
        double fe = nan(f.value(xe, null));
        evaluations++;
        if (fe < fr) {
          pts[n] = xe;
          vals[n] = fe;
        } else {
          pts[n] = xr;
          vals[n] = fr;
        }
      } else if (fr < vals[n - 1]) {
        pts[n] = xr;
        vals[n] = fr;
      } else {
        double[] xc = towards(centroid, pts[n], fr < vals[n] ? -0.5 : 0.5);
        double fc = nan(f.value(xc, null));
        evaluations++;
        if (fc < Math.min(fr, nan(vals[n]))) {
          pts[n] = xc;
          vals[n] = fc;
        } else {
          for (int i = 1; i <= n; i++) {
            pts[i] = towards(pts[0], pts[i], 0.5);
            vals[i] = nan(f.value(pts[i], null));
            evaluations++;
          }
        }
      }
    }
    int best = 0;
    for (int i = 1; i <= n; i++) {
      if (nan(vals[i]) < nan(vals[best])) {
        best = i;
      }
    }
    return new Result(
        pts[best], vals[best], iteration, evaluations, false, "evaluation limit reached", null);
  }

  private static double nan(double v) {
    return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
  }

  private static double spread(double[][] pts) {
    double s = 0;
    for (int i = 1; i < pts.length; i++) {
      for (int j = 0; j < pts[0].length; j++) {
        s = Math.max(s, Math.abs(pts[i][j] - pts[0][j]));
      }
    }
    return s;
  }

  /** c + k (p - c). */
  private static double[] towards(double[] c, double[] p, double k) {
    double[] r = new double[c.length];
    for (int i = 0; i < c.length; i++) {
      r[i] = c[i] + k * (p[i] - c[i]);
    }
    return r;
  }

  static double[][] copy(double[][] m) {
    double[][] c = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      c[i] = m[i].clone();
    }
    return c;
  }

  static double[][] identity(int n) {
    double[][] m = new double[n][n];
    for (int i = 0; i < n; i++) {
      m[i][i] = 1;
    }
    return m;
  }

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  static double maxAbs(double[] a) {
    double m = 0;
    for (double v : a) {
      m = Math.max(m, Math.abs(v));
    }
    return m;
  }

  static boolean allFinite(double[] a) {
    for (double v : a) {
      if (!Double.isFinite(v)) {
        return false;
      }
    }
    return true;
  }
}
