package org.osicam.core.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.osicam.core.model.ScoreKey;

/**
 * Evaluates a list of compiled rules over a table, block by block. The one code path behind both
 * single-profile and population evaluation.
 */
final class Evaluator {
  private final Schema schema;
  private final List<CompiledRule> rules;
  private final Set<ScoreKey> percentileKeys;

  Evaluator(Schema schema, List<Segment> segments) {
    this.schema = schema;
    List<CompiledRule> list = new ArrayList<>();
    Set<ScoreKey> keys = new TreeSet<>();
    for (Segment s : segments) {
      list.add(CompiledRule.compile(s.name(), s.rule(), schema));
      CompiledRule.percentileKeys(s.rule(), keys);
    }
    this.rules = List.copyOf(list);
    this.percentileKeys = Set.copyOf(keys);
  }

  Schema schema() {
    return schema;
  }

  int size() {
    return rules.size();
  }

  /** Receives the bits of every rule for one block. */
  interface BlockSink {
    /** {@code bits[rule]}: bit {@code i} for row {@code from + i}. */
    void accept(int from, int to, long[][] bits);
  }

  /**
   * Evaluates every rule over a whole population; percentiles without a reference rank within the
   * table.
   */
  void population(ProfileTable t, EvaluationContext ctx, BlockSink sink) {
    run(t, populationContext(t, ctx), sink);
  }

  /** The context with a reference for every score that has none: the table's own values. */
  EvaluationContext populationContext(ProfileTable t, EvaluationContext ctx) {
    checkSchema(t);
    EvaluationContext full = ctx;
    for (ScoreKey key : percentileKeys) {
      if (ctx.reference(key).isEmpty()) {
        // no values at all: every row's percentile is missing, the empty reference is never read
        full = full.withSorted(key, t.sortedScores(key));
      }
    }
    return full;
  }

  /** Evaluates one profile as a one-row table. */
  long[][] single(Profile p, EvaluationContext ctx) {
    ProfileTable t = ProfileTable.of(schema, List.of(p));
    long[][] out = new long[rules.size()][];
    run(
        t,
        ctx,
        (from, to, bits) -> {
          for (int r = 0; r < bits.length; r++) {
            out[r] = bits[r].clone();
          }
        });
    return out;
  }

  List<Explanation> explain(Profile p, EvaluationContext ctx) {
    ProfileTable t = ProfileTable.of(schema, List.of(p));
    return explain(t, 0, ctx);
  }

  List<Explanation> explain(ProfileTable t, int row, EvaluationContext ctx) {
    List<Explanation> out = new ArrayList<>();
    long[] bits = new long[CompiledRule.WORDS];
    for (CompiledRule r : rules) {
      CompiledRule.Bound b = r.bind(t, ctx);
      List<Explanation.Check> checks = new ArrayList<>();
      b.explain(row, checks);
      b.eval(row, row + 1, bits);
      out.add(new Explanation(r.segment, CompiledRule.bit(bits, 0), checks));
    }
    return out;
  }

  private void run(ProfileTable t, EvaluationContext ctx, BlockSink sink) {
    List<CompiledRule.Bound> bound = new ArrayList<>(rules.size());
    for (CompiledRule r : rules) {
      bound.add(r.bind(t, ctx));
    }
    long[][] bits = new long[rules.size()][CompiledRule.WORDS];
    int n = t.size();
    for (int from = 0; from < n; from += CompiledRule.BLOCK) {
      int to = Math.min(n, from + CompiledRule.BLOCK);
      for (int r = 0; r < bound.size(); r++) {
        bound.get(r).eval(from, to, bits[r]);
      }
      sink.accept(from, to, bits);
    }
  }

  private void checkSchema(ProfileTable t) {
    if (!t.schema.equals(schema)) {
      throw new IllegalArgumentException(
          "the table's schema differs from the one the segments were built with");
    }
  }
}
