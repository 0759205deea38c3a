package org.osicam.core.segment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.osicam.core.InvalidDataException;
import org.osicam.core.model.ScoreKey;

/**
 * What a rule is evaluated against besides the profile: the explicit as-of date (relative dates and
 * event windows end there; the clock is never read) and, for {@link Rule#percentile(ScoreKey)}, the
 * reference population of each score.
 *
 * <p>When a whole {@link ProfileTable} is evaluated, a score without a reference is ranked within
 * the table itself; one profile on its own needs the reference given here (for example the values
 * of last night's batch), or evaluation fails naming the rule.
 *
 * <pre>{@code
 * EvaluationContext ctx = EvaluationContext.asOf(LocalDate.of(2024, 5, 1))
 *     .withReference(ScoreKey.of("clv.value"), lastNightClvValues);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class EvaluationContext {
  private final LocalDate asOf;
  private final Map<ScoreKey, double[]> references;

  private EvaluationContext(LocalDate asOf, Map<ScoreKey, double[]> references) {
    this.asOf = asOf;
    this.references = references;
  }

  /**
   * A context with an as-of date and no percentile references.
   *
   * @param asOf the as-of date
   * @return the context
   */
  public static EvaluationContext asOf(LocalDate asOf) {
    return new EvaluationContext(Objects.requireNonNull(asOf, "asOf"), Map.of());
  }

  /**
   * A context whose as-of date is the UTC date of an instant.
   *
   * @param asOf the as-of instant
   * @return the context
   */
  public static EvaluationContext asOf(Instant asOf) {
    return asOf(LocalDate.ofInstant(Objects.requireNonNull(asOf, "asOf"), ZoneOffset.UTC));
  }

  /** The as-of date. */
  public LocalDate asOfDate() {
    return asOf;
  }

  /**
   * A copy with the reference population of a score (copied and sorted).
   *
   * @param key the score key
   * @param values the population's values, finite, at least one
   * @return the new context
   * @throws InvalidDataException if a value is not finite or there is none
   */
  public EvaluationContext withReference(ScoreKey key, double[] values) {
    Objects.requireNonNull(key, "key");
    double[] sorted = values.clone();
    if (sorted.length == 0) {
      throw new InvalidDataException("reference " + key, "at least one value", "none");
    }
    for (double v : sorted) {
      if (!Double.isFinite(v)) {
        throw new InvalidDataException("reference " + key, "finite values", Double.toString(v));
      }
    }
    Arrays.sort(sorted);
    return withSorted(key, sorted);
  }

  EvaluationContext withSorted(ScoreKey key, double[] sorted) {
    Map<ScoreKey, double[]> m = new TreeMap<>(references);
    m.put(key, sorted);
    return new EvaluationContext(asOf, Collections.unmodifiableMap(m));
  }

  /** The score keys that have a percentile reference. */
  public java.util.Set<ScoreKey> referenceKeys() {
    return references.keySet();
  }

  Optional<double[]> reference(ScoreKey key) {
    return Optional.ofNullable(references.get(key));
  }

  @Override
  public String toString() {
    return "EvaluationContext{asOf=" + asOf + ", references=" + references.keySet() + "}";
  }
}
