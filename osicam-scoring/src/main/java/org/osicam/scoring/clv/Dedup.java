package org.osicam.scoring.clv;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Finds the distinct rows of one to three double columns with an open-addressing hash table (no
 * boxing): {@code index[i]} is the distinct row of row {@code i}, {@code first[j]} the first row
 * that has distinct row {@code j}.
 */
final class Dedup {
  final int[] index;
  final int[] first;
  final int count;

  private Dedup(int[] index, int[] first, int count) {
    this.index = index;
    this.first = first;
    this.count = count;
  }

  static Dedup of(double[] a) {
    return of(a, null, null);
  }

  static Dedup of(double[] a, double @Nullable [] b) {
    return of(a, b, null);
  }

  static Dedup of(double[] a, double @Nullable [] b, double @Nullable [] c) {
    int n = a.length;
    int cap = Integer.highestOneBit(Math.max(4, n) * 2 - 1) << 1;
    int mask = cap - 1;
    int[] table = new int[cap];
    Arrays.fill(table, -1);
    int[] index = new int[n];
    int[] first = new int[Math.max(1, Math.min(n, 1 << 20))];
    int count = 0;
    for (int i = 0; i < n; i++) {
      long h = mix(bits(a[i]));
      if (b != null) {
        h = mix(h ^ bits(b[i]) + 0x9E3779B97F4A7C15L);
      }
      if (c != null) {
        h = mix(h ^ bits(c[i]) + 0xC2B2AE3D27D4EB4FL);
      }
      int slot = (int) h & mask;
      while (true) {
        int j = table[slot];
        if (j < 0) {
          if (count == first.length) {
            first = Arrays.copyOf(first, Math.min(n, first.length * 2));
          }
          first[count] = i;
          table[slot] = count;
          index[i] = count++;
          break;
        }
        int f = first[j];
        if (a[f] == a[i] && (b == null || b[f] == b[i]) && (c == null || c[f] == c[i])) {
          index[i] = j;
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    return new Dedup(index, first, count);
  }

  /** The MurmurHash3 64-bit finaliser: every input bit affects the low bits. */
  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    return h ^ (h >>> 33);
  }

  private static long bits(double v) {
    return Double.doubleToLongBits(v + 0.0);
  }

  /** The distinct values of a column in the order of {@link #first}. */
  double[] values(double[] column) {
    double[] v = new double[count];
    for (int j = 0; j < count; j++) {
      v[j] = column[first[j]];
    }
    return v;
  }

  /** Sums a per-row weight (1 when null) over each distinct row. */
  double[] sum(double @Nullable [] weights) {
    double[] s = new double[count];
    for (int i = 0; i < index.length; i++) {
      s[index[i]] += weights == null ? 1 : weights[i];
    }
    return s;
  }
}
