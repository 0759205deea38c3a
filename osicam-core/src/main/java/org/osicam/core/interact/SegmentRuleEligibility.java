package org.osicam.core.interact;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.osicam.core.InvalidDataException;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.Interaction;
import org.osicam.core.model.ScoreKey;
import org.osicam.core.segment.AttributeType;
import org.osicam.core.segment.EvaluationContext;
import org.osicam.core.segment.Profile;
import org.osicam.core.segment.Rule;
import org.osicam.core.segment.Schema;
import org.osicam.core.segment.TagSet;

/** An eligibility rule written in the segment language, checked against a schema at build time. */
final class SegmentRuleEligibility implements Eligibility {
  private static final String TAG = "eligible";
  private final Rule rule;
  private final Schema schema;
  private final TagSet tags;
  private final Map<ScoreKey, double[]> references;
  private final Map<LocalDate, EvaluationContext> contexts = new ConcurrentHashMap<>();

  SegmentRuleEligibility(
      Rule rule, Schema schema, Map<ScoreKey, double[]> references, String field) {
    this.rule = rule;
    this.schema = schema;
    this.references = new TreeMap<>(references);
    try {
      this.tags = TagSet.builder(schema).tag(TAG, rule).build();
    } catch (InvalidDataException e) {
      throw new InvalidDataException(
          field,
          e.rule(),
          e.value(),
          field + ": " + String.valueOf(e.getMessage()).replace("segment '" + TAG + "': ", ""));
    }
  }

  @Override
  public boolean test(CustomerState customer, Instant asOf) {
    return !tags.tags(new StateProfile(customer, schema), context(asOf)).isEmpty();
  }

  EvaluationContext context(Instant asOf) {
    LocalDate date = LocalDate.ofInstant(asOf, ZoneOffset.UTC);
    return contexts.computeIfAbsent(date, this::context);
  }

  private static boolean sameReferences(Map<ScoreKey, double[]> x, Map<ScoreKey, double[]> y) {
    if (!x.keySet().equals(y.keySet())) {
      return false;
    }
    for (Map.Entry<ScoreKey, double[]> e : x.entrySet()) {
      if (e.getValue() != y.get(e.getKey())) {
        return false;
      }
    }
    return true;
  }

  Rule rule() {
    return rule;
  }

  Schema schema() {
    return schema;
  }

  Map<ScoreKey, double[]> references() {
    return references;
  }

  /**
   * Evaluates the eligibility rules of a whole batch at once, column by column (the segment
   * language's population path), instead of one one-row table per customer and action.
   *
   * @return per action index, the rows that are eligible (null for actions without such a rule)
   */
  static java.util.BitSet @Nullable [] evaluateAll(
      Action[] actions, List<CustomerState> customers, Instant asOf) {
    java.util.BitSet[] out = null;
    Map<Schema, List<Integer>> bySchema = new java.util.LinkedHashMap<>();
    for (int a = 0; a < actions.length; a++) {
      if (actions[a].eligibility() instanceof SegmentRuleEligibility e) {
        bySchema.computeIfAbsent(e.schema, k -> new ArrayList<>()).add(a);
      }
    }
    for (Map.Entry<Schema, List<Integer>> group : bySchema.entrySet()) {
      Schema schema = group.getKey();
      List<StateProfile> profiles = new ArrayList<>(customers.size());
      for (CustomerState c : customers) {
        profiles.add(new StateProfile(c, schema));
      }
      org.osicam.core.segment.ProfileTable table =
          org.osicam.core.segment.ProfileTable.of(schema, profiles);
      // one pass over the table for every rule that shares the first rule's references
      List<Integer> pending = new ArrayList<>(group.getValue());
      while (!pending.isEmpty()) {
        SegmentRuleEligibility first =
            (SegmentRuleEligibility) Objects.requireNonNull(actions[pending.get(0)].eligibility());
        TagSet.Builder tags = TagSet.builder(schema);
        List<Integer> together = new ArrayList<>();
        for (int a : pending) {
          SegmentRuleEligibility e =
              (SegmentRuleEligibility) Objects.requireNonNull(actions[a].eligibility());
          if (sameReferences(first.references, e.references)) {
            tags.tag(actions[a].id(), e.rule);
            together.add(a);
          }
        }
        pending.removeAll(together);
        org.osicam.core.segment.Tagging tagging = tags.build().tagAll(table, first.context(asOf));
        if (out == null) {
          out = new java.util.BitSet[actions.length];
        }
        for (int a : together) {
          out[a] = tagging.members(actions[a].id());
        }
      }
    }
    return out;
  }

  private EvaluationContext context(LocalDate date) {
    EvaluationContext ctx = EvaluationContext.asOf(date);
    for (Map.Entry<ScoreKey, double[]> e : references.entrySet()) {
      ctx = ctx.withReference(e.getKey(), e.getValue());
    }
    return ctx;
  }

  @Override
  public String describe() {
    return "rule " + rule.toJson();
  }

  /**
   * What the segment language sees of a {@link CustomerState}: attributes coerced to the schema's
   * types (a value of another type is missing; {@code segment} is the customer's segment), scores
   * (a numeric attribute of the same name when there is no score), and interaction outcomes as
   * events named by status ({@code delivered}, {@code clicked}, {@code purchased}, ...).
   */
  static final class StateProfile implements Profile {
    private final CustomerState c;
    private final Schema schema;

    StateProfile(CustomerState c, Schema schema) {
      this.c = c;
      this.schema = schema;
    }

    @Override
    public CustomerId id() {
      return c.id();
    }

    @Override
    public @Nullable Object attribute(String name) {
      Object v = c.attributes().get(name);
      if (v == null) {
        return name.equals("segment") ? c.segmentOrNull() : null;
      }
      AttributeType type = schema.type(name).orElse(null);
      if (type == null) {
        return v;
      }
      return switch (type) {
        case NUMBER -> v instanceof Number ? v : null;
        case BOOLEAN -> v instanceof Boolean ? v : null;
        case DATE -> v instanceof LocalDate ? v : null;
        default -> v instanceof String ? v : v.toString();
      };
    }

    @Override
    public OptionalDouble score(ScoreKey key) {
      return c.number(key.name());
    }

    @Override
    public List<LocalDate> events(String type) {
      List<LocalDate> out = new ArrayList<>();
      for (Interaction i : c.history()) {
        if (i.status().key().equals(type)) {
          out.add(LocalDate.ofInstant(i.timestamp(), ZoneOffset.UTC));
        }
      }
      return out;
    }
  }
}
