package org.osicam.core.segment;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.osicam.core.InvalidDataException;

/** A comparison of an operand with literal values. */
record Condition(Operand operand, Op op, List<Literal> values) implements Rule {

  Condition {
    Objects.requireNonNull(operand, "operand");
    Objects.requireNonNull(op, "op");
    values = List.copyOf(values);
    String where = operand + " " + op.json;
    if (op.arity >= 0 && values.size() != op.arity) {
      throw new InvalidDataException(
          "rule `" + where + "`", op.arity + " value(s)", Integer.toString(values.size()));
    }
    if (op.arity < 0 && values.isEmpty()) {
      throw new InvalidDataException("rule `" + where + "`", "at least one value", "none");
    }
    @Nullable AttributeType first = values.isEmpty() ? null : values.get(0).type();
    for (Literal l : values) {
      if (l.type() != first) {
        throw new InvalidDataException(
            "rule `" + where + "`", "values of one type", values.toString());
      }
    }
    if (op.ordering() && (first == AttributeType.STRING || first == AttributeType.BOOLEAN)) {
      throw new InvalidDataException(
          "rule `" + where + "`", "a number or a date (text has no order)", values.toString());
    }
    if (op == Op.BETWEEN && values.get(0).asDouble() > values.get(1).asDouble()) {
      throw new InvalidDataException(
          "rule `" + where + "`",
          "a non-empty range (min <= max)",
          values.get(0) + ".." + values.get(1));
    }
    if (operand.alwaysNumber() && first != null && first != AttributeType.NUMBER) {
      throw new InvalidDataException(
          "rule `" + where + "`", "compared with numbers", values.toString());
    }
  }

  @Override
  public String toString() {
    return switch (op) {
      case EXISTS, MISSING -> operand + " " + op.json;
      case BETWEEN -> operand + " between " + values.get(0) + " and " + values.get(1);
      case IN, NOT_IN ->
          operand
              + " "
              + op.json
              + " "
              + values.stream().map(Literal::toString).collect(Collectors.joining(", ", "[", "]"));
      default -> operand + " " + op.json + " " + values.get(0);
    };
  }
}
