package org.osicam.scoring.rfm;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.Score;

/**
 * RFM values, scores and thresholds for every customer, in input order (first appearance in the
 * orders).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * RfmResult result = Rfm.builder().asOf(LocalDate.of(2006, 12, 31)).build().score(orders);
 * System.out.println("thresholds " + result.thresholds());
 * for (int i = 0; i < result.size(); i++) {
 *   System.out.println(result.get(i) + " cell " + result.cell(i));
 * }
 * List<Score> scores = result.toScores(Instant.now());   // rfm.r, rfm.f, rfm.m, ...
 * }</pre>
 */
public final class RfmResult {
  private final LocalDate asOf;
  private final List<String> ids;
  private final double[] recency;
  private final double[] frequency;
  private final double[] monetary;
  private final byte[] r;
  private final byte[] f;
  private final byte[] m;
  private final RfmThresholds thresholds;
  private final int ignoredOrders;

  RfmResult(
      LocalDate asOf,
      List<String> ids,
      double[] recency,
      double[] frequency,
      double[] monetary,
      byte[] r,
      byte[] f,
      byte[] m,
      RfmThresholds thresholds,
      int ignoredOrders) {
    this.asOf = asOf;
    this.ids = ids;
    this.recency = recency;
    this.frequency = frequency;
    this.monetary = monetary;
    this.r = r;
    this.f = f;
    this.m = m;
    this.thresholds = thresholds;
    this.ignoredOrders = ignoredOrders;
  }

  /** The as-of date. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The number of customers scored. */
  public int size() {
    return ids.size();
  }

  /** The thresholds used (interior edges per dimension). */
  public RfmThresholds thresholds() {
    return thresholds;
  }

  /** Orders dated after the as-of date, which were ignored (0 for aggregated input). */
  public int ignoredOrders() {
    return ignoredOrders;
  }

  /**
   * @param i customer index, 0-based
   * @return the customer id
   */
  public String customerId(int i) {
    return ids.get(i);
  }

  /**
   * @param i customer index
   * @return days from the last order to the as-of date
   */
  public double recencyDays(int i) {
    return recency[i];
  }

  /**
   * @param i customer index
   * @return number of orders
   */
  public double frequency(int i) {
    return frequency[i];
  }

  /**
   * @param i customer index
   * @return total amount
   */
  public double monetary(int i) {
    return monetary[i];
  }

  /**
   * @param i customer index
   * @return recency score, higher = more recent
   */
  public int recencyScore(int i) {
    return r[i];
  }

  /**
   * @param i customer index
   * @return frequency score
   */
  public int frequencyScore(int i) {
    return f[i];
  }

  /**
   * @param i customer index
   * @return monetary score
   */
  public int monetaryScore(int i) {
    return m[i];
  }

  /**
   * @param i customer index
   * @return the cell {@code 100 R + 10 F + M}
   */
  public int cell(int i) {
    return 100 * r[i] + 10 * f[i] + m[i];
  }

  /**
   * One customer as a record.
   *
   * @param i customer index
   * @return the values and scores
   */
  public RfmScore get(int i) {
    return new RfmScore(ids.get(i), recency[i], frequency[i], monetary[i], r[i], f[i], m[i]);
  }

  /** Every customer as a record, in order. */
  public List<RfmScore> scores() {
    List<RfmScore> out = new ArrayList<>(size());
    for (int i = 0; i < size(); i++) {
      out.add(get(i));
    }
    return out;
  }

  /**
   * Places every customer in a segment map.
   *
   * @param map the map
   * @return the segment of every customer with per-segment totals
   */
  public RfmSegmentation segment(RfmSegmentMap map) {
    int[] row = new int[size()];
    for (int i = 0; i < row.length; i++) {
      row[i] = map.rowOf(r[i], f[i], m[i]);
    }
    return new RfmSegmentation(this, map, row);
  }

  /**
   * The scores as knowledge-base scores, under {@link Rfm#RECENCY_SCORE}, {@link
   * Rfm#FREQUENCY_SCORE}, {@link Rfm#MONETARY_SCORE}, {@link Rfm#CELL}, {@link Rfm#RECENCY_DAYS},
   * {@link Rfm#FREQUENCY} and {@link Rfm#MONETARY}.
   *
   * @param computedAt the time stamp to put on them
   * @return seven scores per customer
   */
  public List<Score> toScores(Instant computedAt) {
    List<Score> out = new ArrayList<>(size() * 7);
    for (int i = 0; i < size(); i++) {
      CustomerId id = CustomerId.of(ids.get(i));
      out.add(Score.of(id, Rfm.RECENCY_SCORE, r[i], computedAt));
      out.add(Score.of(id, Rfm.FREQUENCY_SCORE, f[i], computedAt));
      out.add(Score.of(id, Rfm.MONETARY_SCORE, m[i], computedAt));
      out.add(Score.of(id, Rfm.CELL, cell(i), computedAt));
      out.add(Score.of(id, Rfm.RECENCY_DAYS, recency[i], computedAt));
      out.add(Score.of(id, Rfm.FREQUENCY, frequency[i], computedAt));
      out.add(Score.of(id, Rfm.MONETARY, monetary[i], computedAt));
    }
    return out;
  }
}
