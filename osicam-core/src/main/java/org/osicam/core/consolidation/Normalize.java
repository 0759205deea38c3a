package org.osicam.core.consolidation;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The normalisers. Each one is idempotent ({@code f(f(x)) == f(x)}) and returns {@code null} for a
 * value that carries no information (blank after cleaning).
 */
final class Normalize {
  private Normalize() {}

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  private static final Set<String> PARTICLES =
      Set.of(
          "de", "du", "des", "la", "le", "van", "von", "der", "den", "di", "da", "del", "della",
          "dos", "das", "ter", "ten", "mac", "mc", "st", "saint", "sainte", "ste", "ibn", "bin",
          "al", "el");

  /** Street types written first (French), mapped to their full form. */
  private static final Map<String, String> LEADING_TYPES =
      Map.ofEntries(
          Map.entry("r", "rue"),
          Map.entry("av", "avenue"),
          Map.entry("ave", "avenue"),
          Map.entry("bd", "boulevard"),
          Map.entry("bld", "boulevard"),
          Map.entry("blvd", "boulevard"),
          Map.entry("bvd", "boulevard"),
          Map.entry("pl", "place"),
          Map.entry("ch", "chemin"),
          Map.entry("che", "chemin"),
          Map.entry("imp", "impasse"),
          Map.entry("all", "allee"),
          Map.entry("rte", "route"),
          Map.entry("fg", "faubourg"),
          Map.entry("fbg", "faubourg"),
          Map.entry("sq", "square"),
          Map.entry("qu", "quai"),
          Map.entry("crs", "cours"));

  /** Street types written last (English), mapped to their full form. */
  private static final Map<String, String> TRAILING_TYPES =
      Map.ofEntries(
          Map.entry("st", "street"),
          Map.entry("str", "street"),
          Map.entry("rd", "road"),
          Map.entry("av", "avenue"),
          Map.entry("ave", "avenue"),
          Map.entry("blvd", "boulevard"),
          Map.entry("bvd", "boulevard"),
          Map.entry("ln", "lane"),
          Map.entry("dr", "drive"),
          Map.entry("ct", "court"),
          Map.entry("crt", "court"),
          Map.entry("pl", "place"),
          Map.entry("sq", "square"),
          Map.entry("cres", "crescent"),
          Map.entry("cr", "crescent"),
          Map.entry("cct", "circuit"),
          Map.entry("cl", "close"),
          Map.entry("pde", "parade"),
          Map.entry("hwy", "highway"),
          Map.entry("tce", "terrace"),
          Map.entry("ter", "terrace"),
          Map.entry("pk", "park"),
          Map.entry("gr", "grove"),
          Map.entry("gdns", "gardens"),
          Map.entry("mt", "mount"),
          Map.entry("wy", "way"));

  /** Lower case, accents folded, anything but letters, digits and single spaces removed. */
  static @Nullable String text(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String s = value;
    boolean ascii = true;
    for (int i = 0; i < s.length() && ascii; i++) {
      ascii = s.charAt(i) < 128;
    }
    if (!ascii) {
      s = Normalizer.normalize(s, Normalizer.Form.NFD);
    }
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + 32);
      }
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.append(c);
      } else if (c == 'ß') {
        out.append("ss");
      } else if (c == 'æ' || c == 'Æ') {
        out.append("ae");
      } else if (c == 'œ' || c == 'Œ') {
        out.append("oe");
      } else if (c == '\'' || c == '\u2019' || Character.getType(c) == Character.NON_SPACING_MARK) {
        // apostrophes glue (O'Brien -> obrien); combining accents are dropped
      } else {
        space = true;
      }
    }
    return out.length() == 0 ? null : out.toString();
  }

  /**
   * A person's name: {@link #text} with name particles glued to the word they precede ("de la
   * Fontaine" and "Delafontaine" both give "delafontaine").
   */
  static @Nullable String name(@Nullable String value) {
    String s = text(value);
    if (s == null || s.indexOf(' ') < 0) {
      return s;
    }
    String[] tokens = s.split(" ");
    StringBuilder out = new StringBuilder(s.length());
    StringBuilder prefix = new StringBuilder();
    for (String t : tokens) {
      if (PARTICLES.contains(t)) {
        prefix.append(t);
        continue;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(prefix).append(t);
      prefix.setLength(0);
    }
    if (prefix.length() > 0) {
      // only particles at the end: keep the last group as a word of its own
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(prefix);
    }
    return out.toString();
  }

  /** Trimmed, lower case; {@code null} when there is no {@code @} with text on both sides. */
  static @Nullable String email(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String s = value.strip().toLowerCase(Locale.ROOT);
    if (s.startsWith("mailto:")) {
      s = s.substring(7);
    }
    return s.isEmpty() ? null : s;
  }

  /**
   * E.164 (e.g. {@code +33612345678}) when libphonenumber finds a possible number in the default
   * region; otherwise the digits alone (with a leading {@code +} when there was one).
   */
  static @Nullable String phone(@Nullable String value, String region) {
    if (value == null) {
      return null;
    }
    StringBuilder digits = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c >= '0' && c <= '9') || (c == '+' && digits.length() == 0)) {
        digits.append(c);
      }
    }
    if (digits.length() == 0 || (digits.length() == 1 && digits.charAt(0) == '+')) {
      return null;
    }
    try {
      PhoneNumber n = PHONES.parse(digits, region);
      if (PHONES.isPossibleNumber(n)) {
        return PHONES.format(n, PhoneNumberUtil.PhoneNumberFormat.E164);
      }
    } catch (NumberParseException e) {
      // fall back to the digits
    }
    return digits.toString();
  }

  /** Upper-case letters and digits only. */
  static @Nullable String code(@Nullable String value) {
    if (value == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = Character.toUpperCase(value.charAt(i));
      if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        out.append(c);
      }
    }
    return out.length() == 0 ? null : out.toString();
  }

  /**
   * A street: {@link #text}, then street-type abbreviations written out in full (French types
   * first: "r." becomes "rue", "bd" "boulevard"; English types last: "st" becomes "street", "rd"
   * "road"). Elsewhere "st"/"ste" mean "saint"/"sainte".
   */
  static @Nullable String street(@Nullable String value) {
    String s = text(value);
    if (s == null) {
      return null;
    }
    String[] tokens = s.split(" ");
    int lead = 0;
    while (lead < tokens.length - 1 && tokens[lead].chars().allMatch(Character::isDigit)) {
      lead++; // a house number written in the street
    }
    for (int i = 0; i < tokens.length; i++) {
      String t = tokens[i];
      String full = null;
      if (i == tokens.length - 1 && i > lead) {
        full = TRAILING_TYPES.get(t);
      }
      if (full == null && i == lead && i < tokens.length - 1) {
        full = LEADING_TYPES.get(t);
      }
      if (full == null && t.equals("st")) {
        full = "saint";
      }
      if (full == null && t.equals("ste")) {
        full = "sainte";
      }
      if (full != null) {
        tokens[i] = full;
      }
    }
    return String.join(" ", tokens);
  }

  /** The order of day and month in a date written {@code 03/04/1980}. */
  enum Order {
    DAY_FIRST,
    MONTH_FIRST
  }

  /**
   * A date: ISO {@code yyyy-MM-dd} for a valid calendar date; eight digits {@code yyyyMMdd} for a
   * value in a date shape whose month or day is impossible (a typo such as {@code 19450493}); and
   * an exception for anything that is not a date at all.
   *
   * <p>Accepted shapes: {@code yyyy-MM-dd} (also with {@code /} or {@code .}, and with a time after
   * {@code T} or a space, which is ignored), {@code yyyyMMdd}, and {@code d/M/yyyy} (also with
   * {@code -} or {@code .}) read day first or month first as configured.
   *
   * @throws IllegalArgumentException for a value in none of these shapes
   */
  static @Nullable String date(@Nullable String value, Order order) {
    if (value == null) {
      return null;
    }
    String s = value.strip();
    if (s.isEmpty()) {
      return null;
    }
    int cut = s.indexOf('T');
    if (cut < 0 && s.length() > 10) {
      cut = s.indexOf(' ');
    }
    if (cut > 0) {
      s = s.substring(0, cut);
    }
    int[] parts = new int[3];
    int[] lengths = new int[3];
    int n = 0;
    int current = 0;
    int length = 0;
    char sep = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        current = current * 10 + (c - '0');
        length++;
        if (length > 8) {
          throw new IllegalArgumentException("not a date");
        }
      } else if ((c == '-' || c == '/' || c == '.') && length > 0 && n < 2) {
        if (sep != 0 && c != sep) {
          throw new IllegalArgumentException("not a date");
        }
        sep = c;
        parts[n] = current;
        lengths[n++] = length;
        current = 0;
        length = 0;
      } else {
        throw new IllegalArgumentException("not a date");
      }
    }
    if (length == 0) {
      throw new IllegalArgumentException("not a date");
    }
    parts[n] = current;
    lengths[n++] = length;
    int y;
    int m;
    int d;
    if (n == 1 && lengths[0] == 8) {
      y = current / 10000;
      m = current / 100 % 100;
      d = current % 100;
    } else if (n == 3 && lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2) {
      y = parts[0];
      m = parts[1];
      d = parts[2];
    } else if (n == 3 && lengths[2] == 4 && lengths[0] <= 2 && lengths[1] <= 2) {
      y = parts[2];
      m = order == Order.DAY_FIRST ? parts[1] : parts[0];
      d = order == Order.DAY_FIRST ? parts[0] : parts[1];
    } else {
      throw new IllegalArgumentException("not a date");
    }
    try {
      return LocalDate.of(y, m, d).toString();
    } catch (DateTimeException e) {
      return String.format(Locale.ROOT, "%04d%02d%02d", y, m, d);
    }
  }
}
