package org.osicam.metrics.survey;

/**
 * How an NPS interval or test is computed.
 *
 * <p>Passed to {@link Nps#compare(NpsResult, NpsResult, NpsMethod, double)} and {@link
 * NpsResult#interval(NpsMethod, double)}.
 */
public enum NpsMethod {
  /**
   * The Wald method on the observed shares: variance (p + d) − (p − d)² per respondent, where p and
   * d are the promoter and detractor shares. Too narrow for small samples or extreme scores.
   */
  WALD,
  /**
   * The adjusted-Wald method (Rocks 2016; Sauro and Lewis): add ¾ detractor, 1½ passive and ¾
   * promoter (3 pseudo-respondents) before applying the Wald formula. Best coverage in Rocks's
   * comparison of six methods, and the default.
   */
  ADJUSTED_WALD
}
