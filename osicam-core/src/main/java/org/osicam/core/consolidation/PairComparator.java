package org.osicam.core.consolidation;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.jspecify.annotations.Nullable;

/**
 * Compares two normalised persons attribute by attribute into comparison levels (see {@link
 * Attribute}). Every comparison is symmetric; a missing value on either side gives level 0.
 */
final class PairComparator {
  private PairComparator() {}

  private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();

  /** Levels of every attribute, indexed by {@link Attribute#ordinal()}. */
  static void compare(Person a, Person b, byte[] out) {
    compareNames(a, b, out);
    out[Attribute.BIRTH_DATE.ordinal()] = birth(a, b);
    out[Attribute.EMAIL.ordinal()] = email(a.email, b.email);
    out[Attribute.PHONE.ordinal()] = typo(a.phone, b.phone, false);
    out[Attribute.NATIONAL_ID.ordinal()] = typo(a.nationalId, b.nationalId, true);
    out[Attribute.STREET_NUMBER.ordinal()] = exact(a.streetNumber, b.streetNumber);
    out[Attribute.STREET.ordinal()] = fuzzy(a.street, b.street, 0.88);
    out[Attribute.POSTCODE.ordinal()] = typo(a.postcode, b.postcode, false);
    out[Attribute.CITY.ordinal()] = fuzzy(a.city, b.city, 0.88);
  }

  /**
   * Jaro-Winkler similarity, the same value as commons-text's {@link JaroWinklerSimilarity} (which
   * the test compares against) without its per-call wrappers, arrays and boxing: this runs for
   * every compared pair. Strings over 64 characters go to commons-text.
   */
  static double jaroWinkler(String x, String y) {
    if (x.equals(y)) {
      return 1.0;
    }
    String max = x.length() > y.length() ? x : y;
    String min = max == x ? y : x;
    if (max.length() > 64) {
      return JW.apply(x, y);
    }
    int range = Math.max(max.length() / 2 - 1, 0);
    long minMatched = 0;
    long maxMatched = 0;
    int matches = 0;
    for (int i = 0; i < min.length(); i++) {
      char c = min.charAt(i);
      for (int j = Math.max(i - range, 0), end = Math.min(i + range + 1, max.length());
          j < end;
          j++) {
        if ((maxMatched & (1L << j)) == 0 && c == max.charAt(j)) {
          minMatched |= 1L << i;
          maxMatched |= 1L << j;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0.0;
    }
    int halfTranspositions = 0;
    for (long a = minMatched, b = maxMatched; a != 0; a &= a - 1, b &= b - 1) {
      if (min.charAt(Long.numberOfTrailingZeros(a)) != max.charAt(Long.numberOfTrailingZeros(b))) {
        halfTranspositions++;
      }
    }
    int prefix = 0;
    while (prefix < Math.min(4, min.length()) && x.charAt(prefix) == y.charAt(prefix)) {
      prefix++;
    }
    double m = matches;
    double jaro = (m / x.length() + m / y.length() + (m - halfTranspositions / 2.0) / m) / 3;
    return jaro < 0.7 ? jaro : jaro + 0.1 * prefix * (1 - jaro);
  }

  private static void compareNames(Person a, Person b, byte[] out) {
    int g = Attribute.GIVEN_NAME.ordinal();
    int f = Attribute.FAMILY_NAME.ordinal();
    if (a.given == null || b.given == null || a.family == null || b.family == null) {
      out[g] = name(a.given, a.givenCode, b.given, b.givenCode, -1);
      out[f] = name(a.family, a.familyCode, b.family, b.familyCode, -1);
      return;
    }
    double gg = jaroWinkler(a.given, b.given);
    double ff = jaroWinkler(a.family, b.family);
    // a swap is only worth testing when a name starts like the other side's other name
    if (gg + ff < 1.9
        && (a.given.charAt(0) == b.family.charAt(0) || a.family.charAt(0) == b.given.charAt(0))) {
      double gf = jaroWinkler(a.given, b.family);
      double fg = jaroWinkler(a.family, b.given);
      if (gf + fg > gg + ff) {
        byte x = name(a.given, a.givenCode, b.family, b.familyCode, gf);
        byte y = name(a.family, a.familyCode, b.given, b.givenCode, fg);
        // the better agreement goes to the given name either way round, so (a, b) = (b, a)
        out[g] = (byte) Math.min(x, y);
        out[f] = (byte) Math.max(x, y);
        return;
      }
    }
    out[g] = name(a.given, a.givenCode, b.given, b.givenCode, gg);
    out[f] = name(a.family, a.familyCode, b.family, b.familyCode, ff);
  }

  /**
   * @param jw the Jaro-Winkler similarity of {@code x} and {@code y} when already known, or -1
   */
  private static byte name(
      @Nullable String x,
      @Nullable String xCode,
      @Nullable String y,
      @Nullable String yCode,
      double jw) {
    if (x == null || y == null) {
      return 0;
    }
    if (x.equals(y)) {
      return 1;
    }
    double sim = jw >= 0 ? jw : jaroWinkler(x, y);
    if (sim >= 0.92) {
      return 2;
    }
    if (sim >= 0.80 || (xCode != null && xCode.equals(yCode))) {
      return 3;
    }
    return 4;
  }

  private static byte birth(Person a, Person b) {
    String x = a.birthDigits;
    String y = b.birthDigits;
    if (x == null || y == null) {
      return 0;
    }
    if (x.equals(y)) {
      return 1;
    }
    // both are eight digits, so edits are substitutions: count differing positions
    int d = 0;
    for (int i = 0; i < 8; i++) {
      if (x.charAt(i) != y.charAt(i)) {
        d++;
      }
    }
    if (d == 1 || swappedDayMonth(x, y)) {
      return 2;
    }
    if (d == 2 || withinAYear(a, b)) {
      return 3;
    }
    return 4;
  }

  private static boolean swappedDayMonth(String x, String y) {
    return x.regionMatches(0, y, 0, 4)
        && x.regionMatches(4, y, 6, 2)
        && x.regionMatches(6, y, 4, 2);
  }

  private static boolean withinAYear(Person a, Person b) {
    if (!a.birthValid || !b.birthValid) {
      return false;
    }
    int x = Integer.parseInt(a.birthDigits);
    int y = Integer.parseInt(b.birthDigits);
    // yyyyMMdd numbers: a year apart or less means |x - y| <= 10000
    return Math.abs(x - y) <= 10000;
  }

  private static byte email(@Nullable String x, @Nullable String y) {
    if (x == null || y == null) {
      return 0;
    }
    if (x.equals(y)) {
      return 1;
    }
    int at = x.indexOf('@');
    int bt = y.indexOf('@');
    if (at > 0 && at == bt && x.regionMatches(0, y, 0, at)) {
      return 2;
    }
    if (Math.abs(x.length() - y.length()) > 2 || Math.min(x.length(), y.length()) < 8) {
      return 3;
    }
    return editsAtMostTwo(x, y) >= 0 ? (byte) 2 : (byte) 3;
  }

  private static byte typo(@Nullable String x, @Nullable String y, boolean transposition) {
    if (x == null || y == null) {
      return 0;
    }
    if (x.equals(y)) {
      return 1;
    }
    if (Math.abs(x.length() - y.length()) <= 1) {
      int d = editsAtMostTwo(x, y);
      if (d == 1 || (transposition && d == 2 && transposed(x, y))) {
        return 2;
      }
    }
    return 3;
  }

  /**
   * The Levenshtein distance when it is at most 2, else -1: the same answer as commons-text's
   * {@code new LevenshteinDistance(2).apply(x, y)} (which the test compares against), without
   * allocating.
   */
  static int editsAtMostTwo(String x, String y) {
    return edits(x, 0, x.length(), y, 0, y.length(), 2);
  }

  /** Distance of {@code x[xs, xe)} and {@code y[ys, ye)} if at most {@code k}, else -1. */
  private static int edits(String x, int xs, int xe, String y, int ys, int ye, int k) {
    while (xs < xe && ys < ye && x.charAt(xs) == y.charAt(ys)) {
      xs++;
      ys++;
    }
    while (xs < xe && ys < ye && x.charAt(xe - 1) == y.charAt(ye - 1)) {
      xe--;
      ye--;
    }
    int lx = xe - xs;
    int ly = ye - ys;
    if (lx == 0 || ly == 0) {
      int d = lx + ly;
      return d <= k ? d : -1;
    }
    if (k == 0 || Math.abs(lx - ly) > k) {
      return -1;
    }
    // the first characters differ: substitute, delete or insert one
    int best = shorter(-1, edits(x, xs + 1, xe, y, ys + 1, ye, k - 1));
    best = shorter(best, edits(x, xs + 1, xe, y, ys, ye, k - 1));
    return shorter(best, edits(x, xs, xe, y, ys + 1, ye, k - 1));
  }

  /** The better of a distance so far and one more edit than {@code rest} (-1: none). */
  private static int shorter(int best, int rest) {
    return rest >= 0 && (best < 0 || rest + 1 < best) ? rest + 1 : best;
  }

  private static boolean transposed(String x, String y) {
    if (x.length() != y.length()) {
      return false;
    }
    int i = 0;
    while (i < x.length() && x.charAt(i) == y.charAt(i)) {
      i++;
    }
    return i + 1 < x.length()
        && x.charAt(i) == y.charAt(i + 1)
        && x.charAt(i + 1) == y.charAt(i)
        && x.regionMatches(i + 2, y, i + 2, x.length() - i - 2);
  }

  private static byte exact(@Nullable String x, @Nullable String y) {
    if (x == null || y == null) {
      return 0;
    }
    return x.equals(y) ? (byte) 1 : (byte) 2;
  }

  private static byte fuzzy(@Nullable String x, @Nullable String y, double threshold) {
    if (x == null || y == null) {
      return 0;
    }
    if (x.equals(y)) {
      return 1;
    }
    return jaroWinkler(x, y) >= threshold ? (byte) 2 : (byte) 3;
  }
}
