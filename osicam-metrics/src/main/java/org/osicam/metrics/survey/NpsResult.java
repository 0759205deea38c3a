package org.osicam.metrics.survey;

import java.util.Locale;
import org.osicam.metrics.Interval;
import org.osicam.metrics.internal.Distributions;

/**
 * A Net Promoter Score with its uncertainty. Every statistic needs at least one response and throws
 * {@link IllegalStateException} otherwise: check {@link #count()} first. Record equality on the
 * doubles follows {@link Double#compare}.
 *
 * <p>With survey weights, shares are weighted and the standard error uses Kish's effective sample
 * size {@code (sum w)^2 / sum w^2} in place of {@code n}.
 *
 * <pre>{@code
 * NpsResult result = Nps.accumulator().addAll(10, 9, 9, 8, 10, 7, 9, 6).snapshot();
 * double score = result.nps();                                // points, -100 to 100
 * Interval ci = result.adjustedWaldInterval(0.95);
 * }</pre>
 *
 * @param count number of responses (unweighted)
 * @param promoters total weight of promoters (9–10); their count when unweighted
 * @param passives total weight of passives (7–8)
 * @param detractors total weight of detractors (0–6)
 * @param effectiveCount the effective sample size ({@code count} when unweighted)
 */
public record NpsResult(
    long count, double promoters, double passives, double detractors, double effectiveCount) {

  /** Validates. */
  public NpsResult {
    if (count < 0) {
      throw new IllegalArgumentException("count must be non-negative, was " + count);
    }
    for (double v : new double[] {promoters, passives, detractors, effectiveCount}) {
      if (!(v >= 0) || !Double.isFinite(v)) {
        throw new IllegalArgumentException(
            String.format(Locale.ROOT, "weights must be finite and non-negative, was %s", v));
      }
    }
    SurveyChecks.consistent(count, promoters + passives + detractors, effectiveCount);
  }

  /**
   * Builds a result from unweighted counts.
   *
   * @param detractors number of detractors
   * @param passives number of passives
   * @param promoters number of promoters
   * @return the result
   */
  public static NpsResult ofCounts(long detractors, long passives, long promoters) {
    if (detractors < 0 || passives < 0 || promoters < 0) {
      throw new IllegalArgumentException("counts must be non-negative");
    }
    long n = detractors + passives + promoters;
    return new NpsResult(n, promoters, passives, detractors, n);
  }

  void requireResponses() {
    SurveyChecks.nonEmpty(count, "NPS responses");
  }

  private double total() {
    return promoters + passives + detractors;
  }

  /** Share of promoters, 0 to 1. */
  public double promoterShare() {
    requireResponses();
    return promoters / total();
  }

  /** Share of passives, 0 to 1. */
  public double passiveShare() {
    requireResponses();
    return passives / total();
  }

  /** Share of detractors, 0 to 1. */
  public double detractorShare() {
    requireResponses();
    return detractors / total();
  }

  /** The Net Promoter Score in points, −100 to 100. */
  public double nps() {
    return 100 * (promoterShare() - detractorShare());
  }

  /**
   * The per-respondent variance of the score on the −1/0/+1 scale, (p + d) − (p − d)² (trinomial; R
   * package {@code NPS}, {@code nps_var}). Zero when every answer falls in one category.
   */
  public double variance() {
    double p = promoterShare();
    double d = detractorShare();
    return Math.max(0, (p + d) - (p - d) * (p - d));
  }

  /** The standard error of {@link #nps()}, in points: 100 · sqrt(variance / n). */
  public double standardError() {
    return 100 * Math.sqrt(variance() / effectiveCount);
  }

  /**
   * The adjusted NPS of the adjusted-Wald method, in points: the score after adding ¾ detractor, 1½
   * passive and ¾ promoter.
   */
  public double adjustedNps() {
    double[] s = shares(this, NpsMethod.ADJUSTED_WALD);
    return 100 * (s[0] - s[1]);
  }

  /**
   * The Wald interval {@code nps ± z · standardError}, clipped to [−100, 100]; it contains {@link
   * #nps()}. Zero width when every answer falls in one category: prefer {@link
   * #adjustedWaldInterval(double)}.
   *
   * @param level confidence level, e.g. 0.95
   * @return the interval in points
   */
  public Interval waldInterval(double level) {
    return interval(NpsMethod.WALD, level);
  }

  /**
   * The adjusted-Wald interval (Rocks 2016): {@code adjustedNps ± z · SE'}, where SE' is the Wald
   * standard error over the adjusted shares and n + 3, clipped to [−100, 100]. It contains {@link
   * #adjustedNps()}; for very small samples it may not contain {@link #nps()}.
   *
   * @param level confidence level, e.g. 0.95
   * @return the interval in points
   */
  public Interval adjustedWaldInterval(double level) {
    return interval(NpsMethod.ADJUSTED_WALD, level);
  }

  /**
   * The interval of a method.
   *
   * @param method the method
   * @param level confidence level
   * @return the interval in points
   */
  public Interval interval(NpsMethod method, double level) {
    Interval.checkLevel(level);
    requireResponses();
    double[] s = shares(this, method);
    double center = s[0] - s[1];
    double half = Distributions.zCritical(level) * Math.sqrt(s[2] / s[3]);
    return new Interval(100 * Math.max(-1, center - half), 100 * Math.min(1, center + half), level);
  }

  /** {promoter share, detractor share, per-respondent variance, n} under a method. */
  static double[] shares(NpsResult r, NpsMethod method) {
    double n = r.effectiveCount;
    double p = r.promoterShare();
    double d = r.detractorShare();
    if (method == NpsMethod.ADJUSTED_WALD) {
      p = (p * n + 0.75) / (n + 3);
      d = (d * n + 0.75) / (n + 3);
      n = n + 3;
    }
    double var = Math.max(0, (p + d) - (p - d) * (p - d));
    return new double[] {p, d, var, n};
  }
}
