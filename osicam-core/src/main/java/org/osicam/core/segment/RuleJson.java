package org.osicam.core.segment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.osicam.core.InvalidDataException;

/**
 * The JSON form of a {@link Rule}.
 *
 * <pre>
 * {"and":[r, ...]}  {"or":[r, ...]}  {"not":r}
 * {"attribute":"age","op":"ge","value":18}
 * {"score":"rfm.r","op":"between","values":[4,5]}
 * {"daysSince":"last_purchase","op":"gt","value":90}
 * {"events":"purchase","window":"P90D","op":"ge","value":2}
 * {"percentile":"clv.value","op":"ge","value":80}
 * {"attribute":"email","op":"exists"}
 * {"attribute":"since","op":"lt","value":{"date":"2024-01-01"}}
 * </pre>
 */
final class RuleJson {
  private RuleJson() {}

  static final ObjectMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final List<String> OPERANDS =
      List.of("attribute", "score", "daysSince", "events", "percentile");

  static String write(Rule rule) {
    try {
      return MAPPER.writeValueAsString(toNode(rule));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static JsonNode toNode(Rule rule) {
    ObjectNode o = F.objectNode();
    if (rule instanceof And a) {
      ArrayNode arr = o.putArray("and");
      a.rules().forEach(r -> arr.add(toNode(r)));
    } else if (rule instanceof Or or) {
      ArrayNode arr = o.putArray("or");
      or.rules().forEach(r -> arr.add(toNode(r)));
    } else if (rule instanceof Not n) {
      o.set("not", toNode(n.rule()));
    } else if (rule instanceof Condition c) {
      Operand operand = c.operand();
      o.put(operand.kind().json, operand.name());
      if (operand.window() != null) {
        o.put("window", operand.window().toString());
      }
      o.put("op", c.op().json);
      if (c.op().arity == 1) {
        o.set("value", literal(c.values().get(0)));
      } else if (c.op().arity != 0) {
        ArrayNode arr = o.putArray("values");
        c.values().forEach(l -> arr.add(literal(l)));
      }
    }
    return o;
  }

  private static JsonNode literal(Literal l) {
    return switch (l.type()) {
      case NUMBER -> {
        double d = (Double) l.value();
        yield d == Math.rint(d) && Math.abs(d) < 1e15 ? F.numberNode((long) d) : F.numberNode(d);
      }
      case STRING -> F.textNode((String) l.value());
      case BOOLEAN -> F.booleanNode((Boolean) l.value());
      case DATE -> F.objectNode().put("date", l.value().toString());
    };
  }

  /** Reads a JSON object (a segment map or tag set), naming {@code what} in errors. */
  static JsonNode readObject(String json, String what) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new InvalidDataException(
          what, "valid JSON", "text with an error at " + e.getLocation());
    }
    if (root == null || !root.isObject()) {
      throw new InvalidDataException(what, "a JSON object", String.valueOf(root));
    }
    return root;
  }

  static Rule parse(String json) {
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new InvalidDataException(
          "rule", "valid JSON", "text with an error at " + e.getLocation());
    }
    if (node == null || node.isMissingNode()) {
      throw new InvalidDataException("rule", "a JSON object", "nothing");
    }
    return fromNode(node, "$");
  }

  static Rule fromNode(JsonNode node, String path) {
    if (!node.isObject()) {
      throw new InvalidDataException(path, "a JSON object (a rule)", node.toString());
    }
    if (node.has("and") || node.has("or")) {
      String key = node.has("and") ? "and" : "or";
      only(node, path, List.of(key));
      JsonNode arr = node.get(key);
      if (!arr.isArray() || arr.isEmpty()) {
        throw new InvalidDataException(path + "." + key, "a non-empty array of rules", text(arr));
      }
      List<Rule> rules = new ArrayList<>();
      for (int i = 0; i < arr.size(); i++) {
        rules.add(fromNode(arr.get(i), path + "." + key + "[" + i + "]"));
      }
      return key.equals("and") ? new And(rules) : new Or(rules);
    }
    if (node.has("not")) {
      only(node, path, List.of("not"));
      return new Not(fromNode(node.get("not"), path + ".not"));
    }
    @Nullable String kindKey = null;
    for (String k : OPERANDS) {
      if (node.has(k)) {
        if (kindKey != null) {
          throw new InvalidDataException(
              path, "exactly one of " + String.join(", ", OPERANDS), kindKey + " and " + k);
        }
        kindKey = k;
      }
    }
    if (kindKey == null) {
      throw new InvalidDataException(
          path,
          "a rule with one of and, or, not, attribute, score, daysSince, events, percentile",
          text(node));
    }
    Operand.Kind kind = Operand.Kind.ATTRIBUTE;
    for (Operand.Kind k : Operand.Kind.values()) {
      if (k.json.equals(kindKey)) {
        kind = k;
      }
    }
    JsonNode nameNode = node.get(kindKey);
    if (!nameNode.isTextual()) {
      throw new InvalidDataException(path + "." + kindKey, "a name (string)", text(nameNode));
    }
    @Nullable Period window = null;
    if (kind == Operand.Kind.EVENTS) {
      JsonNode w = node.get("window");
      if (w == null || !w.isTextual()) {
        throw new InvalidDataException(
            path + ".window", "an ISO-8601 period such as \"P90D\"", text(w));
      }
      try {
        window = Period.parse(w.asText());
      } catch (DateTimeParseException e) {
        throw new InvalidDataException(
            path + ".window", "an ISO-8601 period such as \"P90D\"", text(w));
      }
    }
    JsonNode opNode = node.get("op");
    if (opNode == null || !opNode.isTextual()) {
      throw new InvalidDataException(
          path + ".op",
          "one of eq, ne, lt, le, gt, ge, between, in, notIn, exists, missing",
          text(opNode));
    }
    Op op;
    try {
      op = Op.parse(opNode.asText());
    } catch (IllegalArgumentException e) {
      throw new InvalidDataException(
          path + ".op",
          "one of eq, ne, lt, le, gt, ge, between, in, notIn, exists, missing",
          text(opNode));
    }
    List<Literal> values = new ArrayList<>();
    List<String> allowed;
    if (op.arity == 0) {
      allowed = List.of(kindKey, "op", "window");
    } else if (op.arity == 1) {
      allowed = List.of(kindKey, "op", "window", "value");
      JsonNode v = node.get("value");
      if (v == null) {
        throw new InvalidDataException(path + ".value", "a value for op " + op.json, "nothing");
      }
      values.add(literal(v, path + ".value"));
    } else {
      allowed = List.of(kindKey, "op", "window", "values");
      JsonNode arr = node.get("values");
      if (arr == null || !arr.isArray()) {
        throw new InvalidDataException(
            path + ".values",
            op == Op.BETWEEN ? "an array [min, max]" : "a non-empty array of values",
            text(arr));
      }
      for (int i = 0; i < arr.size(); i++) {
        values.add(literal(arr.get(i), path + ".values[" + i + "]"));
      }
    }
    if (kind != Operand.Kind.EVENTS && node.has("window")) {
      throw new InvalidDataException(path + ".window", "used with events only", text(node));
    }
    only(node, path, allowed);
    try {
      return new Condition(new Operand(kind, nameNode.asText(), window), op, values);
    } catch (InvalidDataException e) {
      throw new InvalidDataException(path, e.rule(), e.value(), path + ": " + e.getMessage());
    }
  }

  private static Literal literal(JsonNode v, String path) {
    if (v.isNumber()) {
      double d = v.asDouble();
      if (!Double.isFinite(d)) {
        throw new InvalidDataException(path, "a finite number", v.toString());
      }
      return Literal.number(d);
    }
    if (v.isTextual()) {
      return Literal.string(v.asText());
    }
    if (v.isBoolean()) {
      return Literal.bool(v.asBoolean());
    }
    if (v.isObject() && v.size() == 1 && v.has("date") && v.get("date").isTextual()) {
      try {
        return Literal.date(LocalDate.parse(v.get("date").asText()));
      } catch (DateTimeParseException e) {
        throw new InvalidDataException(path + ".date", "an ISO date like 2024-01-31", text(v));
      }
    }
    throw new InvalidDataException(
        path, "a number, a string, a boolean or {\"date\":\"YYYY-MM-DD\"}", text(v));
  }

  private static void only(JsonNode node, String path, List<String> allowed) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String n = names.next();
      if (!allowed.contains(n)) {
        throw new InvalidDataException(
            path + "." + n,
            "absent here (allowed: " + String.join(", ", allowed) + ")",
            text(node));
      }
    }
  }

  private static String text(@Nullable JsonNode n) {
    return n == null ? "nothing" : n.toString();
  }
}
