package org.osicam.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.osicam.core.InvalidDataException;
import org.osicam.metrics.Breakdown;
import org.osicam.metrics.Interval;
import org.osicam.metrics.MetricAccumulator;

/**
 * Reading and JSON shaping shared by the {@code nps}, {@code ces}, {@code csat}, {@code uplift}
 * commands.
 */
final class MetricsCli {
  private MetricsCli() {}

  /**
   * Reads every row into a breakdown by the {@code --by} column (or one group), then prints {@code
   * {"groups":{..},"overall":{..}}} or the overall object alone.
   */
  static <A extends MetricAccumulator<A, R>, R> void run(
      MetricsOptions options,
      List<String> required,
      List<String> optional,
      Supplier<A> factory,
      BiConsumer<CsvInput.Row, A> reader,
      Function<R, Map<String, Object>> toJson) {
    String input = options.input;
    String by = options.by;
    String columns = options.columns;
    Breakdown<String, A, R> groups = Breakdown.of(factory);
    try (CsvInput in = CsvInput.open(input, CsvInput.parseMapping(columns), required, optional)) {
      if (by != null && in.header().stream().noneMatch(h -> h.equalsIgnoreCase(by))) {
        throw new BadInputException(
            in.name(),
            1,
            by,
            null,
            "a column '" + by + "' for --by (header has: " + String.join(", ", in.header()) + ")");
      }
      in.forEach(
          row -> {
            String key = "";
            if (by != null) {
              key =
                  row.column(by)
                      .orElseThrow(
                          () ->
                              new BadInputException(
                                  in.name(), row.line(), by, "", "a non-empty value for --by"));
            }
            A acc = groups.group(key);
            reader.accept(row, acc);
          });
    }
    Map<String, Object> out = new LinkedHashMap<>();
    if (by == null) {
      out.putAll(toJson.apply(groups.overall()));
    } else {
      Map<String, Object> byGroup = new TreeMap<>();
      groups.snapshot().forEach((k, r) -> byGroup.put(k, toJson.apply(r)));
      out.put("groups", byGroup);
      out.put("overall", toJson.apply(groups.overall()));
    }
    Output.json(System.out, out);
  }

  /** {@link #run} for the survey commands: role {@code score}, optional {@code weight}. */
  static <A extends MetricAccumulator<A, R>, R> void runScores(
      MetricsOptions options,
      Supplier<A> factory,
      BiConsumer<CsvInput.Row, A> reader,
      Function<R, Map<String, Object>> toJson) {
    run(options, List.of("score"), List.of("weight"), factory, reader, toJson);
  }

  /** Adds {@code effectiveN} when survey weights make it differ from {@code n}. */
  static void effectiveCount(Map<String, Object> out, long count, double effectiveCount) {
    if (effectiveCount != count) {
      out.put("effectiveN", effectiveCount);
    }
  }

  /**
   * Parses an integer score; a whole number written as a decimal ({@code 9.0}, as spreadsheets and
   * data frames export integer columns) is accepted, a fraction ({@code 8.5}) is not.
   */
  static int score(CsvInput.Row row, String rule) {
    String v = row.text("score");
    return wholeNumber(v).orElseThrow(() -> row.error("score", v, rule));
  }

  /** The integer a text denotes ({@code 9}, {@code +9}, {@code 9.0}, {@code 9.00}), if any. */
  static java.util.OptionalInt wholeNumber(String v) {
    try {
      return java.util.OptionalInt.of(Integer.parseInt(v));
    } catch (NumberFormatException e) {
      // maybe a decimal
    }
    if (!v.matches("[+-]?\\d+\\.0*")) {
      return java.util.OptionalInt.empty();
    }
    try {
      return java.util.OptionalInt.of(Integer.parseInt(v.substring(0, v.indexOf('.'))));
    } catch (NumberFormatException e) {
      return java.util.OptionalInt.empty();
    }
  }

  /** Adds a weighted score to an accumulator. */
  @FunctionalInterface
  interface WeightedAdd {
    void add(int score, double weight);
  }

  /**
   * Reads the {@code score} (and optional {@code weight}) of a row into an accumulator; a score the
   * accumulator rejects is reported against the row's cell with {@code rule}.
   */
  static void readScore(CsvInput.Row row, String rule, IntConsumer add, WeightedAdd addWeighted) {
    int score = score(row, rule);
    Double w = weight(row);
    try {
      if (w == null) {
        add.accept(score);
      } else {
        addWeighted.add(score, w);
      }
    } catch (InvalidDataException e) {
      throw row.error("score", Integer.toString(score), rule);
    }
  }

  /** The optional weight of a row, or {@code null}. */
  static @Nullable Double weight(CsvInput.Row row) {
    if (row.optional("weight").isEmpty()) {
      return null;
    }
    double w = row.number("weight");
    if (!(w > 0)) {
      throw row.error("weight", row.text("weight"), "a positive number");
    }
    return w;
  }

  /** A double, written as an integer when it is one (counts stay counts). */
  static Object count(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? (Object) (long) v : (Object) v;
  }

  static List<Double> bounds(Interval i) {
    return List.of(i.lower(), i.upper());
  }

  /** Puts {@code value} under {@code name}, or null and {@code <name>Reason} when it throws. */
  static void put(Map<String, Object> out, String name, Supplier<@Nullable Object> value) {
    try {
      out.put(name, value.get());
    } catch (IllegalStateException e) {
      out.put(name, null);
      out.put(name + "Reason", e.getMessage());
    }
  }

  static Map<String, Object> distribution(int min, List<Double> shares) {
    Map<String, Object> d = new LinkedHashMap<>();
    for (int i = 0; i < shares.size(); i++) {
      d.put(Integer.toString(min + i), shares.get(i));
    }
    return d;
  }

  static List<String> list(String... items) {
    return new ArrayList<>(List.of(items));
  }
}
