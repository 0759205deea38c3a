package org.osicam.core.segment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.osicam.core.InvalidDataException;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.ScoreKey;

/**
 * A population of profiles stored by column (primitive arrays), the form in which whole populations
 * are evaluated fast. A column that is not given is missing for every row.
 *
 * <pre>{@code
 * ProfileTable t = ProfileTable.builder(schema, ids)
 *     .numbers("age", ages)              // NaN = missing
 *     .strings("country", countries)     // null = missing
 *     .scores(ScoreKey.of("rfm.r"), r)   // NaN = missing
 *     .build();
 * }</pre>
 *
 * <p>Immutable once built (arrays are copied) and thread-safe.
 */
public final class ProfileTable {
  static final int MISSING_DATE = Integer.MIN_VALUE;

  final Schema schema;
  final List<CustomerId> ids;
  final Map<String, double[]> numbers;
  final Map<String, int[]> dates;
  final Map<String, StringColumn> strings;
  final Map<String, byte[]> booleans;
  final Map<String, double[]> scores;
  final Map<String, EventColumn> events;
  private final Map<String, double[]> sortedScores = new java.util.concurrent.ConcurrentHashMap<>();

  /** Dictionary-coded text: {@code codes[row]} indexes {@code dictionary}, -1 when missing. */
  record StringColumn(int[] codes, String[] dictionary, Map<String, Integer> index) {}

  /** Event dates of row {@code r}: {@code days[offsets[r] .. offsets[r+1])}, sorted epoch days. */
  record EventColumn(int[] offsets, int[] days) {}

  private ProfileTable(Builder b) {
    this.schema = b.schema;
    this.ids = b.ids;
    this.numbers = Map.copyOf(b.numbers);
    this.dates = Map.copyOf(b.dates);
    this.strings = Map.copyOf(b.strings);
    this.booleans = Map.copyOf(b.booleans);
    this.scores = Map.copyOf(b.scores);
    this.events = Map.copyOf(b.events);
  }

  /**
   * Starts a table.
   *
   * @param schema what the columns may be
   * @param ids the customers, one per row
   * @return a builder
   */
  public static Builder builder(Schema schema, List<CustomerId> ids) {
    return new Builder(schema, ids);
  }

  /**
   * A table of the given profiles, reading every attribute, score and event type of the schema.
   *
   * @param schema the schema
   * @param profiles the profiles, one per row
   * @return the table
   * @throws InvalidDataException if a profile's attribute has a type other than the schema's
   */
  public static ProfileTable of(Schema schema, List<? extends Profile> profiles) {
    int n = profiles.size();
    List<CustomerId> ids = new ArrayList<>(n);
    for (Profile p : profiles) {
      ids.add(p.id());
    }
    Builder b = builder(schema, ids);
    for (Map.Entry<String, AttributeType> e : schema.attributes().entrySet()) {
      String name = e.getKey();
      switch (e.getValue()) {
        case NUMBER -> {
          double[] col = new double[n];
          for (int i = 0; i < n; i++) {
            Object v = profiles.get(i).attribute(name);
            col[i] =
                v == null
                    ? Double.NaN
                    : ((Number) typed(v, Number.class, name, i, ids)).doubleValue();
          }
          b.numbers(name, col);
        }
        case STRING -> {
          String[] col = new String[n];
          for (int i = 0; i < n; i++) {
            Object v = profiles.get(i).attribute(name);
            col[i] = v == null ? null : (String) typed(v, String.class, name, i, ids);
          }
          b.strings(name, col);
        }
        case BOOLEAN -> {
          Boolean[] col = new Boolean[n];
          for (int i = 0; i < n; i++) {
            Object v = profiles.get(i).attribute(name);
            col[i] = v == null ? null : (Boolean) typed(v, Boolean.class, name, i, ids);
          }
          b.booleans(name, col);
        }
        case DATE -> {
          LocalDate[] col = new LocalDate[n];
          for (int i = 0; i < n; i++) {
            Object v = profiles.get(i).attribute(name);
            col[i] = v == null ? null : (LocalDate) typed(v, LocalDate.class, name, i, ids);
          }
          b.dates(name, col);
        }
      }
    }
    for (ScoreKey key : schema.scores()) {
      double[] col = new double[n];
      for (int i = 0; i < n; i++) {
        OptionalDouble v = profiles.get(i).score(key);
        col[i] = v.isPresent() ? v.getAsDouble() : Double.NaN;
      }
      b.scores(key, col);
    }
    for (String type : schema.events()) {
      List<List<LocalDate>> col = new ArrayList<>(n);
      for (Profile p : profiles) {
        col.add(p.events(type));
      }
      b.events(type, col);
    }
    return b.build();
  }

  private static Object typed(Object v, Class<?> type, String name, int row, List<CustomerId> ids) {
    if (!type.isInstance(v)) {
      throw new InvalidDataException(
          "profile " + ids.get(row) + " attribute " + name,
          "a " + type.getSimpleName() + " as the schema says",
          "a " + v.getClass().getSimpleName());
    }
    return v;
  }

  /** The present values of a score column, sorted (computed once per table; never modified). */
  double[] sortedScores(ScoreKey key) {
    return sortedScores.computeIfAbsent(
        key.name(),
        k -> {
          double[] col = scores.get(k);
          return col == null
              ? new double[0]
              : Arrays.stream(col).filter(v -> !Double.isNaN(v)).sorted().toArray();
        });
  }

  /** The schema of the table. */
  public Schema schema() {
    return schema;
  }

  /** The number of rows. */
  public int size() {
    return ids.size();
  }

  /**
   * The customer of a row.
   *
   * @param row 0-based row
   * @return the customer id
   */
  public CustomerId id(int row) {
    return ids.get(row);
  }

  /** The customers, one per row. */
  public List<CustomerId> ids() {
    return ids;
  }

  /** Builds a {@link ProfileTable}; not thread-safe. Each column may be set once. */
  public static final class Builder {
    private final Schema schema;
    private final List<CustomerId> ids;
    private final int n;
    private final Map<String, double[]> numbers = new HashMap<>();
    private final Map<String, int[]> dates = new HashMap<>();
    private final Map<String, StringColumn> strings = new HashMap<>();
    private final Map<String, byte[]> booleans = new HashMap<>();
    private final Map<String, double[]> scores = new HashMap<>();
    private final Map<String, EventColumn> events = new HashMap<>();
    private final java.util.Set<String> set = new java.util.HashSet<>();

    private Builder(Schema schema, List<CustomerId> ids) {
      this.schema = Objects.requireNonNull(schema, "schema");
      this.ids = List.copyOf(ids);
      this.n = this.ids.size();
    }

    private void column(String name, AttributeType type, int length) {
      AttributeType declared = schema.attributes().get(name);
      if (declared == null) {
        throw new InvalidDataException(
            "column " + name, "an attribute of the schema " + schema.attributes().keySet(), name);
      }
      if (declared != type) {
        throw new InvalidDataException(
            "column " + name, "of type " + declared.key() + " as the schema says", type.key());
      }
      length(name, length);
      once("attribute " + name);
    }

    private void length(String name, int length) {
      if (length != n) {
        throw new InvalidDataException(
            "column " + name, "one value per row (" + n + ")", Integer.toString(length));
      }
    }

    private void once(String what) {
      if (!set.add(what)) {
        throw new IllegalStateException(what + " is already set");
      }
    }

    /**
     * Sets a number attribute.
     *
     * @param name attribute of type number
     * @param values one per row; NaN = missing; infinities are rejected
     * @return this builder
     */
    public Builder numbers(String name, double[] values) {
      column(name, AttributeType.NUMBER, values.length);
      double[] copy = values.clone();
      for (double v : copy) {
        if (Double.isInfinite(v)) {
          throw new InvalidDataException("column " + name, "finite or NaN", Double.toString(v));
        }
      }
      numbers.put(name, copy);
      return this;
    }

    /**
     * Sets a text attribute.
     *
     * @param name attribute of type string
     * @param values one per row; null = missing
     * @return this builder
     */
    public Builder strings(String name, @Nullable String[] values) {
      column(name, AttributeType.STRING, values.length);
      Map<String, Integer> index = new HashMap<>();
      List<String> dict = new ArrayList<>();
      int[] codes = new int[n];
      for (int i = 0; i < n; i++) {
        String v = values[i];
        if (v == null) {
          codes[i] = -1;
        } else {
          Integer c = index.get(v);
          if (c == null) {
            c = dict.size();
            index.put(v, c);
            dict.add(v);
          }
          codes[i] = c;
        }
      }
      strings.put(name, new StringColumn(codes, dict.toArray(new String[0]), index));
      return this;
    }

    /**
     * Sets a boolean attribute.
     *
     * @param name attribute of type boolean
     * @param values one per row; null = missing
     * @return this builder
     */
    public Builder booleans(String name, @Nullable Boolean[] values) {
      column(name, AttributeType.BOOLEAN, values.length);
      byte[] col = new byte[n];
      for (int i = 0; i < n; i++) {
        Boolean v = values[i];
        col[i] = v == null ? (byte) -1 : v ? (byte) 1 : (byte) 0;
      }
      booleans.put(name, col);
      return this;
    }

    /**
     * Sets a date attribute.
     *
     * @param name attribute of type date
     * @param values one per row; null = missing
     * @return this builder
     */
    public Builder dates(String name, @Nullable LocalDate[] values) {
      column(name, AttributeType.DATE, values.length);
      int[] col = new int[n];
      for (int i = 0; i < n; i++) {
        LocalDate v = values[i];
        col[i] = v == null ? MISSING_DATE : Math.toIntExact(v.toEpochDay());
      }
      dates.put(name, col);
      return this;
    }

    /**
     * Sets a score column.
     *
     * @param key a score key of the schema
     * @param values one per row; NaN = missing; infinities are rejected
     * @return this builder
     */
    public Builder scores(ScoreKey key, double[] values) {
      if (!schema.scores().contains(key)) {
        throw new InvalidDataException(
            "score column " + key, "a score of the schema " + schema.scores(), key.name());
      }
      length(key.name(), values.length);
      once("score " + key);
      double[] copy = values.clone();
      for (double v : copy) {
        if (Double.isInfinite(v)) {
          throw new InvalidDataException("score column " + key, "finite or NaN", "" + v);
        }
      }
      scores.put(key.name(), copy);
      return this;
    }

    /**
     * Sets the events of one type.
     *
     * @param type an event type of the schema
     * @param datesPerRow one list per row (empty when none)
     * @return this builder
     */
    public Builder events(String type, List<? extends List<LocalDate>> datesPerRow) {
      if (!schema.events().contains(type)) {
        throw new InvalidDataException(
            "event column " + type, "an event type of the schema " + schema.events(), type);
      }
      length(type, datesPerRow.size());
      once("events " + type);
      int[] offsets = new int[n + 1];
      int total = 0;
      for (int i = 0; i < n; i++) {
        total += datesPerRow.get(i).size();
        offsets[i + 1] = total;
      }
      int[] days = new int[total];
      for (int i = 0; i < n; i++) {
        int k = offsets[i];
        for (LocalDate d : datesPerRow.get(i)) {
          days[k++] = Math.toIntExact(d.toEpochDay());
        }
        Arrays.sort(days, offsets[i], offsets[i + 1]);
      }
      events.put(type, new EventColumn(offsets, days));
      return this;
    }

    /** Returns the table. */
    public ProfileTable build() {
      return new ProfileTable(this);
    }
  }
}
