package org.osicam.scoring.rfm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.osicam.core.InvalidDataException;
import org.osicam.core.segment.Rule;
import org.osicam.core.segment.Schema;
import org.osicam.core.segment.SegmentMap;

/**
 * A named RFM segment map: ordered rows of inclusive score ranges, first match wins, and a default
 * label for the cells no row covers. Maps are data: the built-in ones are JSON resources, and a
 * custom map is read from the same JSON form.
 *
 * <pre>{@code
 * {"name":"mine","default":"Others","segments":[
 *   {"name":"Champions","r":[4,5],"f":[4,5],"m":[4,5]},
 *   {"name":"Lost","r":[1,1]}]}          // an omitted dimension means any score
 * }</pre>
 *
 * <p>Built in: {@link #classic()} (the 10-row map of the R {@code rfm} package's tests), {@link
 * #vignette()} (the {@code rfm} 0.3 README map), {@link #rfGrid()} (the 25-cell R x F grid of
 * Python notebooks). {@link #warnings(int)} reports overlapping and unreachable rows. Immutable and
 * thread-safe.
 */
public final class RfmSegmentMap {
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final int ANY_MAX = 9;

  /**
   * One row: a name and inclusive score ranges.
   *
   * @param name segment name, non-blank
   * @param rMin lowest recency score
   * @param rMax highest recency score
   * @param fMin lowest frequency score
   * @param fMax highest frequency score
   * @param mMin lowest monetary score
   * @param mMax highest monetary score
   */
  public record Row(String name, int rMin, int rMax, int fMin, int fMax, int mMin, int mMax) {
    /** Validates: non-empty ranges within 1..9. */
    public Row {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new InvalidDataException("segment name", "non-blank", "\"\"");
      }
      range(name, "r", rMin, rMax);
      range(name, "f", fMin, fMax);
      range(name, "m", mMin, mMax);
    }

    private static void range(String name, String dim, int lo, int hi) {
      if (lo < 1 || hi > ANY_MAX || lo > hi) {
        throw new InvalidDataException(
            "segment '" + name + "' " + dim,
            "a non-empty range of scores within 1.." + ANY_MAX,
            "[" + lo + ", " + hi + "]");
      }
    }

    /**
     * Whether the row covers a cell.
     *
     * @param r recency score
     * @param f frequency score
     * @param m monetary score
     * @return whether all three are within range
     */
    public boolean covers(int r, int f, int m) {
      return r >= rMin && r <= rMax && f >= fMin && f <= fMax && m >= mMin && m <= mMax;
    }
  }

  private final String name;
  private final List<Row> rows;
  private final String defaultLabel;
  private final int[] lookup;

  /**
   * Creates a map.
   *
   * @param name the map's name
   * @param rows the rows in order (first match wins), at least one
   * @param defaultLabel label of customers no row covers, not a row name
   * @throws InvalidDataException if there is no row, the default label is blank or is a row name
   */
  public RfmSegmentMap(String name, List<Row> rows, String defaultLabel) {
    this.name = Objects.requireNonNull(name, "name");
    this.rows = List.copyOf(rows);
    Objects.requireNonNull(defaultLabel, "defaultLabel");
    if (this.rows.isEmpty()) {
      throw new InvalidDataException("segment map " + name, "at least one segment", "none");
    }
    if (defaultLabel.isBlank()) {
      throw new InvalidDataException(
          "segment map " + name + " default", "a label for customers no segment covers", "\"\"");
    }
    for (Row r : this.rows) {
      if (r.name().equals(defaultLabel)) {
        throw new InvalidDataException(
            "segment map " + name + " default", "different from every segment name", defaultLabel);
      }
    }
    this.defaultLabel = defaultLabel;
    this.lookup = new int[1000];
    for (int r = 1; r <= ANY_MAX; r++) {
      for (int f = 1; f <= ANY_MAX; f++) {
        for (int m = 1; m <= ANY_MAX; m++) {
          lookup[100 * r + 10 * f + m] = firstRow(r, f, m);
        }
      }
    }
  }

  private int firstRow(int r, int f, int m) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).covers(r, f, m)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The 10-row map of the R {@code rfm} package's tests (the unreachable Hibernating row dropped).
   */
  public static RfmSegmentMap classic() {
    return builtIn("classic");
  }

  /** The {@code rfm} 0.3 README / vignette map. */
  public static RfmSegmentMap vignette() {
    return builtIn("vignette");
  }

  /** The 25-cell R x F grid (monetary ignored); every cell is covered exactly once. */
  public static RfmSegmentMap rfGrid() {
    return builtIn("rf-grid");
  }

  /**
   * A built-in map by name.
   *
   * @param name {@code classic}, {@code vignette} or {@code rf-grid}
   * @return the map
   * @throws IllegalArgumentException if there is no such built-in map
   */
  public static RfmSegmentMap builtIn(String name) {
    if (!List.of("classic", "vignette", "rf-grid").contains(name)) {
      throw new IllegalArgumentException(
          "no built-in segment map '" + name + "'; built in: classic, vignette, rf-grid");
    }
    try (InputStream in = RfmSegmentMap.class.getResourceAsStream(name + ".json")) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + ".json");
      }
      return fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a map from JSON.
   *
   * @param json {@code {"name":..,"default":..,"segments":[{"name":..,"r":[lo,hi],..},..]}}
   * @return the map
   * @throws InvalidDataException naming the JSON path of the problem (a missing default included)
   */
  public static RfmSegmentMap fromJson(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new InvalidDataException(
          "segment map", "valid JSON", "text with an error at " + e.getLocation());
    }
    if (root == null || !root.isObject()) {
      throw new InvalidDataException("segment map", "a JSON object", String.valueOf(root));
    }
    only(root, "$", List.of("name", "default", "segments"));
    JsonNode def = root.get("default");
    if (def == null || !def.isTextual()) {
      throw new InvalidDataException(
          "$.default",
          "a default label for customers no segment covers, e.g. \"default\":\"Others\"",
          def == null ? "missing" : def.toString());
    }
    JsonNode name = root.get("name");
    JsonNode segs = root.get("segments");
    if (segs == null || !segs.isArray() || segs.isEmpty()) {
      throw new InvalidDataException(
          "$.segments", "a non-empty array of segments", String.valueOf(segs));
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < segs.size(); i++) {
      String path = "$.segments[" + i + "]";
      JsonNode s = segs.get(i);
      if (!s.isObject()) {
        throw new InvalidDataException(path, "an object", s.toString());
      }
      only(s, path, List.of("name", "r", "f", "m"));
      JsonNode n = s.get("name");
      if (n == null || !n.isTextual()) {
        throw new InvalidDataException(path + ".name", "a segment name", String.valueOf(n));
      }
      int[] r = range(s, "r", path);
      int[] f = range(s, "f", path);
      int[] m = range(s, "m", path);
      rows.add(new Row(n.asText(), r[0], r[1], f[0], f[1], m[0], m[1]));
    }
    return new RfmSegmentMap(
        name != null && name.isTextual() ? name.asText() : "custom", rows, def.asText());
  }

  private static int[] range(JsonNode s, String dim, String path) {
    JsonNode a = s.get(dim);
    if (a == null) {
      return new int[] {1, ANY_MAX};
    }
    if (!a.isArray()
        || a.size() != 2
        || !a.get(0).canConvertToExactIntegral()
        || !a.get(1).canConvertToExactIntegral()) {
      throw new InvalidDataException(
          path + "." + dim, "an inclusive score range [lo, hi] of integers", a.toString());
    }
    return new int[] {a.get(0).asInt(), a.get(1).asInt()};
  }

  private static void only(JsonNode node, String path, List<String> allowed) {
    Iterator<String> it = node.fieldNames();
    while (it.hasNext()) {
      String f = it.next();
      if (!allowed.contains(f)) {
        throw new InvalidDataException(
            path + "." + f, "absent (allowed: " + String.join(", ", allowed) + ")", f);
      }
    }
  }

  /** The JSON form of this map (ranges that allow any score are omitted). */
  public String toJson() {
    ObjectNode o = JSON.createObjectNode();
    o.put("name", name);
    o.put("default", defaultLabel);
    ArrayNode arr = o.putArray("segments");
    for (Row r : rows) {
      ObjectNode s = arr.addObject();
      s.put("name", r.name());
      put(s, "r", r.rMin(), r.rMax());
      put(s, "f", r.fMin(), r.fMax());
      put(s, "m", r.mMin(), r.mMax());
    }
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void put(ObjectNode s, String dim, int lo, int hi) {
    if (lo != 1 || hi != ANY_MAX) {
      s.putArray(dim).add(lo).add(hi);
    }
  }

  /** The map's name. */
  public String name() {
    return name;
  }

  /** The rows in order. */
  public List<Row> rows() {
    return rows;
  }

  /** The label of customers no row covers. */
  public String defaultLabel() {
    return defaultLabel;
  }

  /**
   * The first row covering a cell.
   *
   * @param r recency score, 1..9
   * @param f frequency score, 1..9
   * @param m monetary score, 1..9
   * @return the 0-based row, or -1 for the default label
   */
  public int rowOf(int r, int f, int m) {
    return lookup[100 * r + 10 * f + m];
  }

  /**
   * The segment of a cell.
   *
   * @param r recency score, 1..9
   * @param f frequency score, 1..9
   * @param m monetary score, 1..9
   * @return the segment name or the default label
   */
  public String segment(int r, int f, int m) {
    int row = rowOf(r, f, m);
    return row < 0 ? defaultLabel : rows.get(row).name();
  }

  /**
   * Checks the map for scores 1..bins: rows that can never be reached (every cell they cover is
   * taken by earlier rows, or lies outside 1..bins), rows that overlap earlier rows (the earlier
   * row wins the shared cells), and the number of cells left to the default label.
   *
   * @param bins the number of scores per dimension, 2..9
   * @return warnings in English, empty when the map is a clean partition of the cells
   */
  public List<String> warnings(int bins) {
    if (bins < 2 || bins > ANY_MAX) {
      throw new IllegalArgumentException("bins must be between 2 and 9, was " + bins);
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      int own = 0;
      int[] shared = new int[i];
      for (int r = 1; r <= bins; r++) {
        for (int f = 1; f <= bins; f++) {
          for (int m = 1; m <= bins; m++) {
            if (!row.covers(r, f, m)) {
              continue;
            }
            int first = firstRow(r, f, m);
            if (first == i) {
              own++;
            } else {
              shared[first]++;
            }
          }
        }
      }
      if (own == 0) {
        out.add(
            String.format(
                Locale.ROOT,
                "segment '%s' (row %d) is unreachable: every cell it covers is taken by earlier"
                    + " rows or lies outside scores 1..%d",
                row.name(),
                i + 1,
                bins));
      }
      for (int j = 0; j < i; j++) {
        if (shared[j] > 0 && own > 0) {
          out.add(
              String.format(
                  Locale.ROOT,
                  "segment '%s' (row %d) overlaps '%s' (row %d) on %d cells; '%s' wins them",
                  row.name(),
                  i + 1,
                  rows.get(j).name(),
                  j + 1,
                  shared[j],
                  rows.get(j).name()));
        }
      }
    }
    int uncovered = 0;
    for (int r = 1; r <= bins; r++) {
      for (int f = 1; f <= bins; f++) {
        for (int m = 1; m <= bins; m++) {
          if (firstRow(r, f, m) < 0) {
            uncovered++;
          }
        }
      }
    }
    if (uncovered > 0) {
      out.add(
          String.format(
              Locale.ROOT,
              "%d of %d cells match no segment and get the default label '%s'",
              uncovered,
              bins * bins * bins,
              defaultLabel));
    }
    return out;
  }

  /**
   * The same map in the general segment language, over the score keys {@link Rfm#RECENCY_SCORE},
   * {@link Rfm#FREQUENCY_SCORE} and {@link Rfm#MONETARY_SCORE} (for hosts that mix RFM segments
   * with other rules).
   *
   * @param schema a schema declaring the three RFM score keys
   * @return the equivalent {@link SegmentMap}
   */
  public SegmentMap toSegmentMap(Schema schema) {
    SegmentMap.Builder b = SegmentMap.builder(schema);
    List<String> seen = new ArrayList<>();
    for (Row r : rows) {
      String n = r.name();
      int k = 2;
      while (seen.contains(n)) {
        n = r.name() + " #" + k++;
      }
      seen.add(n);
      b.segment(
          n,
          Rule.and(
              Rule.score(Rfm.RECENCY_SCORE).between(r.rMin(), r.rMax()),
              Rule.score(Rfm.FREQUENCY_SCORE).between(r.fMin(), r.fMax()),
              Rule.score(Rfm.MONETARY_SCORE).between(r.mMin(), r.mMax())));
    }
    return b.defaultLabel(defaultLabel).build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RfmSegmentMap x
        && name.equals(x.name)
        && rows.equals(x.rows)
        && defaultLabel.equals(x.defaultLabel);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, rows, defaultLabel);
  }

  @Override
  public String toString() {
    return "RfmSegmentMap" + toJson();
  }
}
