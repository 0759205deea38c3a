package org.osicam.core.interact;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import org.osicam.core.InvalidDataException;
import org.osicam.core.model.ScoreKey;

/**
 * The expected commercial value of an action for one customer: a constant, a numeric attribute or
 * score of the customer, or a product of those (e.g. propensity × margin).
 *
 * <pre>{@code
 * ExpectedValue v = ExpectedValue.product(
 *     ExpectedValue.score(ScoreKey.of("propensity.spring")), ExpectedValue.constant(40));
 * }</pre>
 *
 * <p>A customer without the attribute or score gets no value, and the action is then refused for
 * eligibility ("value not available").
 */
public final class ExpectedValue {
  private final double constant;
  private final String name;
  private final Kind kind;
  private final List<ExpectedValue> factors;

  private enum Kind {
    CONSTANT,
    ATTRIBUTE,
    SCORE,
    PRODUCT
  }

  private ExpectedValue(Kind kind, double constant, String name, List<ExpectedValue> factors) {
    this.kind = kind;
    this.constant = constant;
    this.name = name;
    this.factors = factors;
  }

  /**
   * @param value a finite number
   * @return the same value for every customer
   */
  public static ExpectedValue constant(double value) {
    if (!Double.isFinite(value)) {
      throw new InvalidDataException("value", "finite", Double.toString(value));
    }
    return new ExpectedValue(Kind.CONSTANT, value, "", List.of());
  }

  /**
   * A numeric attribute of the customer; when the customer has no such attribute, a score whose key
   * has this name is used.
   *
   * @param name attribute name
   * @return the value
   */
  public static ExpectedValue attribute(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new InvalidDataException("value", "a non-blank attribute name", "\"" + name + "\"");
    }
    return new ExpectedValue(Kind.ATTRIBUTE, 0, name, List.of());
  }

  /**
   * A score of the customer.
   *
   * @param key score key
   * @return the value
   */
  public static ExpectedValue score(ScoreKey key) {
    return new ExpectedValue(Kind.SCORE, 0, Objects.requireNonNull(key, "key").name(), List.of());
  }

  /**
   * The product of several values.
   *
   * @param factors at least one value
   * @return the value
   */
  public static ExpectedValue product(ExpectedValue... factors) {
    if (factors.length == 0) {
      throw new IllegalArgumentException("product needs at least one factor");
    }
    return new ExpectedValue(Kind.PRODUCT, 0, "", List.of(factors));
  }

  /**
   * @param customer the customer
   * @return the value for this customer, or empty when an attribute or score is missing
   */
  public OptionalDouble evaluate(CustomerState customer) {
    double v = valueOf(customer);
    return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /** NaN when missing. */
  double valueOf(CustomerState customer) {
    switch (kind) {
      case CONSTANT:
        return constant;
      case ATTRIBUTE:
        {
          Object o = customer.attributes().get(name);
          if (o instanceof Number n) {
            return n.doubleValue();
          }
          if (o != null) {
            return Double.NaN;
          }
          Double s = customer.scoreByName(name);
          return s == null ? Double.NaN : s;
        }
      case SCORE:
        {
          Double s = customer.scoreByName(name);
          return s == null ? Double.NaN : s;
        }
      default:
        double p = 1;
        for (ExpectedValue f : factors) {
          p *= f.valueOf(customer);
        }
        return p;
    }
  }

  /** The attribute and score names this value refers to, sorted. */
  public Set<String> references() {
    Set<String> out = new TreeSet<>();
    collect(out);
    return out;
  }

  private void collect(Set<String> out) {
    if (kind == Kind.ATTRIBUTE || kind == Kind.SCORE) {
      out.add(name);
    }
    factors.forEach(f -> f.collect(out));
  }

  boolean isConstant() {
    return kind == Kind.CONSTANT;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExpectedValue v
        && v.kind == kind
        && Double.compare(v.constant, constant) == 0
        && v.name.equals(name)
        && v.factors.equals(factors);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, constant, name, factors);
  }

  @Override
  public String toString() {
    switch (kind) {
      case CONSTANT:
        return Numbers.format(constant);
      case ATTRIBUTE:
        return name;
      case SCORE:
        return "score " + name;
      default:
        List<String> parts = new ArrayList<>();
        factors.forEach(f -> parts.add(f.toString()));
        return String.join(" * ", parts);
    }
  }
}
