package org.osicam.metrics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One accumulator per value of an attribute (segment, channel, period, campaign): a breakdown of
 * any metric. Not thread-safe; merge breakdowns computed in parallel with {@link #merge}.
 *
 * <pre>{@code
 * Breakdown<String, NpsAccumulator, NpsResult> bySegment = Breakdown.of(Nps::accumulator);
 * bySegment.group("gold").add(9);
 * bySegment.group("silver").add(4);
 * Map<String, NpsResult> results = bySegment.snapshot();
 * NpsResult overall = bySegment.overall();
 * }</pre>
 *
 * @param <K> the attribute value type
 * @param <A> the accumulator type
 * @param <R> the result type
 */
public final class Breakdown<K, A extends MetricAccumulator<A, R>, R> {
  private final Supplier<A> factory;
  private final Map<K, A> groups = new LinkedHashMap<>();

  private Breakdown(Supplier<A> factory) {
    this.factory = factory;
  }

  /**
   * Starts an empty breakdown.
   *
   * @param factory makes a fresh accumulator for a new group (and for {@link #overall()})
   * @param <K> the attribute value type
   * @param <A> the accumulator type
   * @param <R> the result type
   * @return the breakdown
   */
  public static <K, A extends MetricAccumulator<A, R>, R> Breakdown<K, A, R> of(
      Supplier<A> factory) {
    return new Breakdown<>(Objects.requireNonNull(factory, "factory"));
  }

  /**
   * The accumulator of a group, created on first use. One hash lookup per call: in a hot loop over
   * few groups, keep the returned accumulator rather than looking it up for every row.
   *
   * @param key the attribute value
   * @return its accumulator, to add data to
   */
  public A group(K key) {
    A acc = groups.get(key);
    if (acc == null) {
      acc = factory.get();
      groups.put(Objects.requireNonNull(key, "key"), acc);
    }
    return acc;
  }

  /**
   * Adds every group of another breakdown into this one.
   *
   * @param other a breakdown of the same metric
   */
  public void merge(Breakdown<K, A, R> other) {
    other.groups.forEach((k, a) -> group(k).merge(a));
  }

  /**
   * Re-groups by a coarser key, e.g. from (campaign, channel) to campaign.
   *
   * @param coarser maps each key to its new group
   * @param <K2> the new key type
   * @return a new breakdown; this one is untouched
   */
  public <K2> Breakdown<K2, A, R> rollUp(Function<? super K, ? extends K2> coarser) {
    Breakdown<K2, A, R> out = new Breakdown<>(factory);
    groups.forEach((k, a) -> out.group(coarser.apply(k)).merge(a));
    return out;
  }

  /** The number of groups. */
  public int size() {
    return groups.size();
  }

  /** One result per group, in the order groups were first seen (unmodifiable). */
  public Map<K, R> snapshot() {
    Map<K, R> out = new LinkedHashMap<>();
    groups.forEach((k, a) -> out.put(k, a.snapshot()));
    return Collections.unmodifiableMap(out);
  }

  /** The result over all groups together. */
  public R overall() {
    A all = factory.get();
    groups.values().forEach(all::merge);
    return all.snapshot();
  }
}
