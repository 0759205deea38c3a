package org.osicam.core.consolidation;

import java.util.Arrays;

/**
 * Greedy clustering that resists chaining. Match edges are taken strongest first; two clusters join
 * only when (1) no non-match decision separates any of their records, (2) no pair across them
 * disagrees clearly on a conflict attribute (a different birth date or national id), and (3) when
 * either cluster holds more than one record, the mean match probability over all pairs across them
 * reaches the minimum support (average linkage). Asserted matches join first, unconditionally.
 * Edges of equal weight are taken in pair order, so the result does not depend on input order once
 * records are sorted by key.
 */
final class Clusterer {
  private final Guard guard;
  private final int[] bufferA = new int[Guard.MAX_CROSS];
  private final int[] bufferB = new int[Guard.MAX_CROSS];
  long refused;

  private int[] parent;
  private int[] head;
  private int[] next;
  private int[] tail;
  private int[] size;

  Clusterer(int n, Guard guard) {
    this.guard = guard;
    parent = new int[n];
    head = new int[n];
    next = new int[n];
    tail = new int[n];
    size = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      head[i] = i;
      tail[i] = i;
      next[i] = -1;
      size[i] = 1;
    }
  }

  int find(int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  /** Joins two records' clusters without checks (an asserted match). */
  void force(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra != rb) {
      union(ra, rb);
    }
  }

  /**
   * Takes the match edges strongest first.
   *
   * @param pairs {@code a << 32 | b}
   * @param weights total weight of each pair
   * @param count number of pairs
   * @param threshold weight at or above which a pair is a match edge
   */
  void cluster(long[] pairs, float[] weights, int count, double threshold) {
    int edges = 0;
    long[] order = new long[count];
    for (int i = 0; i < count; i++) {
      if (weights[i] >= threshold) {
        int bits = Float.floatToIntBits(weights[i]);
        int ascending = bits >= 0 ? bits ^ 0x80000000 : ~bits; // unsigned order of the floats
        int descending = ~ascending;
        order[edges++] = ((long) (descending ^ 0x80000000) << 32) | i;
      }
    }
    Arrays.sort(order, 0, edges);
    for (int e = 0; e < edges; e++) {
      long pair = pairs[(int) order[e]];
      tryJoin((int) (pair >>> 32), (int) pair);
    }
  }

  /** Joins the clusters of {@code a} and {@code b} if the guards allow it. */
  boolean tryJoin(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra == rb) {
      return true;
    }
    if (!allowed(ra, rb)) {
      refused++;
      return false;
    }
    union(ra, rb);
    return true;
  }

  private boolean allowed(int ra, int rb) {
    int na = 0;
    for (int x = head[ra]; x >= 0 && na < Guard.MAX_CROSS; x = next[x]) {
      bufferA[na++] = x;
    }
    int nb = 0;
    for (int y = head[rb]; y >= 0 && nb < Guard.MAX_CROSS; y = next[y]) {
      bufferB[nb++] = y;
    }
    // the buffers hold at most MAX_CROSS records; the sizes tell the guard the real ones
    return guard.allowed(bufferA, size[ra], bufferB, size[rb]);
  }

  private void union(int ra, int rb) {
    int big = size[ra] >= size[rb] ? ra : rb;
    int small = big == ra ? rb : ra;
    parent[small] = big;
    next[tail[big]] = head[small];
    tail[big] = tail[small];
    size[big] += size[small];
  }

  /** The cluster root of every record. */
  int[] roots() {
    int[] r = new int[parent.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = find(i);
    }
    return r;
  }
}
