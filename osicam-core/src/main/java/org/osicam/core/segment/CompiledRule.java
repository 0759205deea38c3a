package org.osicam.core.segment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.osicam.core.InvalidDataException;
import org.osicam.core.model.ScoreKey;

/**
 * A rule checked against a schema. {@link #bind} prepares it for one table and context; the bound
 * form evaluates blocks of rows into bit sets. The single-profile path evaluates a one-row table
 * through the same code.
 */
final class CompiledRule {
  /** Rows per evaluation block. */
  static final int BLOCK = 4096;

  static final int WORDS = BLOCK / 64;

  final String segment;
  final Rule rule;

  private CompiledRule(String segment, Rule rule) {
    this.segment = segment;
    this.rule = rule;
  }

  /**
   * Checks a rule against a schema.
   *
   * @throws InvalidDataException naming the segment, the condition and the problem
   */
  static CompiledRule compile(String segment, Rule rule, Schema schema) {
    check(segment, rule, schema);
    return new CompiledRule(segment, rule);
  }

  private static void check(String segment, Rule rule, Schema schema) {
    if (rule instanceof And a) {
      a.rules().forEach(r -> check(segment, r, schema));
    } else if (rule instanceof Or o) {
      o.rules().forEach(r -> check(segment, r, schema));
    } else if (rule instanceof Not n) {
      check(segment, n.rule(), schema);
    } else if (rule instanceof Condition c) {
      checkCondition(segment, c, schema);
    }
  }

  private static void checkCondition(String segment, Condition c, Schema schema) {
    Operand o = c.operand();
    switch (o.kind()) {
      case ATTRIBUTE, DAYS_SINCE -> {
        AttributeType type = schema.attributes().get(o.name());
        if (type == null) {
          throw error(
              segment,
              c,
              "attribute",
              "an attribute of the schema " + schema.attributes().keySet(),
              o.name(),
              "unknown attribute '" + o.name() + "'");
        }
        if (o.kind() == Operand.Kind.DAYS_SINCE) {
          if (type != AttributeType.DATE) {
            throw error(
                segment,
                c,
                "attribute",
                "a date attribute",
                o.name(),
                "daysSince needs a date attribute; '" + o.name() + "' is a " + type.key());
          }
          return;
        }
        if (c.op().ordering() && (type == AttributeType.STRING || type == AttributeType.BOOLEAN)) {
          throw error(
              segment,
              c,
              "op",
              "eq, ne, in, notIn, exists or missing for a " + type.key(),
              c.op().json,
              "'" + o.name() + "' is a " + type.key() + " and has no order");
        }
        for (Literal l : c.values()) {
          if (l.type() != type) {
            throw error(
                segment,
                c,
                "value",
                "a " + type.key() + " like the attribute",
                l.toString(),
                "'"
                    + o.name()
                    + "' is a "
                    + type.key()
                    + ", compared with a "
                    + l.type().key()
                    + (type == AttributeType.DATE
                        ? " (write dates as {\"date\":\"YYYY-MM-DD\"})"
                        : ""));
          }
        }
      }
      case SCORE, PERCENTILE -> {
        if (!schema.scores().contains(ScoreKey.of(o.name()))) {
          throw error(
              segment,
              c,
              "score",
              "a score of the schema " + schema.scores(),
              o.name(),
              "unknown score '" + o.name() + "'");
        }
      }
      case EVENTS -> {
        if (!schema.events().contains(o.name())) {
          throw error(
              segment,
              c,
              "events",
              "an event type of the schema " + schema.events(),
              o.name(),
              "unknown event type '" + o.name() + "'");
        }
      }
    }
  }

  private static InvalidDataException error(
      String segment, Condition c, String part, String rule, String value, String what) {
    return new InvalidDataException(
        "segment '" + segment + "' rule `" + c + "` " + part,
        rule,
        value,
        "segment '" + segment + "': rule `" + c + "`: " + what);
  }

  /** Adds the score keys this rule ranks as percentiles. */
  static void percentileKeys(Rule r, java.util.Set<ScoreKey> out) {
    if (r instanceof And a) {
      a.rules().forEach(x -> percentileKeys(x, out));
    } else if (r instanceof Or o) {
      o.rules().forEach(x -> percentileKeys(x, out));
    } else if (r instanceof Not n) {
      percentileKeys(n.rule(), out);
    } else if (r instanceof Condition c && c.operand().kind() == Operand.Kind.PERCENTILE) {
      out.add(ScoreKey.of(c.operand().name()));
    }
  }

  /** Prepares the rule for one table. */
  Bound bind(ProfileTable t, EvaluationContext ctx) {
    return bind(rule, t, ctx);
  }

  private Bound bind(Rule r, ProfileTable t, EvaluationContext ctx) {
    if (r instanceof And a) {
      return new Junction(true, a.rules().stream().map(x -> bind(x, t, ctx)).toList());
    }
    if (r instanceof Or o) {
      return new Junction(false, o.rules().stream().map(x -> bind(x, t, ctx)).toList());
    }
    if (r instanceof Not n) {
      return new Negation(bind(n.rule(), t, ctx));
    }
    Condition c = (Condition) r;
    Operand o = c.operand();
    if (o.kind() == Operand.Kind.ATTRIBUTE) {
      AttributeType type = t.schema.attributes().get(o.name());
      if (type == AttributeType.STRING) {
        return new TextLeaf(c, t.strings.get(o.name()));
      }
      if (type == AttributeType.BOOLEAN) {
        return new BooleanLeaf(c, t.booleans.get(o.name()));
      }
    }
    if (o.kind() == Operand.Kind.PERCENTILE && c.op().ordering()) {
      PercentileReader pr = (PercentileReader) percentileReader(c, t, ctx);
      return new PercentileCutLeaf(c, pr);
    }
    return new NumberLeaf(c, reader(c, t, ctx), Math.max(1, Math.min(BLOCK, t.size())));
  }

  private Reader reader(Condition c, ProfileTable t, EvaluationContext ctx) {
    Operand o = c.operand();
    int asOf = Math.toIntExact(ctx.asOfDate().toEpochDay());
    switch (o.kind()) {
      case ATTRIBUTE -> {
        if (t.schema.attributes().get(o.name()) == AttributeType.DATE) {
          int[] col = t.dates.get(o.name());
          return col == null ? Reader.MISSING : new DateReader(col);
        }
        double[] col = t.numbers.get(o.name());
        return col == null ? Reader.MISSING : new ArrayReader(col);
      }
      case SCORE -> {
        double[] col = t.scores.get(o.name());
        return col == null ? Reader.MISSING : new ArrayReader(col);
      }
      case DAYS_SINCE -> {
        int[] col = t.dates.get(o.name());
        return col == null ? Reader.MISSING : new DaysSinceReader(col, asOf);
      }
      case EVENTS -> {
        ProfileTable.EventColumn col = t.events.get(o.name());
        LocalDate start = ctx.asOfDate().minus(o.window());
        return col == null
            ? Reader.ZERO
            : new EventReader(col, Math.toIntExact(start.toEpochDay()), asOf);
      }
      case PERCENTILE -> {
        return percentileReader(c, t, ctx);
      }
    }
    throw new AssertionError(o.kind());
  }

  private Reader percentileReader(Condition c, ProfileTable t, EvaluationContext ctx) {
    ScoreKey key = ScoreKey.of(c.operand().name());
    double[] ref =
        ctx.reference(key)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "segment '"
                            + segment
                            + "': rule `"
                            + c
                            + "` needs a percentile reference for score '"
                            + key
                            + "': give one with EvaluationContext.withReference, or"
                            + " evaluate a whole ProfileTable"));
    double[] col = t.scores.get(key.name());
    return new PercentileReader(col == null ? new double[t.size()] : col, ref, col == null);
  }

  /** A rule bound to a table: evaluates rows {@code from..to-1} into {@code out} bits. */
  interface Bound {
    void eval(int from, int to, long[] out);

    void explain(int row, List<Explanation.Check> checks);
  }

  static void mask(long[] out, int count) {
    int full = count >>> 6;
    int rest = count & 63;
    if (rest != 0) {
      out[full] &= (1L << rest) - 1;
      full++;
    }
    Arrays.fill(out, full, out.length, 0L);
  }

  static boolean bit(long[] bits, int i) {
    return (bits[i >>> 6] & (1L << i)) != 0;
  }

  private static final class Junction implements Bound {
    private final boolean and;
    private final List<Bound> parts;
    private final long[] scratch = new long[WORDS];

    Junction(boolean and, List<Bound> parts) {
      this.and = and;
      this.parts = parts;
    }

    @Override
    public void eval(int from, int to, long[] out) {
      parts.get(0).eval(from, to, out);
      if (parts.size() == 1) {
        return;
      }
      long[] tmp = scratch;
      int words = (to - from + 63) >>> 6;
      for (int p = 1; p < parts.size(); p++) {
        parts.get(p).eval(from, to, tmp);
        if (and) {
          long any = 0;
          for (int w = 0; w < words; w++) {
            out[w] &= tmp[w];
            any |= out[w];
          }
          if (any == 0) {
            return;
          }
        } else {
          for (int w = 0; w < words; w++) {
            out[w] |= tmp[w];
          }
        }
      }
    }

    @Override
    public void explain(int row, List<Explanation.Check> checks) {
      for (Bound b : parts) {
        b.explain(row, checks);
      }
    }
  }

  private static final class Negation implements Bound {
    private final Bound inner;

    Negation(Bound inner) {
      this.inner = inner;
    }

    @Override
    public void eval(int from, int to, long[] out) {
      inner.eval(from, to, out);
      for (int w = 0; w < out.length; w++) {
        out[w] = ~out[w];
      }
      mask(out, to - from);
    }

    @Override
    public void explain(int row, List<Explanation.Check> checks) {
      List<Explanation.Check> inside = new ArrayList<>();
      inner.explain(row, inside);
      for (Explanation.Check c : inside) {
        checks.add(new Explanation.Check("not " + c.condition(), c.value(), !c.passed()));
      }
    }
  }

  /** Reads a numeric operand for a range of rows into {@code buf} (NaN = missing). */
  interface Reader {
    void read(int from, int to, double[] buf);

    Reader MISSING = (from, to, buf) -> Arrays.fill(buf, 0, to - from, Double.NaN);
    Reader ZERO = (from, to, buf) -> Arrays.fill(buf, 0, to - from, 0.0);
  }

  private record ArrayReader(double[] col) implements Reader {
    @Override
    public void read(int from, int to, double[] buf) {
      System.arraycopy(col, from, buf, 0, to - from);
    }
  }

  private record DateReader(int[] col) implements Reader {
    @Override
    public void read(int from, int to, double[] buf) {
      for (int i = from; i < to; i++) {
        int d = col[i];
        buf[i - from] = d == ProfileTable.MISSING_DATE ? Double.NaN : d;
      }
    }
  }

  private record DaysSinceReader(int[] col, int asOf) implements Reader {
    @Override
    public void read(int from, int to, double[] buf) {
      for (int i = from; i < to; i++) {
        int d = col[i];
        buf[i - from] = d == ProfileTable.MISSING_DATE ? Double.NaN : (double) asOf - d;
      }
    }
  }

  /** Counts events with {@code start < day <= asOf}. */
  private record EventReader(ProfileTable.EventColumn col, int start, int asOf) implements Reader {
    @Override
    public void read(int from, int to, double[] buf) {
      int[] off = col.offsets();
      int[] days = col.days();
      for (int i = from; i < to; i++) {
        int count = 0;
        for (int k = off[i], end = off[i + 1]; k < end; k++) {
          int d = days[k];
          if (d > start && d <= asOf) {
            count++;
          }
        }
        buf[i - from] = count;
      }
    }
  }

  /** Percentage of the reference at or below the value. */
  private record PercentileReader(double[] col, double[] sortedRef, boolean absent)
      implements Reader {
    @Override
    public void read(int from, int to, double[] buf) {
      for (int i = from; i < to; i++) {
        buf[i - from] = percentile(i);
      }
    }

    double value(int row) {
      return absent ? Double.NaN : col[row];
    }

    double percentile(int row) {
      double v = value(row);
      return Double.isNaN(v) ? Double.NaN : 100.0 * atOrBelow(sortedRef, v) / sortedRef.length;
    }

    /**
     * The smallest score value whose percentile passes {@code 100 k / N >= a} (or {@code > a} when
     * strict): the percentile only changes at reference values, so an ordering on the percentile is
     * an ordering on the raw score. Positive infinity when no value passes.
     */
    double cut(double a, boolean strict) {
      int n = sortedRef.length;
      int lo = 0;
      int hi = n + 1;
      while (lo < hi) {
        int k = (lo + hi) >>> 1;
        double pct = 100.0 * k / n;
        if (strict ? pct > a : pct >= a) {
          hi = k;
        } else {
          lo = k + 1;
        }
      }
      if (lo == 0) {
        return Double.NEGATIVE_INFINITY;
      }
      return lo > n ? Double.POSITIVE_INFINITY : sortedRef[lo - 1];
    }
  }

  /**
   * An ordering on a percentile, evaluated as cut-offs on the raw score (same result as ranking
   * every row, without a binary search per row).
   */
  private static final class PercentileCutLeaf implements Bound {
    private final Condition c;
    private final PercentileReader reader;
    private final double low;
    private final double high;

    PercentileCutLeaf(Condition c, PercentileReader reader) {
      this.c = c;
      this.reader = reader;
      double a = c.values().get(0).asDouble();
      // pass iff low <= v < high
      switch (c.op()) {
        case GE -> {
          low = reader.cut(a, false);
          high = Double.POSITIVE_INFINITY;
        }
        case GT -> {
          low = reader.cut(a, true);
          high = Double.POSITIVE_INFINITY;
        }
        case LT -> {
          low = Double.NEGATIVE_INFINITY;
          high = reader.cut(a, false);
        }
        case LE -> {
          low = Double.NEGATIVE_INFINITY;
          high = reader.cut(a, true);
        }
        case BETWEEN -> {
          low = reader.cut(a, false);
          high = reader.cut(c.values().get(1).asDouble(), true);
        }
        default -> throw new IllegalStateException("not an ordering: " + c);
      }
    }

    private boolean test(double v) {
      return v >= low && (v < high || high == Double.POSITIVE_INFINITY);
    }

    @Override
    public void eval(int from, int to, long[] out) {
      Arrays.fill(out, 0L);
      for (int i = from; i < to; i++) {
        int k = i - from;
        out[k >>> 6] |= (test(reader.value(i)) ? 1L : 0L) << k;
      }
    }

    @Override
    public void explain(int row, List<Explanation.Check> checks) {
      double p = reader.percentile(row);
      checks.add(
          new Explanation.Check(
              c.toString(), Double.isNaN(p) ? null : Format.number(p), test(reader.value(row))));
    }
  }

  static int atOrBelow(double[] sorted, double v) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static final class NumberLeaf implements Bound {
    private final Condition c;
    private final Reader reader;
    private final Op op;
    private final double a;
    private final double b;
    private final double[] set;
    private final double[] buf;

    NumberLeaf(Condition c, Reader reader, int bufferSize) {
      this.buf = new double[bufferSize];
      this.c = c;
      this.reader = reader;
      this.op = c.op();
      List<Literal> v = c.values();
      this.a = v.isEmpty() ? 0 : v.get(0).asDouble();
      this.b = v.size() > 1 ? v.get(1).asDouble() : 0;
      this.set =
          op == Op.IN || op == Op.NOT_IN
              ? v.stream().mapToDouble(Literal::asDouble).sorted().toArray()
              : new double[0];
    }

    @Override
    public void eval(int from, int to, long[] out) {
      int n = to - from;
      reader.read(from, to, buf);
      Arrays.fill(out, 0L);
      switch (op) {
        case LT -> {
          for (int i = 0; i < n; i++) {
            out[i >>> 6] |= (buf[i] < a ? 1L : 0L) << i;
          }
        }
        case LE -> {
          for (int i = 0; i < n; i++) {
            out[i >>> 6] |= (buf[i] <= a ? 1L : 0L) << i;
          }
        }
        case GT -> {
          for (int i = 0; i < n; i++) {
            out[i >>> 6] |= (buf[i] > a ? 1L : 0L) << i;
          }
        }
        case GE -> {
          for (int i = 0; i < n; i++) {
            out[i >>> 6] |= (buf[i] >= a ? 1L : 0L) << i;
          }
        }
        case EQ -> {
          for (int i = 0; i < n; i++) {
            out[i >>> 6] |= (buf[i] == a ? 1L : 0L) << i;
          }
        }
        case BETWEEN -> {
          for (int i = 0; i < n; i++) {
            double v = buf[i];
            out[i >>> 6] |= (v >= a && v <= b ? 1L : 0L) << i;
          }
        }
        default -> {
          for (int i = 0; i < n; i++) {
            if (test(buf[i])) {
              out[i >>> 6] |= 1L << i;
            }
          }
        }
      }
    }

    private boolean test(double v) {
      return switch (op) {
        case EQ -> v == a;
        case NE -> !Double.isNaN(v) && v != a;
        case LT -> v < a;
        case LE -> v <= a;
        case GT -> v > a;
        case GE -> v >= a;
        case BETWEEN -> v >= a && v <= b;
        case IN -> !Double.isNaN(v) && Arrays.binarySearch(set, v) >= 0;
        case NOT_IN -> !Double.isNaN(v) && Arrays.binarySearch(set, v) < 0;
        case EXISTS -> !Double.isNaN(v);
        case MISSING -> Double.isNaN(v);
      };
    }

    @Override
    public void explain(int row, List<Explanation.Check> checks) {
      double[] buf = new double[1];
      reader.read(row, row + 1, buf);
      double v = buf[0];
      String text;
      if (Double.isNaN(v)) {
        text = null;
      } else if (c.operand().kind() == Operand.Kind.ATTRIBUTE && isDate()) {
        text = LocalDate.ofEpochDay((long) v).toString();
      } else {
        text = Format.number(v);
      }
      checks.add(new Explanation.Check(c.toString(), text, test(v)));
    }

    private boolean isDate() {
      return reader instanceof DateReader
          || (!c.values().isEmpty() && c.values().get(0).type() == AttributeType.DATE);
    }
  }

  private static final class TextLeaf implements Bound {
    private final Condition c;
    private final int @Nullable [] codes;
    private final String[] dictionary;
    private final boolean[] accept;

    TextLeaf(Condition c, ProfileTable.@Nullable StringColumn col) {
      this.c = c;
      this.codes = col == null ? null : col.codes();
      this.dictionary = col == null ? new String[0] : col.dictionary();
      this.accept = new boolean[dictionary.length];
      if (col != null) {
        for (Literal l : c.values()) {
          Integer code = col.index().get((String) l.value());
          if (code != null) {
            accept[code] = true;
          }
        }
      }
    }

    private boolean test(int code) {
      return switch (c.op()) {
        case EQ, IN -> code >= 0 && accept[code];
        case NE, NOT_IN -> code >= 0 && !accept[code];
        case EXISTS -> code >= 0;
        case MISSING -> code < 0;
        default -> throw new IllegalStateException("checked at compile time: " + c);
      };
    }

    @Override
    public void eval(int from, int to, long[] out) {
      Arrays.fill(out, 0L);
      for (int i = from; i < to; i++) {
        int code = codes == null ? -1 : codes[i];
        if (test(code)) {
          int k = i - from;
          out[k >>> 6] |= 1L << k;
        }
      }
    }

    @Override
    public void explain(int row, List<Explanation.Check> checks) {
      int code = codes == null ? -1 : codes[row];
      checks.add(
          new Explanation.Check(
              c.toString(), code < 0 ? null : "\"" + dictionary[code] + "\"", test(code)));
    }
  }

  private static final class BooleanLeaf implements Bound {
    private final Condition c;
    private final byte @Nullable [] col;
    private final boolean[] accept = new boolean[2];

    BooleanLeaf(Condition c, byte @Nullable [] col) {
      this.c = c;
      this.col = col;
      for (Literal l : c.values()) {
        accept[(Boolean) l.value() ? 1 : 0] = true;
      }
    }

    private boolean test(byte v) {
      return switch (c.op()) {
        case EQ, IN -> v >= 0 && accept[v];
        case NE, NOT_IN -> v >= 0 && !accept[v];
        case EXISTS -> v >= 0;
        case MISSING -> v < 0;
        default -> throw new IllegalStateException("checked at compile time: " + c);
      };
    }

    @Override
    public void eval(int from, int to, long[] out) {
      Arrays.fill(out, 0L);
      for (int i = from; i < to; i++) {
        byte v = col == null ? -1 : col[i];
        if (test(v)) {
          int k = i - from;
          out[k >>> 6] |= 1L << k;
        }
      }
    }

    @Override
    public void explain(int row, List<Explanation.Check> checks) {
      byte v = col == null ? -1 : col[row];
      checks.add(
          new Explanation.Check(c.toString(), v < 0 ? null : Boolean.toString(v == 1), test(v)));
    }
  }
}
