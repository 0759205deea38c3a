package org.osicam.core.consolidation;

import java.util.Arrays;

/** A growable list of ints. */
final class IntList {
  private int[] values;
  private int size;

  IntList() {
    this(4);
  }

  IntList(int capacity) {
    values = new int[Math.max(capacity, 1)];
  }

  static IntList of(int... v) {
    IntList l = new IntList(v.length);
    for (int x : v) {
      l.add(x);
    }
    return l;
  }

  void add(int v) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = v;
  }

  void addAll(IntList other) {
    for (int i = 0; i < other.size; i++) {
      add(other.values[i]);
    }
  }

  int get(int i) {
    return values[i];
  }

  int size() {
    return size;
  }

  boolean contains(int v) {
    for (int i = 0; i < size; i++) {
      if (values[i] == v) {
        return true;
      }
    }
    return false;
  }

  void removeIf(java.util.function.IntPredicate test) {
    int j = 0;
    for (int i = 0; i < size; i++) {
      if (!test.test(values[i])) {
        values[j++] = values[i];
      }
    }
    size = j;
  }

  int[] toArray() {
    return Arrays.copyOf(values, size);
  }

  int min() {
    int m = Integer.MAX_VALUE;
    for (int i = 0; i < size; i++) {
      m = Math.min(m, values[i]);
    }
    return m;
  }
}
