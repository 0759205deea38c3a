package org.osicam.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.osicam.core.InvalidDataException;
import org.osicam.core.consolidation.AttributeComparison;
import org.osicam.core.consolidation.BlockingKey;
import org.osicam.core.consolidation.BlockingRule;
import org.osicam.core.consolidation.Consolidation;
import org.osicam.core.consolidation.ConsolidationConfig;
import org.osicam.core.consolidation.ConsolidationStats;
import org.osicam.core.consolidation.Consolidator;
import org.osicam.core.consolidation.Explanation;
import org.osicam.core.consolidation.SurvivorshipRule;
import org.osicam.core.model.Customer;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.SourceKey;
import org.osicam.core.model.SourceRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code osicam consolidate}: one golden customer per person. */
@Command(
    name = "consolidate",
    mixinStandardHelpOptions = true,
    description = {
      "Consolidates person records from one or more files into golden customers.",
      "Roles (all optional but record_id): record_id, source, given_name, family_name, full_name,"
          + " email, phone, birth_date, street_number, street, postcode, city, country,"
          + " national_id, updated_at.",
      "stdout JSON: {\"records\":..,\"customers\":..,\"candidatePairs\":..,\"matchedPairs\":..}"
    })
final class ConsolidateCommand implements java.util.concurrent.Callable<Integer> {
  static final List<String> DATA_ROLES =
      List.of(
          "given_name",
          "family_name",
          "full_name",
          "email",
          "phone",
          "birth_date",
          "street_number",
          "street",
          "postcode",
          "city",
          "country",
          "national_id");

  @Option(
      names = "--input",
      required = true,
      description = "CSV file with a header row, or - for stdin; repeat for several files")
  List<String> inputs;

  @Option(names = "--columns", description = "role=column[,role=column...]")
  @Nullable String columns;

  @Option(names = "--config", description = "consolidation.json (see docs/organise.md)")
  @Nullable Path config;

  @Option(names = "--links", required = true, description = "output: record_id,customer_id")
  Path links;

  @Option(names = "--golden", description = "output: customer_id and one column per role")
  @Nullable Path golden;

  @Option(names = "--explain", description = "output: one row per compared pair with weights")
  @Nullable Path explain;

  @Override
  public Integer call() throws IOException {
    Output.checkWritable(links, "--links");
    if (golden != null) {
      Output.checkWritable(golden, "--golden");
    }
    if (explain != null) {
      Output.checkWritable(explain, "--explain");
    }
    ConsolidationConfig cfg = config == null ? ConsolidationConfig.defaults() : readConfig(config);
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      Consolidator consolidator =
          Consolidator.builder().config(cfg).executor(pool).progress(this::progress).build();
      List<SourceRecord> records = new ArrayList<>();
      Map<SourceKey, String> recordIds = new LinkedHashMap<>();
      read(consolidator, records, recordIds);
      Consolidation result = consolidator.consolidate(records);
      write(result, recordIds);
      ConsolidationStats s = result.stats();
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("records", s.records());
      out.put("customers", s.customers());
      out.put("candidatePairs", s.candidatePairs());
      out.put("matchedPairs", s.matchedPairs());
      out.put("reviewPairs", s.reviewPairs());
      out.put("skippedBlocks", s.skippedBlocks());
      out.put("refusedMerges", s.refusedMerges());
      Output.json(System.out, out);
      return Main.OK;
    } finally {
      pool.shutdownNow();
    }
  }

  private long lastProgress;

  private void progress(String stage, long done, long total) {
    if (total >= 100_000 || System.nanoTime() - lastProgress > 2_000_000_000L && total > 10_000) {
      lastProgress = System.nanoTime();
      System.err.printf(Locale.ROOT, "consolidate: %s %d/%d%n", stage, done, total);
    }
  }

  private void read(
      Consolidator consolidator, List<SourceRecord> records, Map<SourceKey, String> recordIds) {
    Map<String, String> mapping = CsvInput.parseMapping(columns);
    List<String> optional = new ArrayList<>(DATA_ROLES);
    optional.add("source");
    optional.add("updated_at");
    Map<String, String> seen = new HashMap<>();
    for (String file : inputs) {
      String defaultSource = sourceName(file);
      try (CsvInput in = CsvInput.open(file, mapping, List.of("record_id"), optional)) {
        in.forEach(
            row -> {
              String id = row.optional("record_id").orElse("");
              if (id.isEmpty()) {
                throw row.error("record_id", "", "a non-empty record id");
              }
              String where = file + " line " + row.line();
              String first = seen.putIfAbsent(id, where);
              if (first != null) {
                throw row.error(
                    "record_id", id, "a record id not seen before (first at " + first + ")");
              }
              Map<String, String> attributes = new HashMap<>();
              for (String role : DATA_ROLES) {
                row.optional(role).ifPresent(v -> attributes.put(role, v));
              }
              String source = row.optional("source").orElse(defaultSource);
              Instant updated = row.optional("updated_at").map(v -> instant(row, v)).orElse(null);
              SourceRecord r = new SourceRecord(new SourceKey(source, id), attributes, updated);
              try {
                consolidator.validate(r);
              } catch (InvalidDataException e) {
                String v = attributes.getOrDefault(e.field(), "");
                throw row.error(e.field(), v, "a date like 1980-04-03, 19800403 or 03/04/1980");
              }
              records.add(r);
              recordIds.put(r.key(), id);
            });
      }
    }
  }

  private static String sourceName(String file) {
    if ("-".equals(file)) {
      return "stdin";
    }
    Path name = Path.of(file).getFileName();
    String s = name == null ? file : name.toString();
    int dot = s.lastIndexOf('.');
    return dot > 0 ? s.substring(0, dot) : s;
  }

  private static Instant instant(CsvInput.Row row, String value) {
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      // try a date
    }
    for (DateTimeFormatter f :
        List.of(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.BASIC_ISO_DATE)) {
      try {
        return LocalDate.parse(value, f).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException e) {
        // next
      }
    }
    try {
      return java.time.LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw row.error(
          "updated_at", value, "a timestamp like 2024-05-01T10:00:00Z or a date like 2024-05-01");
    }
  }

  private void write(Consolidation result, Map<SourceKey, String> recordIds) throws IOException {
    Map<SourceKey, CustomerId> map = result.links();
    Output.atomically(
        links,
        w -> {
          w.write("record_id,customer_id\n");
          for (Map.Entry<SourceKey, String> e : recordIds.entrySet()) {
            w.write(
                Output.csv(e.getValue())
                    + ","
                    + Output.csv(Objects.requireNonNull(map.get(e.getKey())).value())
                    + "\n");
          }
        });
    if (golden != null) {
      Output.atomically(
          golden,
          w -> {
            w.write("customer_id," + String.join(",", DATA_ROLES) + "\n");
            for (Customer c : result.customers()) {
              StringBuilder line = new StringBuilder(Output.csv(c.id().value()));
              for (String role : DATA_ROLES) {
                line.append(',').append(Output.csv(c.attributes().getOrDefault(role, "")));
              }
              w.write(line.append('\n').toString());
            }
          });
    }
    if (explain != null) {
      Output.atomically(explain, w -> writeExplain(w, result, recordIds));
    }
  }

  private static void writeExplain(Writer w, Consolidation result, Map<SourceKey, String> ids)
      throws IOException {
    List<String> attributes = new ArrayList<>();
    result
        .model()
        .levels()
        .forEach(
            l -> {
              if (!attributes.contains(l.attribute())) {
                attributes.add(l.attribute());
              }
            });
    StringBuilder header = new StringBuilder("record_id_1,record_id_2,prior_weight");
    for (String a : attributes) {
      header.append(',').append(a).append("_level,").append(a).append("_weight");
    }
    header.append(",total_weight,probability,match\n");
    w.write(header.toString());
    double threshold = result.config().matchThreshold();
    IOException[] failure = new IOException[1];
    result.forEachComparedPair(
        (Explanation e) -> {
          if (failure[0] != null) {
            return;
          }
          StringBuilder line = new StringBuilder();
          line.append(Output.csv(Objects.requireNonNull(ids.get(e.left()))))
              .append(',')
              .append(Output.csv(Objects.requireNonNull(ids.get(e.right()))));
          line.append(',').append(Output.number(round(e.priorWeight())));
          Iterator<AttributeComparison> it = e.attributes().iterator();
          for (String a : attributes) {
            AttributeComparison c = it.next();
            line.append(',').append(Output.csv(c.levelName()));
            line.append(',').append(Output.number(round(c.weight())));
            if (!c.attribute().equals(a)) {
              throw new IllegalStateException("attribute order");
            }
          }
          line.append(',').append(Output.number(round(e.totalWeight())));
          line.append(',').append(Output.number(round(e.probability())));
          line.append(',').append(e.probability() >= threshold).append('\n');
          try {
            w.write(line.toString());
          } catch (IOException ex) {
            failure[0] = ex;
          }
        });
    if (failure[0] != null) {
      throw failure[0];
    }
  }

  private static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }

  /** Reads the JSON configuration; every field is optional and overrides the default. */
  static ConsolidationConfig readConfig(Path file) {
    JsonNode root;
    try {
      root = Output.JSON.readTree(Files.readString(file));
    } catch (IOException e) {
      throw new BadInputException(file + ": expected a JSON object (" + e.getMessage() + ")");
    }
    if (root == null || !root.isObject()) {
      throw new BadInputException(file + ": expected a JSON object");
    }
    ConsolidationConfig.Builder b = ConsolidationConfig.defaults().toBuilder();
    try {
      Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        JsonNode v = f.getValue();
        switch (f.getKey()) {
          case "defaultRegion" -> b.defaultRegion(v.asText());
          case "dateOrder" -> b.dateOrder(ConsolidationConfig.DateOrder.valueOf(upper(v)));
          case "phonetic" -> b.phonetic(ConsolidationConfig.Phonetic.valueOf(upper(v)));
          case "matchThreshold" -> b.matchThreshold(v.asDouble());
          case "reviewThreshold" -> b.reviewThreshold(v.asDouble());
          case "maxBlockSize" -> b.maxBlockSize(v.asInt());
          case "window" -> b.window(v.asInt());
          case "randomPairs" -> b.randomPairs(v.asInt());
          case "emIterations" -> b.emIterations(v.asInt());
          case "seed" -> b.seed(v.asLong());
          case "termFrequencies" -> b.termFrequencies(v.asBoolean());
          case "minimumSupport" -> b.minimumSupport(v.asDouble());
          case "customerIdPrefix" -> b.customerIdPrefix(v.asText());
          case "comparisons" -> b.comparisons(texts(v));
          case "conflictAttributes" -> b.conflictAttributes(texts(v));
          case "sourcePriority" -> {
            List<String> order = new ArrayList<>();
            v.forEach(x -> order.add(x.asText()));
            b.sourcePriority(order);
          }
          case "defaultSurvivorship" -> b.defaultSurvivorship(SurvivorshipRule.valueOf(upper(v)));
          case "survivorship" ->
              v.fields()
                  .forEachRemaining(
                      e ->
                          b.survivorship(
                              e.getKey(), SurvivorshipRule.valueOf(upper(e.getValue()))));
          case "blockingRules" -> {
            List<BlockingRule> rules = new ArrayList<>();
            for (JsonNode rule : v) {
              List<BlockingKey> keys = new ArrayList<>();
              for (JsonNode k : rule) {
                keys.add(BlockingKey.valueOf(upper(k)));
              }
              rules.add(new BlockingRule(keys));
            }
            b.blockingRules(rules);
          }
          default ->
              throw new BadInputException(
                  file + ": unknown option '" + f.getKey() + "' (see docs/organise.md)");
        }
      }
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new BadInputException(file + ": " + e.getMessage());
    }
  }

  private static String upper(JsonNode v) {
    return v.asText().toUpperCase(Locale.ROOT).replace('-', '_');
  }

  private static Set<String> texts(JsonNode v) {
    Set<String> out = new TreeSet<>();
    v.forEach(x -> out.add(x.asText()));
    return out;
  }
}
