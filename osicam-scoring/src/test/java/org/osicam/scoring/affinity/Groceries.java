package org.osicam.scoring.affinity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Loads the Groceries test data from the test resources (once). */
final class Groceries {
  private Groceries() {}

  private static Baskets baskets;

  static synchronized Baskets baskets() {
    if (baskets == null) {
      Baskets.Builder b = Baskets.builder();
      for (String line : lines("groceries_baskets.csv")) {
        List<String> items = new ArrayList<>();
        for (String item : line.split(",")) {
          items.add(item.strip());
        }
        b.add(items);
      }
      baskets = b.build();
    }
    return baskets;
  }

  /** Item name to its level-2 category name. */
  static ItemHierarchy level2() {
    Map<String, String> level2 = new HashMap<>();
    for (String line : lines("groceries_level2_labels.tsv")) {
      String[] f = line.split("\t");
      level2.put(f[0].strip(), f[1].strip());
    }
    Map<String, String> categories = new HashMap<>();
    for (String line : lines("groceries_item_labels.tsv")) {
      String[] f = line.split("\t");
      categories.put(f[1].strip(), level2.get(f[0].strip().substring(0, 2)));
    }
    return ItemHierarchy.of(categories);
  }

  static List<String> lines(String resource) {
    try (InputStream in =
            Objects.requireNonNull(Groceries.class.getResourceAsStream(resource), resource);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> lines = new ArrayList<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          lines.add(line);
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
