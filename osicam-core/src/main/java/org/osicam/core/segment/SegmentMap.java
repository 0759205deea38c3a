package org.osicam.core.segment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.osicam.core.InvalidDataException;

/**
 * Exclusive segments: an ordered list of segments and a default label; each customer gets the first
 * segment whose rule holds, else the default. Every rule is checked against the schema when the map
 * is built.
 *
 * <pre>{@code
 * SegmentMap map = SegmentMap.builder(schema)
 *     .segment("vip", Rule.percentile(CLV).ge(95))
 *     .segment("active", Rule.events("purchase", Period.ofDays(90)).ge(1))
 *     .defaultLabel("others")
 *     .build();
 * Membership m = map.assign(profile, EvaluationContext.asOf(LocalDate.of(2024, 5, 1)));
 * Assignment all = map.assignAll(table, ctx);
 * }</pre>
 *
 * <p>JSON form: {@code {"segments":[{"name":"vip","rule":{...}},...],"default":"others"}}.
 * Immutable and thread-safe.
 */
public final class SegmentMap {
  private final List<Segment> segments;
  private final String defaultLabel;
  private final Evaluator evaluator;

  private SegmentMap(Schema schema, List<Segment> segments, String defaultLabel) {
    this.segments = List.copyOf(segments);
    this.defaultLabel = defaultLabel;
    this.evaluator = new Evaluator(schema, this.segments);
  }

  /**
   * Starts a map checked against a schema.
   *
   * @param schema what rules may refer to
   * @return a builder
   */
  public static Builder builder(Schema schema) {
    return new Builder(schema);
  }

  /**
   * Reads a map from its JSON form and checks it against a schema.
   *
   * @param json {@code {"segments":[{"name":..,"rule":..}],"default":..}}
   * @param schema what rules may refer to
   * @return the map
   * @throws InvalidDataException naming the JSON path or the segment that is wrong
   */
  public static SegmentMap fromJson(String json, Schema schema) {
    JsonNode root = RuleJson.readObject(json, "segment map");
    Builder b = builder(schema);
    JsonNode def = root.get("default");
    if (def == null || !def.isTextual() || def.asText().isBlank()) {
      throw new InvalidDataException(
          "$.default", "a default label (the segment of customers no rule matches)", "nothing");
    }
    b.defaultLabel(def.asText());
    List<Segment> list = readSegments(root, "segments");
    list.forEach(b::segment);
    return b.build();
  }

  static List<Segment> readSegments(JsonNode root, String field) {
    JsonNode arr = root.get(field);
    if (arr == null || !arr.isArray() || arr.isEmpty()) {
      throw new InvalidDataException(
          "$." + field, "a non-empty array of {\"name\":..,\"rule\":..}", String.valueOf(arr));
    }
    List<Segment> out = new ArrayList<>();
    for (int i = 0; i < arr.size(); i++) {
      String path = "$." + field + "[" + i + "]";
      JsonNode s = arr.get(i);
      JsonNode name = s.get("name");
      JsonNode rule = s.get("rule");
      if (name == null || !name.isTextual()) {
        throw new InvalidDataException(path + ".name", "a segment name", String.valueOf(name));
      }
      if (rule == null) {
        throw new InvalidDataException(path + ".rule", "a rule", "nothing");
      }
      out.add(new Segment(name.asText(), RuleJson.fromNode(rule, path + ".rule")));
    }
    return out;
  }

  static ArrayNode writeSegments(List<Segment> segments) {
    ArrayNode arr = RuleJson.MAPPER.createArrayNode();
    for (Segment s : segments) {
      ObjectNode o = arr.addObject();
      o.put("name", s.name());
      o.set("rule", RuleJson.toNode(s.rule()));
    }
    return arr;
  }

  /** The JSON form of this map. */
  public String toJson() {
    ObjectNode o = RuleJson.MAPPER.createObjectNode();
    o.set("segments", writeSegments(segments));
    o.put("default", defaultLabel);
    try {
      return RuleJson.MAPPER.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The segments in order. */
  public List<Segment> segments() {
    return segments;
  }

  /** The label of customers no rule matches. */
  public String defaultLabel() {
    return defaultLabel;
  }

  /** The schema the rules were checked against. */
  public Schema schema() {
    return evaluator.schema();
  }

  /**
   * The segment of one customer, with explanations.
   *
   * @param profile the customer
   * @param ctx as-of date and percentile references
   * @return the membership
   * @throws IllegalStateException if a percentile rule has no reference in {@code ctx}
   */
  public Membership assign(Profile profile, EvaluationContext ctx) {
    long[][] bits = evaluator.single(profile, ctx);
    int index = first(bits, 0);
    List<Explanation> all = evaluator.explain(profile, ctx);
    List<Explanation> tried = all.subList(0, index == segments.size() ? index : index + 1);
    return new Membership(
        profile.id(), label(index), index == segments.size(), new ArrayList<>(tried));
  }

  /**
   * The segment of every customer of a table. Percentile rules rank within the table unless {@code
   * ctx} carries a reference.
   *
   * @param table the population
   * @param ctx as-of date and optional percentile references
   * @return the assignment
   * @throws IllegalArgumentException if the table was built with another schema
   */
  public Assignment assignAll(ProfileTable table, EvaluationContext ctx) {
    int[] index = new int[table.size()];
    evaluator.population(
        table,
        ctx,
        (from, to, bits) -> {
          for (int i = 0; i < to - from; i++) {
            index[from + i] = first(bits, i);
          }
        });
    List<String> labels = new ArrayList<>();
    segments.forEach(s -> labels.add(s.name()));
    labels.add(defaultLabel);
    return new Assignment(table.ids(), labels, index);
  }

  /**
   * Explains the segment of one row of a table (percentiles rank within the table).
   *
   * @param table the population
   * @param row the row
   * @param ctx as-of date and optional references
   * @return the explanation of every segment's rule, in map order
   */
  public List<Explanation> explain(ProfileTable table, int row, EvaluationContext ctx) {
    Objects.checkIndex(row, table.size());
    return evaluator.explain(table, row, evaluator.populationContext(table, ctx));
  }

  private static int first(long[][] bits, int i) {
    for (int s = 0; s < bits.length; s++) {
      if (CompiledRule.bit(bits[s], i)) {
        return s;
      }
    }
    return bits.length;
  }

  private String label(int index) {
    return index == segments.size() ? defaultLabel : segments.get(index).name();
  }

  @Override
  public String toString() {
    return "SegmentMap" + toJson();
  }

  /** Builds a {@link SegmentMap}; not thread-safe. */
  public static final class Builder {
    private final Schema schema;
    private final List<Segment> segments = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private @Nullable String defaultLabel;

    private Builder(Schema schema) {
      this.schema = Objects.requireNonNull(schema, "schema");
    }

    /**
     * Appends a segment (order matters: first match wins).
     *
     * @param name unique non-blank name
     * @param rule its rule
     * @return this builder
     * @throws IllegalStateException if the name is already used
     */
    public Builder segment(String name, Rule rule) {
      return segment(new Segment(name, rule));
    }

    /**
     * Appends a segment.
     *
     * @param segment the segment
     * @return this builder
     * @throws IllegalStateException if the name is already used
     */
    public Builder segment(Segment segment) {
      Objects.requireNonNull(segment, "segment");
      if (!names.add(segment.name())) {
        throw new IllegalStateException("segment '" + segment.name() + "' is already in the map");
      }
      segments.add(segment);
      return this;
    }

    /**
     * Sets the label of customers no rule matches.
     *
     * @param label non-blank label, not a segment name
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder defaultLabel(String label) {
      Names.check(label, "default label");
      if (defaultLabel != null) {
        throw new IllegalStateException("the default label is already set");
      }
      defaultLabel = label;
      return this;
    }

    /**
     * Checks every rule against the schema and returns the map.
     *
     * @return the map
     * @throws InvalidDataException if there is no segment, no default label, the default label is a
     *     segment name, or a rule refers to something unknown or compares the wrong type (naming
     *     the segment and the rule)
     */
    public SegmentMap build() {
      if (defaultLabel == null) {
        throw new InvalidDataException(
            "segment map default",
            "set (the label of customers no rule matches)",
            "missing",
            "segment map has no default label: every map needs one for the customers no rule"
                + " matches (defaultLabel(..) or \"default\" in JSON)");
      }
      if (segments.isEmpty()) {
        throw new InvalidDataException("segment map segments", "at least one segment", "none");
      }
      if (names.contains(defaultLabel)) {
        throw new InvalidDataException(
            "segment map default", "different from every segment name", defaultLabel);
      }
      return new SegmentMap(schema, segments, defaultLabel);
    }
  }
}
