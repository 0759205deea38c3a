package org.osicam.scoring.affinity;

import java.util.Arrays;

/**
 * Frequent itemsets over item ranks, stored flat (items ascending by rank), with a hash index to
 * look up the count of any stored itemset.
 */
final class ItemsetStore {
  private int[] data = new int[1024];
  private int dataSize;
  private int[] offsets = new int[256];
  private int[] counts = new int[256];
  private int size;
  private int[] table = new int[512];
  private int mask = 511;

  ItemsetStore() {
    Arrays.fill(table, -1);
  }

  int size() {
    return size;
  }

  int count(int index) {
    return counts[index];
  }

  int length(int index) {
    return offsets[index + 1] - offsets[index];
  }

  int item(int index, int position) {
    return data[offsets[index] + position];
  }

  /** Adds the itemset {@code items[0..len)} given in strictly descending rank order. */
  void add(int[] items, int len, int count) {
    if (size + 2 > offsets.length) {
      offsets = Arrays.copyOf(offsets, offsets.length * 2);
      counts = Arrays.copyOf(counts, counts.length * 2);
    }
    if (dataSize + len > data.length) {
      data = Arrays.copyOf(data, Math.max(data.length * 2, dataSize + len));
    }
    int start = dataSize;
    for (int i = len - 1; i >= 0; i--) {
      data[dataSize++] = items[i];
    }
    offsets[size] = start;
    offsets[size + 1] = dataSize;
    counts[size] = count;
    int index = size++;
    if (size * 2 > table.length) {
      rehash();
    } else {
      put(index);
    }
  }

  /**
   * The count of an itemset, or -1 when it is not stored.
   *
   * @param items ranks ascending
   * @param len how many
   */
  int find(int[] items, int len) {
    int h = hash(items, 0, len) & mask;
    while (true) {
      int idx = table[h];
      if (idx < 0) {
        return -1;
      }
      if (length(idx) == len && equal(idx, items, len)) {
        return counts[idx];
      }
      h = (h + 1) & mask;
    }
  }

  private boolean equal(int idx, int[] items, int len) {
    int o = offsets[idx];
    for (int i = 0; i < len; i++) {
      if (data[o + i] != items[i]) {
        return false;
      }
    }
    return true;
  }

  private void put(int index) {
    int h = hash(data, offsets[index], offsets[index + 1] - offsets[index]) & mask;
    while (table[h] >= 0) {
      h = (h + 1) & mask;
    }
    table[h] = index;
  }

  private void rehash() {
    table = new int[table.length * 2];
    Arrays.fill(table, -1);
    mask = table.length - 1;
    for (int i = 0; i < size; i++) {
      put(i);
    }
  }

  private static int hash(int[] a, int from, int len) {
    int h = len;
    for (int i = from; i < from + len; i++) {
      h = h * 0x01000193 ^ a[i];
      h ^= h >>> 15;
    }
    h *= 0x9E3779B1;
    return h ^ (h >>> 16);
  }
}
