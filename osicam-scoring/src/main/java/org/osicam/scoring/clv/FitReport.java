package org.osicam.scoring.clv;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a model was fitted: fit statistics, convergence diagnostics and provenance.
 *
 * <p>Obtained from {@link CustomerBaseModel#fitReport()}.
 *
 * @param customers number of customers fitted (sum of weights)
 * @param rows number of distinct rows after compressing identical rows
 * @param logLikelihood total log-likelihood over customers, in the input's time unit (without the
 *     penalty)
 * @param standardErrors parameter name to standard error from the observed information (delta
 *     method on log-parameters); empty when the information matrix is singular
 * @param converged whether the optimiser met its convergence test
 * @param reason why it stopped (for example {@code "gradient below tolerance"})
 * @param method the optimiser that produced the estimate ({@code "bfgs"} or {@code "nelder-mead"})
 * @param iterations optimiser iterations
 * @param evaluations likelihood evaluations
 * @param fitSeconds wall time of the estimation
 * @param penalty the L2 penalty coefficient used
 * @param libraryVersion the OSICAM version that fitted the model
 * @param fittedAt when, from the fitter's clock
 * @param inputFingerprint a hash of the fitted data (hex)
 */
public record FitReport(
    double customers,
    int rows,
    double logLikelihood,
    Map<String, Double> standardErrors,
    boolean converged,
    String reason,
    String method,
    int iterations,
    int evaluations,
    double fitSeconds,
    double penalty,
    String libraryVersion,
    Instant fittedAt,
    String inputFingerprint) {

  /** Validates and copies. */
  public FitReport {
    Objects.requireNonNull(standardErrors, "standardErrors");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(libraryVersion, "libraryVersion");
    Objects.requireNonNull(fittedAt, "fittedAt");
    Objects.requireNonNull(inputFingerprint, "inputFingerprint");
    standardErrors = Map.copyOf(standardErrors);
  }

  /**
   * @param name a parameter name
   * @return its standard error, when the information matrix could be inverted
   */
  public Optional<Double> standardError(String name) {
    return Optional.ofNullable(standardErrors.get(name));
  }

  static String version() {
    @Nullable String v = FitReport.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
