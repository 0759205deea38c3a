package org.osicam.metrics.survey;

import org.osicam.core.model.Instrument;
import org.osicam.core.model.SurveyResponse;
import org.osicam.metrics.MetricAccumulator;

/**
 * Accumulates CSAT answers (1 to 5), optionally weighted. Mutable and not thread-safe. Obtain from
 * {@link Csat#accumulator()}.
 *
 * <pre>{@code
 * CsatAccumulator csat = Csat.accumulator();
 * csat.addAll(5, 4, 4, 3, 5, 2);
 * CsatResult result = csat.snapshot();
 * double satisfied = result.csat();                           // % of answers 4 or 5
 * Interval ci = result.wilsonInterval(0.95);
 * }</pre>
 */
public final class CsatAccumulator implements MetricAccumulator<CsatAccumulator, CsatResult> {
  private final Ratings ratings = new Ratings("csat.score", 1, 5);

  CsatAccumulator() {}

  /**
   * @param score 1 to 5
   * @return this accumulator
   * @throws org.osicam.core.InvalidDataException if out of range
   */
  public CsatAccumulator add(int score) {
    ratings.add(score);
    return this;
  }

  /**
   * @param score 1 to 5
   * @param weight survey weight, positive and finite
   * @return this accumulator
   * @throws org.osicam.core.InvalidDataException if the score or weight is out of range
   */
  public CsatAccumulator add(int score, double weight) {
    ratings.add(score, weight);
    return this;
  }

  /**
   * @param response a CSAT response
   * @return this accumulator
   * @throws org.osicam.core.InvalidDataException if of another instrument
   */
  public CsatAccumulator add(SurveyResponse response) {
    SurveyChecks.instrument(response, Instrument.CSAT);
    ratings.add(response.score());
    return this;
  }

  /**
   * @param scores 1 to 5 each
   * @return this accumulator
   * @throws org.osicam.core.InvalidDataException naming the index of the first bad score
   */
  public CsatAccumulator addAll(int... scores) {
    ratings.addAll(scores);
    return this;
  }

  @Override
  public void merge(CsatAccumulator other) {
    ratings.merge(other.ratings);
  }

  @Override
  public long count() {
    return ratings.count();
  }

  @Override
  public CsatResult snapshot() {
    return new CsatResult(count(), ratings.totals(), ratings.effectiveCount());
  }
}
