package org.osicam.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.osicam.core.InvalidDataException;
import org.osicam.scoring.affinity.AssociationRules;
import org.osicam.scoring.affinity.Baskets;
import org.osicam.scoring.affinity.ItemHierarchy;
import org.osicam.scoring.affinity.Rule;
import org.osicam.scoring.affinity.RuleMiner;
import org.osicam.scoring.affinity.RuleSet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code osicam rules}: association rules for cross-sell (arules semantics). */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = {
      "Mines association rules with one item on the right-hand side (FP-Growth, arules semantics:"
          + " an itemset is frequent when count >= ceil(N x min-support); rules with an empty"
          + " left-hand side appear when --min-length is 1 and an item alone reaches the minimum"
          + " confidence).",
      "basket layout: one basket per line, items separated by commas, no header (a blank line"
          + " is an empty basket, an error).",
      "long layout: a header with roles basket_id,item (map them with --columns).",
      "Output CSV: antecedent,consequent,support,confidence,lift,count (itemsets as items joined"
          + " by |, sorted); with --all-measures also leverage,conviction.",
      "stdout JSON: {\"baskets\":..,\"items\":..,\"frequentItemsets\":..,\"rules\":..}"
    })
final class RulesCommand implements Callable<Integer> {

  /** The layout of the basket file. */
  enum Layout {
    BASKET,
    LONG;

    /** The name as written on the command line. */
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Reads {@code --layout} case-insensitively; the error names the values as documented. */
  static final class LayoutConverter implements CommandLine.ITypeConverter<Layout> {
    @Override
    public Layout convert(String value) {
      for (Layout l : Layout.values()) {
        if (l.name().equalsIgnoreCase(value.strip())) {
          return l;
        }
      }
      throw new CommandLine.TypeConversionException("expected basket or long, was '" + value + "'");
    }
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--input", required = true, description = "basket file, or - for stdin")
  String input;

  @Option(
      names = "--layout",
      required = true,
      converter = LayoutConverter.class,
      description = "basket (one basket per line, no header) or long (basket_id,item rows)")
  Layout layout;

  @Option(
      names = "--min-support",
      required = true,
      description = "minimum support, a share of baskets in (0, 1]")
  double minSupport;

  @Option(names = "--min-confidence", required = true, description = "minimum confidence in [0, 1]")
  double minConfidence;

  @Option(
      names = "--max-length",
      description = "maximum items in a rule, both sides (default: ${DEFAULT-VALUE})",
      defaultValue = "10")
  int maxLength;

  @Option(
      names = "--min-length",
      description =
          "minimum items in a rule, both sides; 2 drops {} => {y} (default: ${DEFAULT-VALUE})",
      defaultValue = "1")
  int minLength;

  @Option(names = "--columns", description = "role=column mapping for the long layout")
  String columns;

  @Option(names = "--all-measures", description = "also write leverage and conviction")
  boolean allMeasures;

  @Option(
      names = "--hierarchy",
      description =
          "CSV with a header and columns item,category: mine rules between categories (items"
              + " without a category keep their name)")
  String hierarchy;

  @Option(names = "--output", required = true, description = "rules CSV to write")
  Path output;

  @Override
  public Integer call() throws IOException {
    RuleMiner miner = miner();
    Output.checkWritable(output, "--output");
    Baskets baskets = layout == Layout.BASKET ? readBasketLayout() : readLongLayout();
    if (hierarchy != null) {
      baskets = baskets.aggregate(readHierarchy());
    }
    long start = System.nanoTime();
    RuleSet set = miner.mine(baskets);
    double seconds = (System.nanoTime() - start) / 1e9;
    Output.atomically(output, w -> write(w, set));
    System.err.printf(
        Locale.ROOT,
        "osicam rules: %d baskets, %d items, %d frequent itemsets (min count %d), %d rules in %.3f s%n",
        set.baskets(),
        set.items(),
        set.frequentItemsetCount(),
        set.minCount(),
        set.rules().size(),
        seconds);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("baskets", set.baskets());
    json.put("items", set.items());
    json.put("frequentItemsets", set.frequentItemsetCount());
    json.put("rules", set.rules().size());
    Output.json(System.out, json);
    return Main.OK;
  }

  private RuleMiner miner() {
    try {
      return AssociationRules.miner()
          .minSupport(minSupport)
          .minConfidence(minConfidence)
          .minLength(minLength)
          .maxLength(maxLength)
          .build();
    } catch (IllegalArgumentException e) {
      String message =
          String.valueOf(e.getMessage())
              .replace("minSupport", "--min-support")
              .replace("minConfidence", "--min-confidence")
              .replace("minLength", "--min-length")
              .replace("maxLength", "--max-length");
      throw new CommandLine.ParameterException(spec.commandLine(), message);
    }
  }

  private void write(Writer w, RuleSet set) throws IOException {
    w.write("antecedent,consequent,support,confidence,lift,count");
    w.write(allMeasures ? ",leverage,conviction\n" : "\n");
    StringBuilder line = new StringBuilder(128);
    for (Rule r : set.rules()) {
      line.setLength(0);
      line.append(Output.csv(String.join("|", r.antecedent())))
          .append(',')
          .append(Output.csv(r.consequent()))
          .append(',')
          .append(Output.number(r.support()))
          .append(',')
          .append(Output.number(r.confidence()))
          .append(',')
          .append(Output.number(r.lift()))
          .append(',')
          .append(r.count());
      if (allMeasures) {
        line.append(',')
            .append(Output.number(r.leverage()))
            .append(',')
            .append(Output.number(r.conviction()));
      }
      line.append('\n');
      w.write(line.toString());
    }
  }

  /** Words that name a column rather than an item, in a first line that looks like a header. */
  private static final Pattern HEADER_WORD =
      Pattern.compile(
          "(?i)id|tid|.*(basket|transaction|order|invoice|receipt|ticket|customer|member|client|item"
              + "|product|article|sku|date|descr|quantity|price|amount).*");

  private Baskets readBasketLayout() throws IOException {
    List<List<String>> rows = new ArrayList<>();
    List<Long> lineNumbers = new ArrayList<>();
    try (BufferedReader r = open()) {
      long lineNo = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        List<String> items = split(line, lineNo);
        rows.add(items);
        lineNumbers.add(lineNo);
      }
    }
    if (rows.isEmpty()) {
      throw new BadInputException(input, 1, null, null, "at least one basket, the file is empty");
    }
    checkNoHeader(rows);
    Baskets.Builder b = Baskets.builder();
    for (int i = 0; i < rows.size(); i++) {
      b.add(rows.get(i));
    }
    return b.build();
  }

  /**
   * A basket file has no header; a first line whose every field names a column (basket_id, item,
   * items, product...) and appears nowhere else in the file is almost surely one.
   */
  private void checkNoHeader(List<List<String>> rows) {
    if (rows.size() < 2) {
      return;
    }
    List<String> first = rows.get(0);
    for (String field : first) {
      if (!HEADER_WORD.matcher(field).matches()) {
        return;
      }
    }
    Set<String> firstSet = Set.copyOf(first);
    for (int i = 1; i < rows.size(); i++) {
      for (String item : rows.get(i)) {
        if (firstSet.contains(item)) {
          return;
        }
      }
    }
    throw new BadInputException(
        input,
        1,
        null,
        String.join(",", first),
        "a basket (the basket layout has no header row; remove it, or use --layout long"
            + " with columns basket_id,item)");
  }

  private BufferedReader open() {
    return new BufferedReader(TextInput.open(input), 1 << 16);
  }

  /** Splits one basket line (RFC 4180 quoting within the line; fields trimmed). */
  private List<String> split(String line, long lineNo) {
    List<String> items = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.toString().isBlank()) {
        quoted = true;
        wasQuoted = true;
        field.setLength(0);
      } else if (c == ',') {
        addItem(items, field, wasQuoted, lineNo);
        wasQuoted = false;
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new BadInputException(
          input, lineNo, "#" + (items.size() + 1), line, "a closing quote in the line");
    }
    addItem(items, field, wasQuoted, lineNo);
    if (items.size() == 1 && items.get(0).isEmpty()) {
      throw new BadInputException(
          input, lineNo, null, "", "a basket with at least one item (the line is empty)");
    }
    return items;
  }

  private void addItem(List<String> items, StringBuilder field, boolean quoted, long lineNo) {
    String item = quoted ? field.toString() : field.toString().strip();
    field.setLength(0);
    if (item.isEmpty() && !items.isEmpty()) {
      throw new BadInputException(
          input, lineNo, "#" + (items.size() + 1), "", "a non-empty item name");
    }
    items.add(item);
  }

  private ItemHierarchy readHierarchy() {
    Map<String, String> categories = new HashMap<>();
    try (CsvInput in = CsvInput.open(hierarchy, Map.of(), List.of("item", "category"), List.of())) {
      in.forEach(
          row -> {
            String item = row.text("item");
            String category = row.text("category");
            String before = categories.putIfAbsent(item, category);
            if (before != null && !before.equals(category)) {
              throw row.error(
                  "item", item, "one category per item (also mapped to '" + before + "')");
            }
          });
    }
    return ItemHierarchy.of(categories);
  }

  private Baskets readLongLayout() {
    Map<String, List<String>> byBasket = new LinkedHashMap<>();
    try (CsvInput in =
        CsvInput.open(
            input, CsvInput.parseMapping(columns), List.of("basket_id", "item"), List.of())) {
      in.forEach(
          row ->
              byBasket
                  .computeIfAbsent(row.text("basket_id"), k -> new ArrayList<>())
                  .add(row.text("item")));
    }
    if (byBasket.isEmpty()) {
      throw new BadInputException(input, 2, null, null, "at least one basket_id,item row");
    }
    Baskets.Builder b = Baskets.builder();
    for (List<String> items : byBasket.values()) {
      try {
        b.add(items);
      } catch (InvalidDataException e) {
        throw new BadInputException(input + ": " + e.getMessage());
      }
    }
    return b.build();
  }
}
