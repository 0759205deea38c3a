package org.osicam.core.interact;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.osicam.core.InvalidDataException;
import org.osicam.core.event.EventType;
import org.osicam.core.model.Channel;
import org.osicam.core.model.Purpose;
import org.osicam.core.model.ScoreKey;
import org.osicam.core.segment.Rule;
import org.osicam.core.segment.Schema;

/** The JSON form of a policy (the {@code actions.json} of {@code osicam plan}). */
final class PolicyJson {
  private PolicyJson() {}

  private static final ObjectMapper MAPPER = JsonMapper.builder().build();
  private static final Set<String> TOP =
      Set.of(
          "actions",
          "pressure",
          "quietHours",
          "capacity",
          "conflictWindow",
          "holdoutShare",
          "triggers",
          "triggerCooldown",
          "plans");
  private static final Set<String> ACTION =
      Set.of(
          "id",
          "channel",
          "channels",
          "purpose",
          "segments",
          "eligibility",
          "value",
          "cost",
          "conflictGroup",
          "controlShare",
          "description");
  private static final Set<String> CAP = Set.of("channel", "purpose", "max", "window");
  private static final Set<String> TRIGGER = Set.of("id", "event", "labels", "action", "window");

  static InteractionPolicy.Builder read(
      String json,
      InteractionPolicy.Builder b,
      @Nullable Schema schema,
      Map<ScoreKey, double[]> references) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new InvalidDataException(
          "policy",
          "valid JSON",
          "an error at line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + " ("
              + e.getOriginalMessage()
              + ")");
    }
    if (root == null || !root.isObject()) {
      throw new InvalidDataException(
          "policy", "a JSON object", root == null ? "nothing" : root.toString());
    }
    only(root, TOP, "policy");
    JsonNode actions = root.get("actions");
    if (actions == null || !actions.isArray()) {
      throw new InvalidDataException("actions", "an array of actions", text(actions));
    }
    for (int i = 0; i < actions.size(); i++) {
      b.action(action(actions.get(i), i, schema, references));
    }
    JsonNode pressure = root.get("pressure");
    if (pressure != null) {
      array(pressure, "pressure");
      for (int i = 0; i < pressure.size(); i++) {
        b.pressure(cap(pressure.get(i), "pressure[" + i + "]"));
      }
    }
    JsonNode quiet = root.get("quietHours");
    if (quiet != null && !quiet.isNull()) {
      object(quiet, "quietHours");
      only(quiet, Set.of("from", "to"), "quietHours");
      b.quietHours(
          new QuietHours(
              time(quiet.get("from"), "quietHours.from"), time(quiet.get("to"), "quietHours.to")));
    }
    JsonNode capacity = root.get("capacity");
    if (capacity != null) {
      object(capacity, "capacity");
      for (Iterator<Map.Entry<String, JsonNode>> it = capacity.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        Channel ch = channel(e.getKey(), "capacity." + e.getKey());
        b.capacity(ch, integer(e.getValue(), "capacity." + e.getKey(), 0));
      }
    }
    if (root.has("conflictWindow")) {
      b.conflictWindow(duration(root.get("conflictWindow"), "conflictWindow"));
    }
    if (root.has("holdoutShare")) {
      b.holdoutShare(number(root.get("holdoutShare"), "holdoutShare"));
    }
    if (root.has("triggerCooldown")) {
      b.triggerCooldown(duration(root.get("triggerCooldown"), "triggerCooldown"));
    }
    JsonNode plans = root.get("plans");
    if (plans != null) {
      object(plans, "plans");
      for (Iterator<Map.Entry<String, JsonNode>> it = plans.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String at = "plans[" + e.getKey() + "]";
        array(e.getValue(), at);
        List<String> ids = new ArrayList<>();
        for (JsonNode a : e.getValue()) {
          ids.add(textOf(a, at));
        }
        b.plan(e.getKey(), ids.toArray(new String[0]));
      }
    }
    JsonNode triggers = root.get("triggers");
    if (triggers != null) {
      array(triggers, "triggers");
      for (int i = 0; i < triggers.size(); i++) {
        b.trigger(trigger(triggers.get(i), "triggers[" + i + "]"));
      }
    }
    return b;
  }

  private static Action action(
      JsonNode n, int index, @Nullable Schema schema, Map<ScoreKey, double[]> references) {
    String at = "actions[" + index + "]";
    object(n, at);
    JsonNode idNode = n.get("id");
    if (idNode == null || !idNode.isTextual() || idNode.asText().isBlank()) {
      throw new InvalidDataException(at + ".id", "a non-blank text", text(idNode));
    }
    String id = idNode.asText();
    String f = "action[" + id + "]";
    only(n, ACTION, f);
    List<Channel> channels = new ArrayList<>();
    if (n.has("channel")) {
      channels.add(channel(textOf(n.get("channel"), f + ".channel"), f + ".channel"));
    }
    if (n.has("channels")) {
      array(n.get("channels"), f + ".channels");
      for (JsonNode c : n.get("channels")) {
        channels.add(channel(textOf(c, f + ".channels"), f + ".channels"));
      }
    }
    if (channels.isEmpty()) {
      throw new InvalidDataException(f + ".channel", "one of " + channelNames(), "missing");
    }
    Purpose purpose = purpose(n, f);
    Set<String> segments = new TreeSet<>();
    if (n.has("segments")) {
      array(n.get("segments"), f + ".segments");
      for (JsonNode s : n.get("segments")) {
        segments.add(textOf(s, f + ".segments"));
      }
    }
    Eligibility eligibility = null;
    if (n.has("eligibility") && !n.get("eligibility").isNull()) {
      String field = f + ".eligibility";
      if (schema == null) {
        throw new InvalidDataException(
            field,
            "read with a schema (InteractionPolicy.fromJson(json, schema))",
            "a rule without one");
      }
      Rule rule;
      try {
        rule = Rule.fromJson(n.get("eligibility").toString());
      } catch (InvalidDataException e) {
        String path = e.field().startsWith("$") ? e.field().substring(1) : " " + e.field();
        throw new InvalidDataException(field + path, e.rule(), e.value());
      }
      eligibility = new SegmentRuleEligibility(rule, schema, references, field);
    }
    ExpectedValue value =
        n.has("value") ? value(n.get("value"), f + ".value") : ExpectedValue.constant(0);
    double cost = n.has("cost") ? number(n.get("cost"), f + ".cost") : 0;
    String group =
        n.has("conflictGroup") ? textOf(n.get("conflictGroup"), f + ".conflictGroup") : null;
    double control = n.has("controlShare") ? number(n.get("controlShare"), f + ".controlShare") : 0;
    return new Action(id, channels, purpose, segments, eligibility, value, cost, group, control);
  }

  private static ExpectedValue value(JsonNode n, String at) {
    if (n.isNumber()) {
      return ExpectedValue.constant(number(n, at));
    }
    if (n.isTextual()) {
      return ExpectedValue.attribute(n.asText());
    }
    if (n.isObject() && n.size() == 1 && n.has("score")) {
      String key = textOf(n.get("score"), at + ".score");
      try {
        return ExpectedValue.score(ScoreKey.of(key));
      } catch (InvalidDataException e) {
        throw new InvalidDataException(at + ".score", "a score key", "\"" + key + "\"");
      }
    }
    if (n.isArray() && !n.isEmpty()) {
      List<ExpectedValue> factors = new ArrayList<>();
      for (int i = 0; i < n.size(); i++) {
        factors.add(value(n.get(i), at + "[" + i + "]"));
      }
      return ExpectedValue.product(factors.toArray(new ExpectedValue[0]));
    }
    throw new InvalidDataException(
        at,
        "a number, an attribute name, {\"score\":key} or an array of those to multiply",
        text(n));
  }

  private static Purpose purpose(JsonNode n, String at) {
    if (!n.has("purpose")) {
      return Purpose.MARKETING;
    }
    String p = textOf(n.get("purpose"), at + ".purpose");
    try {
      return Purpose.parse(p);
    } catch (InvalidDataException e) {
      throw new InvalidDataException(at + ".purpose", "marketing or service", "\"" + p + "\"");
    }
  }

  private static PressureCap cap(JsonNode n, String at) {
    object(n, at);
    only(n, CAP, at);
    String ch = n.has("channel") ? textOf(n.get("channel"), at + ".channel") : "*";
    Channel channel = ch.equals("*") ? null : channel(ch, at + ".channel");
    Purpose purpose = purpose(n, at);
    int max = integer(n.get("max"), at + ".max", 0);
    Duration window = duration(n.get("window"), at + ".window");
    return new PressureCap(channel, purpose, max, window);
  }

  private static EventTrigger trigger(JsonNode n, String at) {
    object(n, at);
    only(n, TRIGGER, at);
    String id = textOf(n.get("id"), at + ".id");
    String f = "trigger[" + id + "]";
    String type = textOf(n.get("event"), f + ".event");
    EventType eventType = null;
    for (EventType t : EventType.values()) {
      if (t.name().equalsIgnoreCase(type.replace('-', '_'))) {
        eventType = t;
      }
    }
    if (eventType == null) {
      List<String> names = new ArrayList<>();
      for (EventType t : EventType.values()) {
        names.add(t.name().toLowerCase(Locale.ROOT));
      }
      throw new InvalidDataException(
          f + ".event", "one of " + String.join(", ", names), "\"" + type + "\"");
    }
    Map<String, String> labels = new LinkedHashMap<>();
    if (n.has("labels")) {
      object(n.get("labels"), f + ".labels");
      n.get("labels")
          .fields()
          .forEachRemaining(
              e -> labels.put(e.getKey(), textOf(e.getValue(), f + ".labels." + e.getKey())));
    }
    return new EventTrigger(
        id,
        eventType,
        labels,
        textOf(n.get("action"), f + ".action"),
        duration(n.get("window"), f + ".window"));
  }

  /**
   * Parses an ISO-8601 duration in days, hours, minutes or seconds ({@code P7D}, {@code PT12H},
   * {@code P1DT6H}); weeks ({@code P2W}) are read as 7 days each. Months and years are rejected:
   * their length varies.
   */
  static Duration duration(@Nullable JsonNode n, String at) {
    String s = textOf(n, at);
    return duration(s, at);
  }

  static Duration duration(String s, String at) {
    String t = s.strip().toUpperCase(Locale.ROOT);
    Duration d;
    try {
      if (t.matches("P\\d+W")) {
        d = Duration.ofDays(7L * Long.parseLong(t.substring(1, t.length() - 1)));
      } else {
        d = Duration.parse(t);
      }
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new InvalidDataException(
          at, "an ISO-8601 duration in weeks, days or hours such as P7D or PT12H", "\"" + s + "\"");
    }
    if (d.isNegative() || d.isZero()) {
      throw new InvalidDataException(at, "a positive duration", "\"" + s + "\"");
    }
    return d;
  }

  private static LocalTime time(@Nullable JsonNode n, String at) {
    String s = textOf(n, at);
    try {
      return LocalTime.parse(s);
    } catch (DateTimeParseException e) {
      throw new InvalidDataException(at, "a time such as 21:00", "\"" + s + "\"");
    }
  }

  private static Channel channel(String s, String at) {
    try {
      return Channel.parse(s);
    } catch (InvalidDataException e) {
      throw new InvalidDataException(at, "one of " + channelNames(), "\"" + s + "\"");
    }
  }

  private static String channelNames() {
    List<String> names = new ArrayList<>();
    for (Channel c : Channel.values()) {
      names.add(c.key());
    }
    return String.join(", ", names);
  }

  private static double number(@Nullable JsonNode n, String at) {
    if (n == null || !n.isNumber() || !Double.isFinite(n.asDouble())) {
      throw new InvalidDataException(at, "a finite number", text(n));
    }
    return n.asDouble();
  }

  private static int integer(@Nullable JsonNode n, String at, int min) {
    if (n == null || !n.isIntegralNumber() || !n.canConvertToInt()) {
      throw new InvalidDataException(at, "a whole number", text(n));
    }
    if (n.asInt() < min) {
      throw new InvalidDataException(at, min + " or more", text(n));
    }
    return n.asInt();
  }

  private static String textOf(@Nullable JsonNode n, String at) {
    if (n == null || !n.isTextual()) {
      throw new InvalidDataException(at, "a text", text(n));
    }
    return n.asText();
  }

  private static void object(JsonNode n, String at) {
    if (!n.isObject()) {
      throw new InvalidDataException(at, "a JSON object", text(n));
    }
  }

  private static void array(JsonNode n, String at) {
    if (!n.isArray()) {
      throw new InvalidDataException(at, "a JSON array", text(n));
    }
  }

  private static void only(JsonNode n, Set<String> allowed, String at) {
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!allowed.contains(k)) {
        throw new InvalidDataException(
            at, "made of the fields " + new TreeSet<>(allowed), "unknown field \"" + k + "\"");
      }
    }
  }

  private static String text(@Nullable JsonNode n) {
    return n == null ? "missing" : n.toString();
  }
}
