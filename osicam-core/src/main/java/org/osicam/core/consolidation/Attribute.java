package org.osicam.core.consolidation;

import java.util.List;
import java.util.Locale;

/**
 * The compared attributes of a person and the names of their comparison levels. Level 0 is always
 * "missing" (one side or both have no value: no information, weight 0); level 1 is the strongest
 * agreement, the last level disagreement.
 */
enum Attribute {
  GIVEN_NAME(true, "exact", "jaro-winkler>=0.92", "jaro-winkler>=0.80 or phonetic", "different"),
  FAMILY_NAME(true, "exact", "jaro-winkler>=0.92", "jaro-winkler>=0.80 or phonetic", "different"),
  BIRTH_DATE(
      false, "exact", "one typo or day/month swapped", "within a year or two typos", "different"),
  EMAIL(false, "exact", "same local part or two typos", "different"),
  PHONE(false, "exact", "one typo", "different"),
  NATIONAL_ID(false, "exact", "one typo or transposition", "different"),
  STREET_NUMBER(false, "exact", "different"),
  STREET(false, "exact", "jaro-winkler>=0.88", "different"),
  POSTCODE(false, "exact", "one typo", "different"),
  CITY(true, "exact", "jaro-winkler>=0.88", "different");

  static final Attribute[] ALL = values();

  private final boolean termFrequency;
  private final List<String> levels;

  Attribute(boolean termFrequency, String... levels) {
    this.termFrequency = termFrequency;
    String[] all = new String[levels.length + 1];
    all[0] = "missing";
    System.arraycopy(levels, 0, all, 1, levels.length);
    this.levels = List.of(all);
  }

  /** The attribute key, as a role key (e.g. {@code birth_date}). */
  String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Number of levels including "missing". */
  int levelCount() {
    return levels.size();
  }

  /** Whether the exact level is weighted by the value's frequency. */
  boolean termFrequency() {
    return termFrequency;
  }

  String levelName(int level) {
    return levels.get(level);
  }

  static Attribute ofKey(String key) {
    for (Attribute a : ALL) {
      if (a.key().equals(key)) {
        return a;
      }
    }
    throw new IllegalArgumentException("unknown attribute " + key);
  }
}
