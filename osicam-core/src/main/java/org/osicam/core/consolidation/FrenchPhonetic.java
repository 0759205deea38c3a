package org.osicam.core.consolidation;

/**
 * A phonetic key for French names, written for this project from general rules of French
 * pronunciation (in the spirit of Soundex2 and Phonex, without copying either): accents folded,
 * silent letters dropped, equivalent spellings rewritten to one form, doubled letters collapsed.
 * Dupont and Dupond, Gauthier and Gautier, Lefebvre and Lefèvre get the same key.
 */
final class FrenchPhonetic {
  private FrenchPhonetic() {}

  private static final String[][] REWRITES = {
    {"SCH", "CH"},
    {"PH", "F"},
    {"TH", "T"},
    {"GUI", "KI"},
    {"GUE", "KE"},
    {"QU", "K"},
    {"Q", "K"},
    {"CK", "K"},
    {"CC", "K"},
    {"CA", "KA"},
    {"CO", "KO"},
    {"CU", "KU"},
    {"GA", "KA"},
    {"GO", "KO"},
    {"GU", "KU"},
    {"CE", "SE"},
    {"CI", "SI"},
    {"CY", "SI"},
    {"GE", "JE"},
    {"GI", "JI"},
    {"EAU", "O"},
    {"AU", "O"},
    {"OU", "U"},
    {"AI", "E"},
    {"EI", "E"},
    {"BV", "V"},
    {"W", "V"},
    {"Y", "I"},
    {"Z", "S"},
    {"X", "KS"},
    {"EN", "AN"},
    {"EM", "AN"},
    {"AM", "AN"},
    {"OM", "ON"},
    {"IM", "IN"},
    {"H", ""},
  };

  /**
   * The key of a name already normalised to lower-case ASCII letters and spaces.
   *
   * @param name normalised name
   * @return the key in upper case, empty for an empty name
   */
  static String encode(String name) {
    StringBuilder letters = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = Character.toUpperCase(name.charAt(i));
      if (c >= 'A' && c <= 'Z') {
        letters.append(c);
      }
    }
    String s = letters.toString();
    if (s.isEmpty()) {
      return s;
    }
    // silent endings first, while the spelling is still the written one
    s = stripEnding(s);
    for (String[] r : REWRITES) {
      s = s.replace(r[0], r[1]);
    }
    s = stripEnding(s);
    StringBuilder out = new StringBuilder(s.length());
    char last = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != last) {
        out.append(c);
      }
      last = c;
    }
    return out.length() == 0 ? s.substring(0, Math.min(1, s.length())) : out.toString();
  }

  private static String stripEnding(String s) {
    String t = s;
    boolean changed = true;
    while (changed && t.length() > 2) {
      changed = false;
      char c = t.charAt(t.length() - 1);
      if (c == 'S' || c == 'T' || c == 'D' || c == 'X' || c == 'E' || c == 'P') {
        t = t.substring(0, t.length() - 1);
        changed = true;
      } else if (t.endsWith("ER") || t.endsWith("EZ")) {
        t = t.substring(0, t.length() - 1);
        changed = true;
      }
    }
    return t;
  }
}
