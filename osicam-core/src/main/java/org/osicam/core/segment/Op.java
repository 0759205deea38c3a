package org.osicam.core.segment;

import java.util.Locale;

/** Comparison operators of a condition, with their JSON names. */
enum Op {
  EQ("eq", 1),
  NE("ne", 1),
  LT("lt", 1),
  LE("le", 1),
  GT("gt", 1),
  GE("ge", 1),
  BETWEEN("between", 2),
  IN("in", -1),
  NOT_IN("notIn", -1),
  EXISTS("exists", 0),
  MISSING("missing", 0);

  final String json;

  /** Number of values: 0, 1, 2, or -1 for a non-empty list. */
  final int arity;

  Op(String json, int arity) {
    this.json = json;
    this.arity = arity;
  }

  boolean ordering() {
    return this == LT || this == LE || this == GT || this == GE || this == BETWEEN;
  }

  static Op parse(String text) {
    for (Op op : values()) {
      if (op.json.equals(text)) {
        return op;
      }
    }
    throw new IllegalArgumentException(
        String.format(
            Locale.ROOT,
            "op must be one of eq, ne, lt, le, gt, ge, between, in, notIn, exists, missing, was"
                + " \"%s\"",
            text));
  }
}
