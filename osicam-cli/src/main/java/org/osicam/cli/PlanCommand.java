package org.osicam.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.osicam.core.InvalidDataException;
import org.osicam.core.interact.CustomerState;
import org.osicam.core.interact.Decision;
import org.osicam.core.interact.InteractionPolicy;
import org.osicam.core.interact.Plan;
import org.osicam.core.interact.RefusalRule;
import org.osicam.core.model.Channel;
import org.osicam.core.model.Consent;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.Direction;
import org.osicam.core.model.Interaction;
import org.osicam.core.model.InteractionStatus;
import org.osicam.core.model.Purpose;
import org.osicam.core.model.ScoreKey;
import org.osicam.core.segment.AttributeType;
import org.osicam.core.segment.Profile;
import org.osicam.core.segment.Schema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code osicam plan}: decides who gets which action (batch campaign planning). */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = {
      "Decides who gets which action: eligibility, consent, contact pressure, quiet hours,"
          + " conflicts, arbitration by expected value net of cost, channel capacities and sticky"
          + " seeded control groups.",
      "decisions.csv: customer_id,action_id,channel,control,expected_value,reason,refused",
      "stdout JSON: {\"customers\":..,\"contacts\":..,\"control\":..,\"refused\":{\"consent\":..,"
          + "\"pressure\":..,\"quietHours\":..,\"capacity\":..,\"conflict\":..,\"eligibility\":..}}"
    })
final class PlanCommand implements Callable<Integer> {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  static final List<String> CUSTOMER_ROLES = List.of("customer_id");
  static final List<String> CUSTOMER_OPTIONAL = List.of("segment", "time_zone");
  static final List<String> HISTORY_ROLES =
      List.of("customer_id", "action_id", "channel", "purpose", "timestamp", "status");
  static final List<String> CONSENT_ROLES =
      List.of("customer_id", "purpose", "channel", "granted", "timestamp");
  static final List<String> CONSENT_OPTIONAL = List.of("expires");

  @Option(names = "--customers", required = true, description = "customers CSV (- for stdin)")
  String customers;

  @Option(names = "--actions", required = true, description = "actions.json: catalogue and rules")
  Path actions;

  @Option(names = "--history", description = "interactions CSV (delivered contacts count)")
  @Nullable String history;

  @Option(names = "--consents", description = "consents CSV (latest row per purpose and channel)")
  @Nullable String consents;

  @Option(
      names = "--as-of",
      required = true,
      description = "planning time, e.g. 2024-05-01T10:00:00Z")
  String asOf;

  @Option(names = "--seed", defaultValue = "42", description = "control-group seed (default 42)")
  long seed;

  @Option(names = "--output", required = true, description = "decisions CSV to write")
  Path output;

  @Option(
      names = "--columns",
      description = "role=column mapping for the customers file (customer_id, segment, time_zone)")
  @Nullable String columns;

  @Option(
      names = "--history-columns",
      description =
          "role=column mapping for the --history file (customer_id, action_id, channel, purpose,"
              + " timestamp, status)")
  @Nullable String historyColumns;

  @Option(
      names = "--consent-columns",
      description =
          "role=column mapping for the --consents file (customer_id, purpose, channel, granted,"
              + " timestamp, expires)")
  @Nullable String consentColumns;

  @Override
  public Integer call() throws IOException {
    Instant at = instant(asOf, "--as-of");
    Output.checkWritable(output, "--output");
    // customers: roles, then every other column as a typed attribute
    Map<String, CustomerState.Builder> byId = new LinkedHashMap<>();
    Map<String, String[]> raw = new LinkedHashMap<>();
    Set<String> segments = new TreeSet<>();
    List<String> extra = new ArrayList<>();
    boolean[] hasSegment = {false};
    try (CsvInput in =
        CsvInput.open(
            customers, CsvInput.parseMapping(columns), CUSTOMER_ROLES, CUSTOMER_OPTIONAL)) {
      Set<String> roleColumns = new LinkedHashSet<>();
      for (String role : List.of("customer_id", "segment", "time_zone")) {
        String col = CsvInput.parseMapping(columns).getOrDefault(role, role);
        if (in.has(role)) {
          roleColumns.add(col.toLowerCase(Locale.ROOT));
        }
      }
      for (String h : in.header()) {
        if (!roleColumns.contains(h.toLowerCase(Locale.ROOT)) && !h.isEmpty()) {
          extra.add(h);
        }
      }
      hasSegment[0] = in.has("segment");
      in.forEach(
          row -> {
            String id = row.text("customer_id");
            CustomerState.Builder b = CustomerState.builder(CustomerId.of(id));
            if (byId.putIfAbsent(id, b) != null) {
              throw row.error("customer_id", id, "a customer id not seen before in the file");
            }
            row.optional("segment")
                .ifPresent(
                    s -> {
                      b.segment(s);
                      segments.add(s);
                    });
            row.optional("time_zone")
                .ifPresent(
                    z -> {
                      try {
                        b.timeZone(ZoneId.of(z));
                      } catch (DateTimeException e) {
                        throw row.error("time_zone", z, "an IANA time zone such as Europe/Paris");
                      }
                    });
            String[] values = new String[extra.size()];
            for (int k = 0; k < values.length; k++) {
              values[k] = row.column(extra.get(k)).orElse(null);
            }
            raw.put(id, values);
          });
    }
    Attributes attributes = Attributes.of(extra, raw, hasSegment[0]);
    raw.forEach((id, values) -> attributes.apply(values, Objects.requireNonNull(byId.get(id))));
    // policy
    InteractionPolicy policy = policy(segments, attributes, hasSegment[0], byId.isEmpty());
    int[] ignored = {0};
    if (consents != null) {
      try (CsvInput in =
          CsvInput.open(
              consents,
              CsvInput.parseMapping(consentColumns),
              "--consent-columns",
              CONSENT_ROLES,
              CONSENT_OPTIONAL)) {
        in.forEach(
            row -> {
              String id = row.text("customer_id");
              Purpose purpose = parse(row, "purpose", Purpose::parse, "marketing or service");
              Channel channel = parse(row, "channel", Channel::parse, channels());
              String g = row.text("granted");
              Boolean granted = bool(g);
              if (granted == null) {
                throw row.error("granted", g, "true or false");
              }
              Instant ts = instant(row, "timestamp");
              Instant expires =
                  row.optional("expires").isPresent() ? instant(row, "expires") : null;
              if (expires != null && !expires.isAfter(ts)) {
                throw row.error("expires", row.text("expires"), "a time after the timestamp");
              }
              CustomerState.Builder b = byId.get(id);
              if (b == null) {
                ignored[0]++;
                return;
              }
              b.consent(new Consent(CustomerId.of(id), purpose, channel, granted, ts, expires));
            });
      }
    }
    if (history != null) {
      try (CsvInput in =
          CsvInput.open(
              history,
              CsvInput.parseMapping(historyColumns),
              "--history-columns",
              HISTORY_ROLES,
              List.of())) {
        in.forEach(
            row -> {
              String id = row.text("customer_id");
              Channel channel = parse(row, "channel", Channel::parse, channels());
              Purpose purpose = parse(row, "purpose", Purpose::parse, "marketing or service");
              InteractionStatus status =
                  parse(row, "status", InteractionStatus::parse, "an interaction status");
              Instant ts = instant(row, "timestamp");
              String action = row.optional("action_id").orElse(null);
              CustomerState.Builder b = byId.get(id);
              if (b == null) {
                ignored[0]++;
                return;
              }
              b.interaction(
                  new Interaction(
                      "line-" + row.line(),
                      CustomerId.of(id),
                      channel,
                      purpose,
                      Direction.OUTBOUND,
                      action,
                      null,
                      false,
                      ts,
                      status,
                      null));
            });
      }
    }
    if (ignored[0] > 0) {
      System.err.println(
          "osicam plan: " + ignored[0] + " history or consent rows of unknown customers ignored");
    }
    List<CustomerState> states = new ArrayList<>(byId.size());
    byId.values().forEach(b -> states.add(b.build()));
    Plan plan = policy.planner().plan(states, at);
    Output.atomically(
        output,
        w -> {
          w.write("customer_id,action_id,channel,control,expected_value,reason,refused\n");
          StringBuilder sb = new StringBuilder(256);
          for (Decision d : plan.decisions()) {
            sb.setLength(0);
            sb.append(Output.csv(d.customerId().value()))
                .append(',')
                .append(Output.csv(d.actionId().orElse("")))
                .append(',')
                .append(d.channel().map(Channel::key).orElse(""))
                .append(',')
                .append(d.control())
                .append(',')
                .append(d.netValue().isPresent() ? Output.number(d.netValue().getAsDouble()) : "")
                .append(',')
                .append(Output.csv(d.reason()))
                .append(',')
                .append(Output.csv(String.join(";", d.refusedPairs())))
                .append('\n');
            w.write(sb.toString());
          }
        });
    Map<String, Object> refused = new LinkedHashMap<>();
    refused.put("consent", plan.refused().get(RefusalRule.CONSENT));
    refused.put("pressure", plan.refused().get(RefusalRule.PRESSURE));
    refused.put("quietHours", plan.refused().get(RefusalRule.QUIET_HOURS));
    refused.put("capacity", plan.refused().get(RefusalRule.CAPACITY));
    refused.put("conflict", plan.refused().get(RefusalRule.CONFLICT));
    refused.put("eligibility", plan.refused().get(RefusalRule.ELIGIBILITY));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("customers", plan.size());
    out.put("contacts", plan.contacts());
    out.put("control", plan.controls());
    out.put("refused", refused);
    Output.json(System.out, out);
    System.err.println(
        "osicam plan: "
            + plan.size()
            + " customers, "
            + plan.contacts()
            + " contacts, "
            + plan.controls()
            + " control -> "
            + output);
    return Main.OK;
  }

  private InteractionPolicy policy(
      Set<String> segments, Attributes attributes, boolean hasSegment, boolean noCustomers) {
    String json;
    try {
      json = Files.readString(actions, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new BadInputException(actions + ": no such file");
    } catch (IOException e) {
      throw new BadInputException(actions + ": cannot read (" + e.getMessage() + ")");
    }
    try {
      InteractionPolicy.Builder b =
          InteractionPolicy.fromJson(json, attributes.schema, attributes.references)
              .seed(seed)
              .knownNames(attributes.names);
      // with no customer there is nothing to check segment names against: plan nobody
      if (hasSegment && !noCustomers) {
        b.knownSegments(segments);
      } else if (!hasSegment) {
        b.knownSegments(Set.of());
      }
      return b.build();
    } catch (InvalidDataException e) {
      String hint =
          e.field().endsWith(".segments") && !hasSegment
              ? " (the customers file has no segment column)"
              : "";
      throw new BadInputException(actions + lineOf(json, e.field()) + ": " + e.getMessage() + hint);
    }
  }

  /** ", line N" of the action or trigger a field belongs to, found by its id; empty if unknown. */
  static String lineOf(String json, String field) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("^(?:action|trigger)\\[(.+?)\\]").matcher(field);
    if (!m.find()) {
      return "";
    }
    java.util.regex.Matcher id =
        java.util.regex.Pattern.compile(
                "\"id\"\\s*:\\s*\"" + java.util.regex.Pattern.quote(m.group(1)) + "\"")
            .matcher(json);
    if (!id.find()) {
      return "";
    }
    long line = 1 + json.substring(0, id.start()).chars().filter(c -> c == '\n').count();
    return ", line " + line;
  }

  private interface Parser<T> {
    T parse(String text);
  }

  private static <T> T parse(CsvInput.Row row, String role, Parser<T> parser, String expected) {
    String v = row.text(role);
    try {
      return parser.parse(v);
    } catch (InvalidDataException e) {
      throw row.error(role, v, expected);
    }
  }

  private static String channels() {
    List<String> names = new ArrayList<>();
    for (Channel c : Channel.values()) {
      names.add(c.key());
    }
    return "one of " + String.join(", ", names);
  }

  private static @Nullable Boolean bool(String v) {
    switch (v.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1", "y":
        return Boolean.TRUE;
      case "false", "no", "0", "n":
        return Boolean.FALSE;
      default:
        return null;
    }
  }

  /**
   * The extra columns of the customers file, typed by their values (a column is a number, a boolean
   * or a date when every non-empty cell is one, text otherwise), with the schema that eligibility
   * rules are checked against: every column as an attribute, numeric columns whose names are score
   * keys also as scores (ranked within the file for percentiles), {@code segment}, and interaction
   * statuses as event types.
   */
  static final class Attributes {
    final List<String> columns;
    final AttributeType[] types;
    final Set<String> names = new TreeSet<>();
    final Schema schema;
    final Map<ScoreKey, double[]> references = new TreeMap<>();

    private Attributes(List<String> columns, AttributeType[] types, Schema schema) {
      this.columns = columns;
      this.types = types;
      this.schema = schema;
    }

    static Attributes of(List<String> columns, Map<String, String[]> raw, boolean hasSegment) {
      AttributeType[] types = new AttributeType[columns.size()];
      for (int k = 0; k < types.length; k++) {
        AttributeType type = null;
        for (String[] values : raw.values()) {
          Object v = Profile.parseValue(values[k]);
          if (v == null) {
            continue;
          }
          AttributeType t = typeOf(v);
          if (type == null) {
            type = t;
          } else if (type != t) {
            type = AttributeType.STRING;
            break;
          }
        }
        types[k] = type == null ? AttributeType.STRING : type;
      }
      Schema.Builder sb = Schema.builder();
      List<ScoreKey> scores = new ArrayList<>();
      for (int k = 0; k < types.length; k++) {
        sb.attribute(columns.get(k), types[k]);
        if (types[k] == AttributeType.NUMBER && columns.get(k).matches("[a-z0-9][a-z0-9._-]*")) {
          ScoreKey key = ScoreKey.of(columns.get(k));
          sb.score(key);
          scores.add(key);
        }
      }
      if (hasSegment && !columns.contains("segment")) {
        sb.attribute("segment", AttributeType.STRING);
      }
      for (InteractionStatus s : InteractionStatus.values()) {
        sb.event(s.key());
      }
      Attributes a = new Attributes(columns, types, sb.build());
      a.names.addAll(columns);
      for (ScoreKey key : scores) {
        int k = columns.indexOf(key.name());
        double[] values =
            raw.values().stream()
                .map(v -> Profile.parseValue(v[k]))
                .filter(v -> v instanceof Double)
                .mapToDouble(v -> (Double) v)
                .toArray();
        if (values.length > 0) {
          a.references.put(key, values);
        }
      }
      return a;
    }

    private static AttributeType typeOf(Object v) {
      if (v instanceof Double) {
        return AttributeType.NUMBER;
      }
      if (v instanceof Boolean) {
        return AttributeType.BOOLEAN;
      }
      if (v instanceof LocalDate) {
        return AttributeType.DATE;
      }
      return AttributeType.STRING;
    }

    void apply(String[] values, CustomerState.Builder b) {
      for (int k = 0; k < values.length; k++) {
        String text = values[k];
        if (text == null) {
          continue;
        }
        Object v = types[k] == AttributeType.STRING ? text : Profile.parseValue(text);
        if (v != null) {
          b.attribute(columns.get(k), v);
        }
      }
    }
  }

  private static Instant instant(CsvInput.Row row, String role) {
    String v = row.text(role);
    Instant i = parseInstant(v);
    if (i == null) {
      throw row.error(role, v, "an ISO instant such as 2024-05-01T10:00:00Z, or a date");
    }
    return i;
  }

  private Instant instant(String v, String option) {
    Instant i = parseInstant(v);
    if (i == null) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          option + ": expected an ISO instant such as 2024-05-01T10:00:00Z, was '" + v + "'");
    }
    return i;
  }

  static @Nullable Instant parseInstant(String v) {
    try {
      return Instant.parse(v);
    } catch (DateTimeException e) {
      // try the other forms
    }
    try {
      return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      // try a date
    }
    try {
      return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeException e) {
      return null;
    }
  }
}
