package org.osicam.metrics;

/**
 * A mutable, not thread-safe accumulator of one metric: add data, {@link #merge} partial
 * accumulators computed in parallel or incrementally, take an immutable {@link #snapshot()} at any
 * time. Merging two accumulators gives the same result as one accumulator fed all their data.
 *
 * <pre>{@code
 * NpsAccumulator north = Nps.accumulator().addAll(9, 10, 6);
 * NpsAccumulator south = Nps.accumulator().addAll(7, 8, 10);
 * north.merge(south);                                         // as if one had seen all six answers
 * long answers = north.count();
 * NpsResult all = north.snapshot();
 * }</pre>
 *
 * @param <A> the accumulator type itself
 * @param <R> the immutable result type
 */
public interface MetricAccumulator<A extends MetricAccumulator<A, R>, R> {

  /**
   * Adds all the data of another accumulator of the same kind (left untouched).
   *
   * @param other the other accumulator
   * @throws IllegalArgumentException if its settings (scale, date, period) differ from this one's
   */
  void merge(A other);

  /** The number of observations added so far (unweighted). */
  long count();

  /** An immutable result of what has been added so far; the accumulator stays usable. */
  R snapshot();
}
