package org.osicam.core.consolidation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.SourceKey;
import org.osicam.core.model.SourceRecord;

/** Loads the reference data sets (simple CSV without quoted commas) and scores clusterings. */
final class ReferenceData {
  private ReferenceData() {}

  /** Records and, per record key, its true entity. */
  record Labelled(List<SourceRecord> records, Map<SourceKey, String> truth) {}

  /** Pairwise precision, recall and F1. */
  record Quality(
      double precision, double recall, double f1, long predicted, long correct, long truePairs) {
    @Override
    public String toString() {
      return String.format(
          java.util.Locale.ROOT,
          "precision %.4f recall %.4f F1 %.4f (predicted %d, correct %d, true %d)",
          precision,
          recall,
          f1,
          predicted,
          correct,
          truePairs);
    }
  }

  static List<String[]> read(String resource) {
    InputStream in = ReferenceData.class.getResourceAsStream(resource);
    Objects.requireNonNull(in, resource);
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split(",", -1);
        for (int i = 0; i < cells.length; i++) {
          cells[i] = cells[i].strip();
        }
        rows.add(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /** Reads rows as records, mapping roles to columns. */
  static List<SourceRecord> records(
      String resource, String system, String idColumn, Map<String, String> roles) {
    List<String[]> rows = read(resource);
    List<String> header = List.of(rows.get(0));
    List<SourceRecord> out = new ArrayList<>();
    for (String[] row : rows.subList(1, rows.size())) {
      Map<String, String> attributes = new HashMap<>();
      roles.forEach((role, column) -> attributes.put(role, row[header.indexOf(column)]));
      out.add(
          new SourceRecord(new SourceKey(system, row[header.indexOf(idColumn)]), attributes, null));
    }
    return out;
  }

  static final Map<String, String> FEBRL_ROLES =
      Map.of(
          "given_name", "given_name",
          "family_name", "surname",
          "street_number", "street_number",
          "street", "address_1",
          "city", "suburb",
          "postcode", "postcode",
          "birth_date", "date_of_birth",
          "national_id", "soc_sec_id");

  static Labelled febrl4() {
    List<SourceRecord> records = new ArrayList<>();
    records.addAll(records("febrl4a.csv", "febrl4a", "rec_id", FEBRL_ROLES));
    records.addAll(records("febrl4b.csv", "febrl4b", "rec_id", FEBRL_ROLES));
    return febrlLabelled(records);
  }

  /** Febrl "dataset 3": one file, one source; rec-N-org and every rec-N-dup-k are one person. */
  static Labelled febrl3() {
    return febrlLabelled(records("febrl3.csv", "febrl3", "rec_id", FEBRL_ROLES));
  }

  /** Febrl truth: the person of {@code rec-N-org} and {@code rec-N-dup-k} is {@code rec-N}. */
  private static Labelled febrlLabelled(List<SourceRecord> records) {
    Map<SourceKey, String> truth = new HashMap<>();
    for (SourceRecord r : records) {
      String id = r.key().key();
      truth.put(r.key(), id.substring(0, id.indexOf('-', 4)));
    }
    return new Labelled(records, truth);
  }

  static Labelled fake1000() {
    Map<String, String> roles =
        Map.of(
            "given_name", "first_name",
            "family_name", "surname",
            "birth_date", "dob",
            "city", "city",
            "email", "email");
    List<SourceRecord> records = records("splink_fake_1000.csv", "fake", "unique_id", roles);
    List<String[]> rows = read("splink_fake_1000.csv");
    Map<SourceKey, String> truth = new HashMap<>();
    for (String[] row : rows.subList(1, rows.size())) {
      truth.put(new SourceKey("fake", row[0]), row[6]);
    }
    return new Labelled(records, truth);
  }

  static Quality quality(Map<SourceKey, CustomerId> links, Map<SourceKey, String> truth) {
    long truePairs = pairs(group(truth));
    long predicted = pairs(group(links));
    Map<String, Map<CustomerId, Integer>> both = new HashMap<>();
    links.forEach(
        (k, c) ->
            both.computeIfAbsent(truth.get(k), x -> new HashMap<>()).merge(c, 1, Integer::sum));
    long correct = 0;
    for (Map<CustomerId, Integer> m : both.values()) {
      for (int n : m.values()) {
        correct += (long) n * (n - 1) / 2;
      }
    }
    double p = predicted == 0 ? 1 : correct / (double) predicted;
    double r = truePairs == 0 ? 1 : correct / (double) truePairs;
    return new Quality(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), predicted, correct, truePairs);
  }

  private static <V> Map<V, Integer> group(Map<SourceKey, V> m) {
    Map<V, Integer> sizes = new HashMap<>();
    m.values().forEach(v -> sizes.merge(v, 1, Integer::sum));
    return sizes;
  }

  private static long pairs(Map<?, Integer> sizes) {
    long p = 0;
    for (int n : sizes.values()) {
      p += (long) n * (n - 1) / 2;
    }
    return p;
  }

  static Set<String> unused() {
    return new HashSet<>();
  }
}
