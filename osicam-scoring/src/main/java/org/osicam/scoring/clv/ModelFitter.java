package org.osicam.scoring.clv;

import java.time.Clock;
import java.util.Objects;
import org.osicam.core.ProgressListener;

/**
 * Fits a customer-base model by maximum likelihood. A fitter is immutable and thread-safe: each
 * option method returns a new fitter, and {@link #fit(CustomerSummaries)} returns an immutable
 * fitted model with its {@link FitReport}.
 *
 * <p>Identical rows are collapsed into weights before fitting, parameters are optimised on the log
 * scale (BFGS with analytic or central-difference gradients, several starting points and a
 * Nelder-Mead fallback), time is rescaled internally, and standard errors come from the observed
 * information. A fit that does not converge still returns a model with {@code converged = false}
 * and the reason in its report; a fit that cannot produce finite parameters throws.
 *
 * <pre>{@code
 * BgNbd model = BgNbd.fitter().penalty(0.001).fit(summaries);
 * }</pre>
 *
 * @param <M> the fitted model type
 */
public final class ModelFitter<M extends CustomerBaseModel> {

  /** Fits a model from data and options. */
  @FunctionalInterface
  interface Estimator<M> {
    M fit(CustomerSummaries data, FitOptions options);
  }

  private final Estimator<M> estimator;
  private final FitOptions options;

  ModelFitter(Estimator<M> estimator, FitOptions options) {
    this.estimator = estimator;
    this.options = options;
  }

  /**
   * An L2 penalty: the fit minimises -LL / n + penalty * (sum of squared parameters), as the {@code
   * penalizer_coef} of {@code lifetimes}. Default 0.
   *
   * @param penalty a finite coefficient &gt;= 0
   * @return a fitter with this penalty
   * @throws IllegalArgumentException if negative or not finite
   */
  public ModelFitter<M> penalty(double penalty) {
    if (!(penalty >= 0) || Double.isInfinite(penalty)) {
      throw new IllegalArgumentException("penalty must be finite and >= 0, was " + penalty);
    }
    return new ModelFitter<>(
        estimator,
        new FitOptions(penalty, options.maxIterations(), options.clock(), options.progress()));
  }

  /**
   * @param maxIterations optimiser iterations per start, &gt; 0 (default 500)
   * @return a fitter with this limit
   * @throws IllegalArgumentException if not positive
   */
  public ModelFitter<M> maxIterations(int maxIterations) {
    if (maxIterations <= 0) {
      throw new IllegalArgumentException("maxIterations must be > 0, was " + maxIterations);
    }
    return new ModelFitter<>(
        estimator,
        new FitOptions(options.penalty(), maxIterations, options.clock(), options.progress()));
  }

  /**
   * @param clock the clock that stamps {@link FitReport#fittedAt()} (default system UTC)
   * @return a fitter with this clock
   */
  public ModelFitter<M> clock(Clock clock) {
    Objects.requireNonNull(clock, "clock");
    return new ModelFitter<>(
        estimator,
        new FitOptions(options.penalty(), options.maxIterations(), clock, options.progress()));
  }

  /**
   * @param progress receives one report per optimiser start
   * @return a fitter with this listener
   */
  public ModelFitter<M> progress(ProgressListener progress) {
    Objects.requireNonNull(progress, "progress");
    return new ModelFitter<>(
        estimator,
        new FitOptions(options.penalty(), options.maxIterations(), options.clock(), progress));
  }

  /**
   * Fits the model.
   *
   * @param data the customers
   * @return the fitted model
   * @throws IllegalStateException if there are no usable rows
   * @throws org.osicam.core.InvalidDataException if a row breaks a rule of the model
   */
  public M fit(CustomerSummaries data) {
    Objects.requireNonNull(data, "data");
    return estimator.fit(data, options);
  }
}
