package org.osicam.metrics.survey;

import org.osicam.core.model.Instrument;
import org.osicam.core.model.SurveyResponse;
import org.osicam.metrics.MetricAccumulator;

/**
 * Accumulates answers to the NPS question (0 to 10), optionally weighted. Mutable and not
 * thread-safe: give each thread its own and {@link #merge} them. Obtain from {@link
 * Nps#accumulator()}.
 *
 * <pre>{@code
 * NpsAccumulator nps = Nps.accumulator();
 * nps.addAll(10, 9, 9, 8, 6);
 * nps.add(7, 2.0);                                            // a weighted answer
 * NpsResult result = nps.snapshot();
 * }</pre>
 */
public final class NpsAccumulator implements MetricAccumulator<NpsAccumulator, NpsResult> {
  private final Ratings ratings = new Ratings("nps.score", 0, 10);

  NpsAccumulator() {}

  /**
   * Adds one answer.
   *
   * @param score 0 to 10
   * @return this accumulator
   * @throws org.osicam.core.InvalidDataException if the score is out of range
   */
  public NpsAccumulator add(int score) {
    ratings.add(score);
    return this;
  }

  /**
   * Adds one weighted answer (survey weight, e.g. from post-stratification).
   *
   * @param score 0 to 10
   * @param weight positive and finite
   * @return this accumulator
   * @throws org.osicam.core.InvalidDataException if the score or the weight is out of range
   */
  public NpsAccumulator add(int score, double weight) {
    ratings.add(score, weight);
    return this;
  }

  /**
   * Adds a survey response of the NPS instrument.
   *
   * @param response the response
   * @return this accumulator
   * @throws org.osicam.core.InvalidDataException if the response is of another instrument
   */
  public NpsAccumulator add(SurveyResponse response) {
    SurveyChecks.instrument(response, Instrument.NPS);
    ratings.add(response.score());
    return this;
  }

  /**
   * Adds many answers; on a bad score nothing after it is added and the message names its index.
   *
   * @param scores 0 to 10 each
   * @return this accumulator
   * @throws org.osicam.core.InvalidDataException naming the index of the first bad score
   */
  public NpsAccumulator addAll(int... scores) {
    ratings.addAll(scores);
    return this;
  }

  @Override
  public void merge(NpsAccumulator other) {
    ratings.merge(other.ratings);
  }

  @Override
  public long count() {
    return ratings.count();
  }

  @Override
  public NpsResult snapshot() {
    double detractors = 0;
    double passives = 0;
    double promoters = 0;
    var totals = ratings.totals();
    for (int score = 0; score <= 10; score++) {
      double w = totals.get(score);
      if (score <= 6) {
        detractors += w;
      } else if (score <= 8) {
        passives += w;
      } else {
        promoters += w;
      }
    }
    return new NpsResult(count(), promoters, passives, detractors, ratings.effectiveCount());
  }
}
