package org.osicam.core.consolidation;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Blocking keys and candidate pairs. A key is a 32-bit hash of the rule's normalised values; 0
 * means "no key" (a value is missing). Blocks are runs of equal keys in a sorted array of {@code
 * key << 32 | record}; a pair found by an earlier rule is not produced again by a later one, and a
 * block larger than the guard is skipped (its records keep no key for that rule).
 */
final class Blocker {
  static final int NONE = 0;

  private Blocker() {}

  /** The key of a record for a rule, or {@link #NONE}. */
  static int key(Person p, BlockingRule rule) {
    long h = 0xcbf29ce484222325L;
    for (BlockingKey k : rule.keys()) {
      String v = value(p, k);
      if (v == null || v.isEmpty()) {
        return NONE;
      }
      h = mix(h, k.ordinal());
      for (int i = 0; i < v.length(); i++) {
        h = mix(h, v.charAt(i));
      }
    }
    int key = (int) (h ^ (h >>> 32));
    return key == NONE ? 1 : key;
  }

  private static long mix(long h, int c) {
    return (h ^ c) * 0x100000001b3L;
  }

  private static @Nullable String value(Person p, BlockingKey k) {
    switch (k) {
      case NATIONAL_ID:
        return p.nationalId;
      case EMAIL:
        return p.email;
      case EMAIL_LOCAL_PART:
        return p.email == null ? null : emailLocalPart(p.email);
      case PHONE:
        return p.phone;
      case BIRTH_DATE:
        return p.birthDigits;
      case BIRTH_YEAR:
        return p.birthDigits == null ? null : p.birthDigits.substring(0, 4);
      case GIVEN_NAME:
        return p.given;
      case FAMILY_NAME:
        return p.family;
      case GIVEN_PHONETIC:
        return p.givenCode;
      case FAMILY_PHONETIC:
        return p.familyCode;
      case NAME_PHONETIC_PAIR:
        if (p.givenCode == null || p.familyCode == null) {
          return null;
        }
        return p.givenCode.compareTo(p.familyCode) <= 0
            ? p.givenCode + '|' + p.familyCode
            : p.familyCode + '|' + p.givenCode;
      case GIVEN_INITIAL:
        return p.given == null ? null : p.given.substring(0, 1);
      case FAMILY_INITIAL:
        return p.family == null ? null : p.family.substring(0, 1);
      case POSTCODE:
        return p.postcode;
      case STREET_NUMBER:
        return p.streetNumber;
      case STREET:
        return p.street;
      case CITY:
        return p.city;
      default:
        throw new AssertionError(k);
    }
  }

  /**
   * Role and placeholder mailbox names (RFC 2142 and the usual shared or dummy ones): many
   * unrelated people write them, so they are no blocking key.
   */
  private static final Set<String> SHARED_LOCAL_PARTS =
      Set.of(
          "info",
          "contact",
          "admin",
          "administrator",
          "office",
          "mail",
          "email",
          "sales",
          "support",
          "service",
          "hello",
          "enquiries",
          "enquiry",
          "marketing",
          "abuse",
          "noc",
          "security",
          "postmaster",
          "hostmaster",
          "webmaster",
          "www",
          "noreply",
          "no-reply",
          "donotreply",
          "do-not-reply",
          "accounts",
          "billing",
          "team",
          "help",
          "reception",
          "customerservice",
          "contact-us",
          "none",
          "null",
          "nomail",
          "noemail",
          "no-email",
          "unknown",
          "test",
          "xxx",
          "example");

  /**
   * The local part of a normalised e-mail address as a blocking value, or null: no {@code @}, fewer
   * than two letters (digits only, an initial), or a role or placeholder name.
   */
  static @Nullable String emailLocalPart(String email) {
    int at = email.lastIndexOf('@');
    if (at <= 0) {
      return null;
    }
    String local = email.substring(0, at);
    int letters = 0;
    for (int i = 0; i < local.length() && letters < 2; i++) {
      if (Character.isLetter(local.charAt(i))) {
        letters++;
      }
    }
    return letters < 2 || SHARED_LOCAL_PARTS.contains(local) ? null : local;
  }

  /** Keys of every record for every rule: {@code [rule][record]}. */
  static int[][] keys(Person[] persons, List<BlockingRule> rules) {
    int[][] keys = new int[rules.size()][persons.length];
    for (int r = 0; r < rules.size(); r++) {
      BlockingRule rule = rules.get(r);
      int[] k = keys[r];
      for (int i = 0; i < persons.length; i++) {
        k[i] = key(persons[i], rule);
      }
    }
    return keys;
  }

  /** The order in which records are ranked inside a block: family name, given name, birth date. */
  static String sortKey(Person p) {
    return (p.family == null ? "" : p.family)
        + '\u0000'
        + (p.given == null ? "" : p.given)
        + '\u0000'
        + (p.birthDigits == null ? "" : p.birthDigits);
  }

  /** Records by rank: sorted by {@link #sortKey}, then by index. */
  static int[] byRank(Person[] persons) {
    String[] sortKeys = new String[persons.length];
    Integer[] order = new Integer[persons.length];
    for (int i = 0; i < persons.length; i++) {
      sortKeys[i] = sortKey(persons[i]);
      order[i] = i;
    }
    Arrays.sort(
        order,
        (a, b) -> {
          int c = sortKeys[a].compareTo(sortKeys[b]);
          return c != 0 ? c : Integer.compare(a, b);
        });
    int[] out = new int[persons.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = order[i];
    }
    return out;
  }

  /** Sorted {@code key << 32 | rank} of the records that have a key. */
  static long[] sortedIndex(int[] keys, int[] byRank) {
    int n = 0;
    for (int k : keys) {
      if (k != NONE) {
        n++;
      }
    }
    long[] packed = new long[n];
    int j = 0;
    for (int rank = 0; rank < byRank.length; rank++) {
      int i = byRank[rank];
      if (keys[i] != NONE) {
        packed[j++] = ((long) keys[i] << 32) | rank;
      }
    }
    Arrays.sort(packed);
    return packed;
  }

  /** The result of candidate generation. */
  static final class Candidates {
    /**
     * While collecting: {@code a << 36 | b << 4 | rule}; after {@link #finish()}: {@code a << 32 |
     * b}.
     */
    long[] pairs = new long[1024];

    /** After {@link #finish()}: the first rule that produced each pair (15 for rules 15 and up). */
    byte[] rules = new byte[0];

    int size;
    long skippedBlocks;

    void add(int a, int b, int rule) {
      if (size == pairs.length) {
        pairs = Arrays.copyOf(pairs, pairs.length * 2);
      }
      pairs[size++] = ((long) a << 36) | ((long) b << 4) | Math.min(rule, 15);
    }

    /** Sorts, keeps each pair once (with its first rule) and unpacks. */
    void finish() {
      Arrays.sort(pairs, 0, size);
      rules = new byte[size];
      int j = 0;
      for (int i = 0; i < size; i++) {
        long pair = pairs[i] >>> 4; // a << 32 | b, as b < 2^28
        if (j == 0 || pairs[j - 1] != pair) {
          rules[j] = (byte) (pairs[i] & 0xF);
          pairs[j++] = pair;
        }
      }
      size = j;
    }
  }

  /**
   * Candidate pairs ({@code a << 32 | b}, {@code a < b}) of all rules, each pair once. Inside a
   * block, records ranked by {@link #sortKey} are compared with their {@code window} next
   * neighbours (sorted neighbourhood; every pair when the block is small); blocks over {@code
   * maxBlockSize} are skipped and their records lose the key in {@code keys}. A pair that an
   * earlier rule compared in full is not produced again.
   */
  static Candidates candidates(
      int[][] keys,
      long[][] indexes,
      int[] byRank,
      int maxBlockSize,
      int window,
      List<BlockingRule> rules) {
    if (byRank.length >= (1 << 28)) {
      throw new IllegalArgumentException("records must be fewer than 2^28, was " + byRank.length);
    }
    Candidates out = new Candidates();
    boolean[][] full = new boolean[keys.length][byRank.length];
    for (int r = 0; r < keys.length; r++) {
      long[] index = indexes[r];
      int start = 0;
      while (start < index.length) {
        int key = (int) (index[start] >>> 32);
        int end = start + 1;
        while (end < index.length && (int) (index[end] >>> 32) == key) {
          end++;
        }
        int size = end - start;
        if (size > maxBlockSize) {
          out.skippedBlocks++;
          for (int i = start; i < end; i++) {
            keys[r][byRank[(int) index[i]]] = NONE;
          }
        } else if (size > 1) {
          boolean all = size <= window + 1;
          for (int i = start; i < end; i++) {
            int a = byRank[(int) index[i]];
            full[r][a] = all;
            for (int j = i + 1; j < Math.min(end, i + window + 1); j++) {
              int b = byRank[(int) index[j]];
              if (!coveredEarlier(keys, full, r, a, b)) {
                out.add(Math.min(a, b), Math.max(a, b), r);
              }
            }
          }
        }
        start = end;
      }
    }
    out.finish();
    return out;
  }

  private static boolean coveredEarlier(int[][] keys, boolean[][] full, int rule, int a, int b) {
    for (int q = 0; q < rule; q++) {
      int k = keys[q][a];
      if (k != NONE && k == keys[q][b] && full[q][a]) {
        return true;
      }
    }
    return false;
  }
}
