package org.osicam.scoring.clv;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.osicam.core.InvalidDataException;

/**
 * Per-customer repeat-purchase summaries in columnar form, the input of every customer-base model.
 *
 * <p>The semantics are those of the {@code lifetimes} package:
 *
 * <ul>
 *   <li>{@code frequency} (x): the number of <em>repeat</em> purchase periods (the first purchase
 *       is not counted; purchases in the same period count once);
 *   <li>{@code recency} (t_x): time from the first to the last purchase (0 when x = 0), not the
 *       time since the last purchase;
 *   <li>{@code age} (T): time from the first purchase to the end of observation;
 *   <li>{@code monetary}: mean value of the repeat periods (0 when x = 0);
 *   <li>{@code weight}: the number of customers that share this row (1 by default).
 * </ul>
 *
 * <p>Times are in one unit chosen by the caller (days, weeks); model parameters and predictions are
 * in that unit. For discrete-time models (BG/BB) {@code frequency} counts the transaction
 * opportunities with a purchase, {@code recency} is the last such opportunity and {@code age} the
 * number of opportunities.
 *
 * <pre>{@code
 * CustomerSummaries s = CustomerSummaries.of(
 *     new double[] {2, 0}, new double[] {30.43, 0}, new double[] {38.86, 38.86});
 * }</pre>
 *
 * <p>Instances are immutable; accessors that return arrays return copies.
 */
public final class CustomerSummaries {
  private final String @Nullable [] ids;
  final double[] frequency;
  final double[] recency;
  final double[] age;
  final double @Nullable [] monetary;
  final double @Nullable [] weight;
  final double @Nullable [] frequencyHoldout;
  final double @Nullable [] durationHoldout;

  CustomerSummaries(
      String @Nullable [] ids,
      double[] frequency,
      double[] recency,
      double[] age,
      double @Nullable [] monetary,
      double @Nullable [] weight,
      double @Nullable [] frequencyHoldout,
      double @Nullable [] durationHoldout) {
    this.ids = ids;
    this.frequency = frequency;
    this.recency = recency;
    this.age = age;
    this.monetary = monetary;
    this.weight = weight;
    this.frequencyHoldout = frequencyHoldout;
    this.durationHoldout = durationHoldout;
  }

  /**
   * Summaries from columns (copied and validated).
   *
   * @param frequency repeat purchase periods, non-negative integers
   * @param recency time from first to last purchase, 0 when frequency is 0
   * @param age time from the first purchase to the end of observation, at least recency
   * @return the summaries
   * @throws NullPointerException if an array is null
   * @throws IllegalArgumentException if the lengths differ
   * @throws InvalidDataException if a value breaks a rule (the message names row and rule)
   */
  public static CustomerSummaries of(double[] frequency, double[] recency, double[] age) {
    return builder().columns(frequency, recency, age).build();
  }

  /** A builder for summaries with optional ids, monetary values, weights and holdout columns. */
  public static Builder builder() {
    return new Builder();
  }

  /** The number of rows. */
  public int size() {
    return frequency.length;
  }

  /** The number of customers: the sum of the weights (the row count when there are none). */
  public double customers() {
    if (weight == null) {
      return frequency.length;
    }
    double s = 0;
    for (double w : weight) {
      s += w;
    }
    return s;
  }

  /**
   * @param i row
   * @return the customer id, or the 1-based row number as text when no ids were given
   */
  public String customerId(int i) {
    Objects.checkIndex(i, size());
    return ids == null ? Integer.toString(i + 1) : ids[i];
  }

  /** Whether customer ids were given. */
  public boolean hasCustomerIds() {
    return ids != null;
  }

  /**
   * @param i row
   * @return the number of repeat purchase periods (x)
   */
  public double frequency(int i) {
    return frequency[i];
  }

  /**
   * @param i row
   * @return the time from the first to the last purchase (t_x)
   */
  public double recency(int i) {
    return recency[i];
  }

  /**
   * @param i row
   * @return the time from the first purchase to the end of observation (T)
   */
  public double age(int i) {
    return age[i];
  }

  /**
   * @param i row
   * @return the mean value of the repeat periods, 0 when there is none or no values were given
   */
  public double monetary(int i) {
    return monetary == null ? 0 : monetary[i];
  }

  /** Whether monetary values were given. */
  public boolean hasMonetary() {
    return monetary != null;
  }

  /**
   * @param i row
   * @return the number of customers sharing this row (1 when no weights were given)
   */
  public double weight(int i) {
    return weight == null ? 1 : weight[i];
  }

  /** Whether the summaries carry holdout columns (from a calibration/holdout split). */
  public boolean hasHoldout() {
    return frequencyHoldout != null;
  }

  /**
   * @param i row
   * @return the repeat purchase periods in the holdout period
   * @throws IllegalStateException if there is no holdout
   */
  public double frequencyHoldout(int i) {
    if (frequencyHoldout == null) {
      throw new IllegalStateException("no holdout columns: summarise with a calibration end");
    }
    return frequencyHoldout[i];
  }

  /**
   * @param i row
   * @return the length of the holdout period
   * @throws IllegalStateException if there is no holdout
   */
  public double durationHoldout(int i) {
    if (durationHoldout == null) {
      throw new IllegalStateException("no holdout columns: summarise with a calibration end");
    }
    return durationHoldout[i];
  }

  /** A copy of the frequency column. */
  public double[] frequencies() {
    return frequency.clone();
  }

  /** A copy of the recency column. */
  public double[] recencies() {
    return recency.clone();
  }

  /** A copy of the age (T) column. */
  public double[] ages() {
    return age.clone();
  }

  /** A copy of the monetary column (zeros when none was given). */
  public double[] monetaryValues() {
    return monetary == null ? new double[size()] : monetary.clone();
  }

  /** The holdout frequencies, when present. */
  public Optional<double[]> holdoutFrequencies() {
    return Optional.ofNullable(frequencyHoldout).map(double[]::clone);
  }

  /**
   * Builds summaries. Setters check their argument at once; {@link #build()} checks every row and
   * leaves the builder untouched.
   */
  public static final class Builder {
    private String @Nullable [] ids;
    private double @Nullable [] frequency;
    private double @Nullable [] recency;
    private double @Nullable [] age;
    private double @Nullable [] monetary;
    private double @Nullable [] weight;
    private double @Nullable [] frequencyHoldout;
    private double @Nullable [] durationHoldout;
    private boolean discrete;

    private Builder() {}

    /**
     * @param frequency repeat purchase periods
     * @param recency time from first to last purchase
     * @param age time from first purchase to the end of observation
     * @return this builder
     */
    public Builder columns(double[] frequency, double[] recency, double[] age) {
      Objects.requireNonNull(frequency, "frequency");
      Objects.requireNonNull(recency, "recency");
      Objects.requireNonNull(age, "age");
      if (this.frequency != null) {
        throw new IllegalStateException("columns already set");
      }
      this.frequency = frequency.clone();
      this.recency = recency.clone();
      this.age = age.clone();
      return this;
    }

    /**
     * @param ids one customer id per row
     * @return this builder
     */
    public Builder customerIds(String[] ids) {
      Objects.requireNonNull(ids, "ids");
      if (this.ids != null) {
        throw new IllegalStateException("customerIds already set");
      }
      for (String id : ids) {
        Objects.requireNonNull(id, "customer id");
      }
      this.ids = ids.clone();
      return this;
    }

    /**
     * @param monetary mean value of the repeat periods per row (0 when frequency is 0)
     * @return this builder
     */
    public Builder monetary(double[] monetary) {
      Objects.requireNonNull(monetary, "monetary");
      if (this.monetary != null) {
        throw new IllegalStateException("monetary already set");
      }
      this.monetary = monetary.clone();
      return this;
    }

    /**
     * @param weight the number of customers sharing each row (positive)
     * @return this builder
     */
    public Builder weights(double[] weight) {
      Objects.requireNonNull(weight, "weight");
      if (this.weight != null) {
        throw new IllegalStateException("weights already set");
      }
      this.weight = weight.clone();
      return this;
    }

    /**
     * @param frequencyHoldout repeat purchase periods in the holdout period
     * @param durationHoldout length of the holdout period
     * @return this builder
     */
    public Builder holdout(double[] frequencyHoldout, double[] durationHoldout) {
      Objects.requireNonNull(frequencyHoldout, "frequencyHoldout");
      Objects.requireNonNull(durationHoldout, "durationHoldout");
      if (this.frequencyHoldout != null) {
        throw new IllegalStateException("holdout already set");
      }
      this.frequencyHoldout = frequencyHoldout.clone();
      this.durationHoldout = durationHoldout.clone();
      return this;
    }

    /**
     * Marks the rows as discrete-time (BG/BB): recency and age must then be integers, the age being
     * the number of transaction opportunities.
     *
     * @return this builder
     */
    public Builder discrete() {
      this.discrete = true;
      return this;
    }

    /**
     * @return validated, immutable summaries
     * @throws IllegalStateException if no columns were set
     * @throws IllegalArgumentException if column lengths differ
     * @throws InvalidDataException naming the first bad row, field and rule
     */
    public CustomerSummaries build() {
      if (frequency == null || recency == null || age == null) {
        throw new IllegalStateException("columns(frequency, recency, age) not set");
      }
      int n = frequency.length;
      checkLength("recency", recency, n);
      checkLength("age", age, n);
      checkLength("monetary", monetary, n);
      checkLength("weight", weight, n);
      checkLength("frequencyHoldout", frequencyHoldout, n);
      checkLength("durationHoldout", durationHoldout, n);
      if (ids != null && ids.length != n) {
        throw new IllegalArgumentException(
            "customerIds has " + ids.length + " rows, frequency has " + n);
      }
      for (int i = 0; i < n; i++) {
        validateRow(i);
      }
      return new CustomerSummaries(
          ids == null ? null : ids.clone(),
          frequency.clone(),
          recency.clone(),
          age.clone(),
          monetary == null ? null : monetary.clone(),
          weight == null ? null : weight.clone(),
          frequencyHoldout == null ? null : frequencyHoldout.clone(),
          durationHoldout == null ? null : durationHoldout.clone());
    }

    @SuppressWarnings("NullAway")
    private void validateRow(int i) {
      double x = frequency[i];
      double tx = recency[i];
      double t = age[i];
      try {
        checkHistory(x, tx, t);
      } catch (InvalidDataException e) {
        throw new InvalidDataException(
            e.field(), e.rule(), e.value(), e.getMessage() + " (row " + (i + 1) + ")");
      }
      if (discrete) {
        if (tx != Math.rint(tx)) {
          throw bad("recency", i, "an integer (discrete time)", tx);
        }
        if (t != Math.rint(t) || t < 1) {
          throw bad("periods", i, "a positive integer (discrete time)", t);
        }
        if (x > tx) {
          throw bad("frequency", i, "<= recency (discrete time)", x);
        }
      }
      if (monetary != null && !(monetary[i] >= 0 && Double.isFinite(monetary[i]))) {
        throw bad("monetary_value", i, "a finite number >= 0", monetary[i]);
      }
      if (weight != null && !(weight[i] > 0 && Double.isFinite(weight[i]))) {
        throw bad("weight", i, "a finite number > 0", weight[i]);
      }
      if (frequencyHoldout != null
          && !(frequencyHoldout[i] >= 0 && frequencyHoldout[i] == Math.rint(frequencyHoldout[i]))) {
        throw bad("frequency_holdout", i, "a non-negative integer", frequencyHoldout[i]);
      }
      if (durationHoldout != null
          && !(durationHoldout[i] >= 0 && Double.isFinite(durationHoldout[i]))) {
        throw bad("duration_holdout", i, "a finite number >= 0", durationHoldout[i]);
      }
    }

    private static void checkLength(String name, double @Nullable [] a, int n) {
      if (a != null && a.length != n) {
        throw new IllegalArgumentException(name + " has " + a.length + " rows, frequency has " + n);
      }
    }
  }

  /**
   * Checks one history: frequency a non-negative integer, recency and T finite and non-negative,
   * recency at most T, recency 0 when frequency is 0.
   *
   * @param frequency repeat purchase periods
   * @param recency time from first to last purchase
   * @param age time from the first purchase to the end of observation (T)
   * @throws InvalidDataException naming the field, the rule and the value
   */
  public static void checkHistory(double frequency, double recency, double age) {
    double x = frequency;
    double tx = recency;
    double t = age;
    if (!(x >= 0) || x != Math.rint(x) || Double.isInfinite(x)) {
      throw new InvalidDataException("frequency", "a non-negative integer", num(x));
    }
    if (!(tx >= 0) || Double.isInfinite(tx)) {
      throw new InvalidDataException("recency", "a finite number >= 0", num(tx));
    }
    if (!(t >= 0) || Double.isInfinite(t)) {
      throw new InvalidDataException("T", "a finite number >= 0", num(t));
    }
    if (tx > t) {
      throw new InvalidDataException(
          "recency",
          "<= T",
          num(tx),
          String.format(Locale.ROOT, "recency must be <= T, was %s > %s", num(tx), num(t)));
    }
    if (x == 0 && tx != 0) {
      throw new InvalidDataException("recency", "0 when frequency is 0", num(tx));
    }
  }

  static InvalidDataException bad(String field, int row, String rule, double value) {
    return new InvalidDataException(
        field,
        rule,
        num(value),
        String.format(
            Locale.ROOT, "%s must be %s, was %s (row %d)", field, rule, num(value), row + 1));
  }

  static String num(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  @Override
  public String toString() {
    return "CustomerSummaries[rows=" + size() + ", holdout=" + hasHoldout() + "]";
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CustomerSummaries)) {
      return false;
    }
    CustomerSummaries s = (CustomerSummaries) o;
    return Arrays.equals(ids, s.ids)
        && Arrays.equals(frequency, s.frequency)
        && Arrays.equals(recency, s.recency)
        && Arrays.equals(age, s.age)
        && Arrays.equals(monetary, s.monetary)
        && Arrays.equals(weight, s.weight)
        && Arrays.equals(frequencyHoldout, s.frequencyHoldout)
        && Arrays.equals(durationHoldout, s.durationHoldout);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(frequency) * 31 + Arrays.hashCode(age);
  }
}
