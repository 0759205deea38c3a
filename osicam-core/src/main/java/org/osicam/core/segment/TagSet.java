package org.osicam.core.segment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.osicam.core.InvalidDataException;

/**
 * Non-exclusive segments (tags): every rule is evaluated and a customer carries every tag whose
 * rule holds. Rules are checked against the schema when the set is built.
 *
 * <pre>{@code
 * TagSet tags = TagSet.builder(schema)
 *     .tag("lapsed", Rule.daysSince("last_purchase").gt(90))
 *     .tag("high-value", Rule.percentile(CLV).ge(80))
 *     .build();
 * Set<String> mine = tags.tags(profile, ctx);
 * Tagging all = tags.tagAll(table, ctx);
 * }</pre>
 *
 * <p>JSON form: {@code {"tags":[{"name":"lapsed","rule":{...}},...]}}. Immutable and thread-safe.
 */
public final class TagSet {
  private final List<Segment> tags;
  private final Evaluator evaluator;

  private TagSet(Schema schema, List<Segment> tags) {
    this.tags = List.copyOf(tags);
    this.evaluator = new Evaluator(schema, this.tags);
  }

  /**
   * Starts a tag set checked against a schema.
   *
   * @param schema what rules may refer to
   * @return a builder
   */
  public static Builder builder(Schema schema) {
    return new Builder(schema);
  }

  /**
   * Reads a tag set from its JSON form.
   *
   * @param json {@code {"tags":[{"name":..,"rule":..}]}}
   * @param schema what rules may refer to
   * @return the tag set
   * @throws InvalidDataException naming the JSON path or the tag that is wrong
   */
  public static TagSet fromJson(String json, Schema schema) {
    JsonNode root = RuleJson.readObject(json, "tag set");
    Builder b = builder(schema);
    SegmentMap.readSegments(root, "tags").forEach(b::tag);
    return b.build();
  }

  /** The JSON form of this tag set. */
  public String toJson() {
    ObjectNode o = RuleJson.MAPPER.createObjectNode();
    o.set("tags", SegmentMap.writeSegments(tags));
    try {
      return RuleJson.MAPPER.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The tags in order. */
  public List<Segment> tags() {
    return tags;
  }

  /**
   * The tags of one customer.
   *
   * @param profile the customer
   * @param ctx as-of date and percentile references
   * @return the tag names whose rule holds, in tag order
   * @throws IllegalStateException if a percentile rule has no reference in {@code ctx}
   */
  public Set<String> tags(Profile profile, EvaluationContext ctx) {
    long[][] bits = evaluator.single(profile, ctx);
    Set<String> out = new LinkedHashSet<>();
    for (int t = 0; t < bits.length; t++) {
      if (CompiledRule.bit(bits[t], 0)) {
        out.add(tags.get(t).name());
      }
    }
    return out;
  }

  /**
   * Explains every tag for one customer.
   *
   * @param profile the customer
   * @param ctx as-of date and percentile references
   * @return one explanation per tag, in tag order
   */
  public List<Explanation> explain(Profile profile, EvaluationContext ctx) {
    return evaluator.explain(profile, ctx);
  }

  /**
   * The tags of every customer of a table. Percentile rules rank within the table unless {@code
   * ctx} carries a reference.
   *
   * @param table the population
   * @param ctx as-of date and optional percentile references
   * @return the tagging
   */
  public Tagging tagAll(ProfileTable table, EvaluationContext ctx) {
    int n = table.size();
    List<BitSet> members = new ArrayList<>();
    for (int t = 0; t < tags.size(); t++) {
      members.add(new BitSet(n));
    }
    evaluator.population(
        table,
        ctx,
        (from, to, bits) -> {
          for (int t = 0; t < bits.length; t++) {
            BitSet set = members.get(t);
            long[] b = bits[t];
            for (int w = 0; w < b.length; w++) {
              long word = b[w];
              while (word != 0) {
                int bit = Long.numberOfTrailingZeros(word);
                set.set(from + (w << 6) + bit);
                word &= word - 1;
              }
            }
          }
        });
    List<String> names = new ArrayList<>();
    tags.forEach(s -> names.add(s.name()));
    return new Tagging(table.ids(), names, members);
  }

  /** Builds a {@link TagSet}; not thread-safe. */
  public static final class Builder {
    private final Schema schema;
    private final List<Segment> tags = new ArrayList<>();
    private final Set<String> names = new HashSet<>();

    private Builder(Schema schema) {
      this.schema = Objects.requireNonNull(schema, "schema");
    }

    /**
     * Adds a tag.
     *
     * @param name unique non-blank name
     * @param rule its rule
     * @return this builder
     * @throws IllegalStateException if the name is already used
     */
    public Builder tag(String name, Rule rule) {
      return tag(new Segment(name, rule));
    }

    /**
     * Adds a tag.
     *
     * @param tag the tag
     * @return this builder
     * @throws IllegalStateException if the name is already used
     */
    public Builder tag(Segment tag) {
      Objects.requireNonNull(tag, "tag");
      if (!names.add(tag.name())) {
        throw new IllegalStateException("tag '" + tag.name() + "' is already in the set");
      }
      tags.add(tag);
      return this;
    }

    /**
     * Checks every rule against the schema and returns the set.
     *
     * @return the tag set
     * @throws InvalidDataException if there is no tag or a rule is invalid (naming the tag)
     */
    public TagSet build() {
      if (tags.isEmpty()) {
        throw new InvalidDataException("tag set tags", "at least one tag", "none");
      }
      return new TagSet(schema, tags);
    }
  }
}
