package org.osicam.core.segment;

import java.time.Period;
import java.util.List;
import org.osicam.core.model.ScoreKey;

/**
 * A segment rule: a tree of conditions joined by {@code and}, {@code or} and {@code not}. The same
 * tree has a fluent Java form (the static methods here) and a JSON form ({@link #toJson()}, {@link
 * #fromJson(String)}); converting one into the other and back gives an equal rule.
 *
 * <pre>{@code
 * // "bought at least twice in the last 90 days, and no purchase before 2024, or a top-10% CLV"
 * Rule r = Rule.or(
 *     Rule.and(
 *         Rule.events("purchase", Period.ofDays(90)).ge(2),
 *         Rule.attribute("country").in("FR", "BE")),
 *     Rule.percentile(ScoreKey.of("clv.value")).ge(90));
 * String json = r.toJson();
 * // {"or":[{"and":[{"events":"purchase","window":"P90D","op":"ge","value":2},
 * //   {"attribute":"country","op":"in","values":["FR","BE"]}]},
 * //   {"percentile":"clv.value","op":"ge","value":90}]}
 * }</pre>
 *
 * <p>Rules are immutable values (equality by structure). They are checked against a {@link Schema}
 * when a {@link SegmentMap} or {@link TagSet} is built.
 */
public sealed interface Rule permits Condition, And, Or, Not {

  /**
   * All of the rules hold.
   *
   * @param rules at least one rule
   * @return the rule
   */
  static Rule and(Rule... rules) {
    return new And(List.of(rules));
  }

  /**
   * All of the rules hold.
   *
   * @param rules at least one rule
   * @return the rule
   */
  static Rule and(List<Rule> rules) {
    return new And(rules);
  }

  /**
   * At least one of the rules holds.
   *
   * @param rules at least one rule
   * @return the rule
   */
  static Rule or(Rule... rules) {
    return new Or(List.of(rules));
  }

  /**
   * At least one of the rules holds.
   *
   * @param rules at least one rule
   * @return the rule
   */
  static Rule or(List<Rule> rules) {
    return new Or(rules);
  }

  /**
   * The rule does not hold (so a condition on a missing value becomes true).
   *
   * @param rule the rule
   * @return the rule
   */
  static Rule not(Rule rule) {
    return new Not(rule);
  }

  /**
   * A profile attribute.
   *
   * @param name attribute name, declared in the schema
   * @return the operand to compare
   */
  static Operand attribute(String name) {
    return new Operand(Operand.Kind.ATTRIBUTE, name, null);
  }

  /**
   * A score value.
   *
   * @param key the score key, declared in the schema
   * @return the operand to compare (a number)
   */
  static Operand score(ScoreKey key) {
    return new Operand(Operand.Kind.SCORE, key.name(), null);
  }

  /**
   * The whole days from a date attribute to the as-of date (positive when the date is earlier).
   * "Last purchase more than 90 days before as-of" is {@code daysSince("last_purchase").gt(90)}.
   *
   * @param dateAttribute name of an attribute of type {@link AttributeType#DATE}
   * @return the operand to compare (a number)
   */
  static Operand daysSince(String dateAttribute) {
    return new Operand(Operand.Kind.DAYS_SINCE, dateAttribute, null);
  }

  /**
   * The number of events of a type in the window that ends on the as-of date: dates {@code d} with
   * {@code asOf - window < d <= asOf}.
   *
   * @param type event type, declared in the schema
   * @param window a positive period such as {@code Period.ofDays(90)}
   * @return the operand to compare (a number)
   */
  static Operand events(String type, Period window) {
    return new Operand(Operand.Kind.EVENTS, type, window);
  }

  /**
   * The percentile rank of a score in the population, from 0 to 100: the percentage of the
   * population's values that are at or below this customer's value.
   *
   * @param key the score key, declared in the schema
   * @return the operand to compare (a number)
   */
  static Operand percentile(ScoreKey key) {
    return new Operand(Operand.Kind.PERCENTILE, key.name(), null);
  }

  /**
   * Reads a rule from its JSON form.
   *
   * @param json the JSON text
   * @return the rule
   * @throws org.osicam.core.InvalidDataException naming the JSON path of what is wrong
   */
  static Rule fromJson(String json) {
    return RuleJson.parse(json);
  }

  /** The JSON form of this rule (compact, fields in a fixed order). */
  default String toJson() {
    return RuleJson.write(this);
  }
}
