package org.osicam.core.segment;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.osicam.core.InvalidDataException;
import org.osicam.core.model.ScoreKey;

/**
 * The left-hand side of a condition: an attribute, a score, the days since a date attribute, an
 * event count in a window, or the percentile of a score. Obtained from {@link
 * Rule#attribute(String)}, {@link Rule#score(ScoreKey)}, {@link Rule#daysSince(String)}, {@link
 * Rule#events(String, Period)} and {@link Rule#percentile(ScoreKey)}; its methods make the {@link
 * Rule}.
 *
 * <pre>{@code
 * Rule r = Rule.events("purchase", Period.ofDays(90)).ge(2);
 * }</pre>
 *
 * <p>Immutable; equality by kind and names.
 */
public final class Operand {

  /** What the operand reads. */
  enum Kind {
    ATTRIBUTE("attribute"),
    SCORE("score"),
    DAYS_SINCE("daysSince"),
    EVENTS("events"),
    PERCENTILE("percentile");

    final String json;

    Kind(String json) {
      this.json = json;
    }
  }

  private final Kind kind;
  private final String name;
  private final @Nullable Period window;

  Operand(Kind kind, String name, @Nullable Period window) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.name = Names.check(name, kind.json);
    if (kind == Kind.SCORE || kind == Kind.PERCENTILE) {
      ScoreKey.of(name);
    }
    if (kind == Kind.EVENTS) {
      Objects.requireNonNull(window, "window");
      if (window.isNegative() || window.isZero()) {
        throw new InvalidDataException("events window", "a positive period", window.toString());
      }
    }
    this.window = window;
  }

  Kind kind() {
    return kind;
  }

  String name() {
    return name;
  }

  @Nullable Period window() {
    return window;
  }

  /** Whether the operand is numeric whatever the schema says (all but plain attributes). */
  boolean alwaysNumber() {
    return kind != Kind.ATTRIBUTE;
  }

  /**
   * Equal to a number.
   *
   * @param value finite number
   * @return the rule
   */
  public Rule eq(double value) {
    return cond(Op.EQ, Literal.number(value));
  }

  /**
   * Equal to a text.
   *
   * @param value text
   * @return the rule
   */
  public Rule eq(String value) {
    return cond(Op.EQ, Literal.string(value));
  }

  /**
   * Equal to a boolean.
   *
   * @param value the boolean
   * @return the rule
   */
  public Rule eq(boolean value) {
    return cond(Op.EQ, Literal.bool(value));
  }

  /**
   * Equal to a date.
   *
   * @param value the date
   * @return the rule
   */
  public Rule eq(LocalDate value) {
    return cond(Op.EQ, Literal.date(value));
  }

  /**
   * Present and not equal to a number.
   *
   * @param value finite number
   * @return the rule
   */
  public Rule ne(double value) {
    return cond(Op.NE, Literal.number(value));
  }

  /**
   * Present and not equal to a text.
   *
   * @param value text
   * @return the rule
   */
  public Rule ne(String value) {
    return cond(Op.NE, Literal.string(value));
  }

  /**
   * Present and not equal to a boolean.
   *
   * @param value the boolean
   * @return the rule
   */
  public Rule ne(boolean value) {
    return cond(Op.NE, Literal.bool(value));
  }

  /**
   * Present and not equal to a date.
   *
   * @param value the date
   * @return the rule
   */
  public Rule ne(LocalDate value) {
    return cond(Op.NE, Literal.date(value));
  }

  /**
   * Less than a number.
   *
   * @param value finite number
   * @return the rule
   */
  public Rule lt(double value) {
    return cond(Op.LT, Literal.number(value));
  }

  /**
   * Before a date.
   *
   * @param value the date
   * @return the rule
   */
  public Rule lt(LocalDate value) {
    return cond(Op.LT, Literal.date(value));
  }

  /**
   * At most a number.
   *
   * @param value finite number
   * @return the rule
   */
  public Rule le(double value) {
    return cond(Op.LE, Literal.number(value));
  }

  /**
   * On or before a date.
   *
   * @param value the date
   * @return the rule
   */
  public Rule le(LocalDate value) {
    return cond(Op.LE, Literal.date(value));
  }

  /**
   * Greater than a number.
   *
   * @param value finite number
   * @return the rule
   */
  public Rule gt(double value) {
    return cond(Op.GT, Literal.number(value));
  }

  /**
   * After a date.
   *
   * @param value the date
   * @return the rule
   */
  public Rule gt(LocalDate value) {
    return cond(Op.GT, Literal.date(value));
  }

  /**
   * At least a number.
   *
   * @param value finite number
   * @return the rule
   */
  public Rule ge(double value) {
    return cond(Op.GE, Literal.number(value));
  }

  /**
   * On or after a date.
   *
   * @param value the date
   * @return the rule
   */
  public Rule ge(LocalDate value) {
    return cond(Op.GE, Literal.date(value));
  }

  /**
   * Within an inclusive range of numbers.
   *
   * @param min lower bound, inclusive
   * @param max upper bound, inclusive, not below {@code min}
   * @return the rule
   * @throws InvalidDataException if the range is empty
   */
  public Rule between(double min, double max) {
    return cond(Op.BETWEEN, Literal.number(min), Literal.number(max));
  }

  /**
   * Within an inclusive range of dates.
   *
   * @param min first date, inclusive
   * @param max last date, inclusive, not before {@code min}
   * @return the rule
   * @throws InvalidDataException if the range is empty
   */
  public Rule between(LocalDate min, LocalDate max) {
    return cond(Op.BETWEEN, Literal.date(min), Literal.date(max));
  }

  /**
   * Equal to one of the texts.
   *
   * @param values at least one text
   * @return the rule
   */
  public Rule in(String... values) {
    return cond(Op.IN, strings(values));
  }

  /**
   * Equal to one of the numbers.
   *
   * @param values at least one finite number
   * @return the rule
   */
  public Rule in(double... values) {
    return cond(Op.IN, numbers(values));
  }

  /**
   * Present and equal to none of the texts.
   *
   * @param values at least one text
   * @return the rule
   */
  public Rule notIn(String... values) {
    return cond(Op.NOT_IN, strings(values));
  }

  /**
   * Present and equal to none of the numbers.
   *
   * @param values at least one finite number
   * @return the rule
   */
  public Rule notIn(double... values) {
    return cond(Op.NOT_IN, numbers(values));
  }

  /** The value is present. */
  public Rule exists() {
    return cond(Op.EXISTS);
  }

  /** The value is absent. */
  public Rule missing() {
    return cond(Op.MISSING);
  }

  private Rule cond(Op op, Literal... values) {
    return new Condition(this, op, List.of(values));
  }

  private Rule cond(Op op, List<Literal> values) {
    return new Condition(this, op, values);
  }

  private static List<Literal> strings(String[] values) {
    List<Literal> out = new ArrayList<>(values.length);
    for (String v : values) {
      out.add(Literal.string(v));
    }
    return out;
  }

  private static List<Literal> numbers(double[] values) {
    List<Literal> out = new ArrayList<>(values.length);
    for (double v : values) {
      out.add(Literal.number(v));
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Operand other
        && kind == other.kind
        && name.equals(other.name)
        && Objects.equals(window, other.window);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, name, window);
  }

  @Override
  public String toString() {
    return switch (kind) {
      case ATTRIBUTE -> name;
      case SCORE -> "score(" + name + ")";
      case DAYS_SINCE -> "daysSince(" + name + ")";
      case EVENTS -> "events(" + name + ", " + window + ")";
      case PERCENTILE -> "percentile(" + name + ")";
    };
  }
}
