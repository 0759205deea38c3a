package org.osicam.core.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.osicam.core.InvalidDataException;

/**
 * A customer's answer to a survey instrument.
 *
 * <pre>{@code
 * SurveyResponse r = new SurveyResponse("R1", CustomerId.of("C1"), Instrument.NPS, 9,
 *     Instant.parse("2024-02-01T09:00:00Z"), null);
 * }</pre>
 *
 * @param id response id, unique in the knowledge base
 * @param customerId the respondent
 * @param instrument NPS, CES or CSAT
 * @param score the score, within the instrument's range
 * @param timestamp when it was answered
 * @param comment free text (personal; removed by erasure), or {@code null}
 */
public record SurveyResponse(
    String id,
    CustomerId customerId,
    Instrument instrument,
    int score,
    Instant timestamp,
    @Nullable String comment) {

  /** Validates. */
  public SurveyResponse {
    Checks.nonBlank(id, "surveyResponse.id");
    Checks.nonNull(customerId, "surveyResponse.customerId");
    Checks.nonNull(instrument, "surveyResponse.instrument");
    Checks.nonNull(timestamp, "surveyResponse.timestamp");
    if (score < instrument.min() || score > instrument.max()) {
      throw new InvalidDataException(
          "surveyResponse.score",
          "between " + instrument.min() + " and " + instrument.max() + " for " + instrument.key(),
          Integer.toString(score));
    }
  }
}
