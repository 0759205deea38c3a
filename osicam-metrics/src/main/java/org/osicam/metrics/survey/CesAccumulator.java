package org.osicam.metrics.survey;

import org.osicam.core.model.Instrument;
import org.osicam.core.model.SurveyResponse;
import org.osicam.metrics.MetricAccumulator;

/**
 * Accumulates Customer Effort Score answers on one scale, optionally weighted. Mutable and not
 * thread-safe. Obtain from {@link Ces#accumulator(CesScale)}.
 *
 * <pre>{@code
 * CesAccumulator ces = Ces.accumulator(CesScale.SEVEN_POINT);
 * ces.addAll(7, 6, 5, 3, 7);
 * CesResult result = ces.snapshot();
 * double easy = result.goodShare();                           // share of answers 5 to 7
 * Interval ci = result.interval(0.95);
 * }</pre>
 */
public final class CesAccumulator implements MetricAccumulator<CesAccumulator, CesResult> {
  private final CesScale scale;
  private final Ratings ratings;

  CesAccumulator(CesScale scale) {
    this.scale = scale;
    this.ratings = new Ratings("ces.score", 1, scale.max());
  }

  /** The scale of this accumulator. */
  public CesScale scale() {
    return scale;
  }

  /**
   * @param score 1 to the scale's maximum
   * @return this accumulator
   * @throws org.osicam.core.InvalidDataException if the score is outside the scale
   */
  public CesAccumulator add(int score) {
    ratings.add(score);
    return this;
  }

  /**
   * @param score 1 to the scale's maximum
   * @param weight survey weight, positive and finite
   * @return this accumulator
   * @throws org.osicam.core.InvalidDataException if the score or weight is out of range
   */
  public CesAccumulator add(int score, double weight) {
    ratings.add(score, weight);
    return this;
  }

  /**
   * @param response a CES response, on this accumulator's scale
   * @return this accumulator
   * @throws org.osicam.core.InvalidDataException if of another instrument or outside the scale
   */
  public CesAccumulator add(SurveyResponse response) {
    SurveyChecks.instrument(response, Instrument.CES);
    ratings.add(response.score());
    return this;
  }

  /**
   * @param scores scores on the scale
   * @return this accumulator
   * @throws org.osicam.core.InvalidDataException naming the index of the first bad score
   */
  public CesAccumulator addAll(int... scores) {
    ratings.addAll(scores);
    return this;
  }

  @Override
  public void merge(CesAccumulator other) {
    if (other.scale != scale) {
      throw new IllegalArgumentException(
          "cannot merge CES answers on " + other.scale + " into " + scale);
    }
    ratings.merge(other.ratings);
  }

  @Override
  public long count() {
    return ratings.count();
  }

  @Override
  public CesResult snapshot() {
    return new CesResult(scale, count(), ratings.totals(), ratings.effectiveCount());
  }
}
