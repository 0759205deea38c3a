package org.osicam.scoring.affinity;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.osicam.core.ProgressListener;

/**
 * Frequent itemsets by FP-Growth (Han, Pei and Yin 2000). The first level works on projected
 * databases: the baskets are recoded to the ranks of their frequent items (most frequent first),
 * and for each item the items ranked before it in the baskets that contain it are compressed into
 * that item's conditional FP-tree, which is then mined recursively (conditional pattern bases,
 * conditional trees). This gives the same itemsets as one global tree but reads memory in order.
 * Trees are flat int arrays; children are found through an open-addressing hash of (parent, item).
 * Items inside the miner are ranks: 0 is the most frequent item.
 */
final class FpGrowth {
  private final int minCount;
  private final int maxLength;
  private final ItemsetStore out;

  /** The largest pair-count matrix used (64 MB of ints, about 5,800 frequent items). */
  private static final long PAIR_BUDGET = 16L << 20;

  private static int triangleRow(int item) {
    return (int) ((long) item * (item - 1) / 2);
  }

  private FpGrowth(int minCount, int maxLength, ItemsetStore out) {
    this.minCount = minCount;
    this.maxLength = maxLength;
    this.out = out;
  }

  /** The result: the frequent itemsets over ranks and the rank to item-id map. */
  record Result(ItemsetStore itemsets, int[] idOfRank, int[] countOfRank) {}

  static Result mine(Baskets baskets, int minCount, int maxLength, ProgressListener progress) {
    int[] offsets = baskets.offsets();
    int[] items = baskets.items();
    int n = baskets.size();
    int[] counts = new int[baskets.itemCount()];
    for (int i = 0; i < items.length; i++) {
      counts[items[i]]++;
    }
    int frequent = 0;
    for (int c : counts) {
      if (c >= minCount) {
        frequent++;
      }
    }
    Integer[] order = new Integer[frequent];
    int k = 0;
    for (int id = 0; id < counts.length; id++) {
      if (counts[id] >= minCount) {
        order[k++] = id;
      }
    }
    Arrays.sort(order, (a, b) -> counts[a] != counts[b] ? counts[b] - counts[a] : a - b);
    int[] idOfRank = new int[frequent];
    int[] countOfRank = new int[frequent];
    int[] rankOf = new int[counts.length];
    Arrays.fill(rankOf, -1);
    for (int r = 0; r < frequent; r++) {
      idOfRank[r] = order[r];
      countOfRank[r] = counts[order[r]];
      rankOf[order[r]] = r;
    }
    ItemsetStore store = new ItemsetStore();
    if (frequent == 0) {
      return new Result(store, idOfRank, countOfRank);
    }
    // the baskets recoded to ranks, each sorted ascending (most frequent item first)
    long occurrences = 0;
    for (int r = 0; r < frequent; r++) {
      occurrences += countOfRank[r];
    }
    if (occurrences > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("too many item occurrences: " + occurrences);
    }
    int[] flat = new int[(int) occurrences];
    int[] start = new int[n + 1];
    int size = 0;
    for (int b = 0; b < n; b++) {
      int from = size;
      for (int i = offsets[b]; i < offsets[b + 1]; i++) {
        int r = rankOf[items[i]];
        if (r >= 0) {
          flat[size++] = r;
        }
      }
      if (size - from > 1) {
        Arrays.sort(flat, from, size);
      }
      start[b + 1] = size;
    }
    // where each item occurs: the start of its basket and its own position
    int[] occStart = new int[frequent + 1];
    for (int r = 0; r < frequent; r++) {
      occStart[r + 1] = occStart[r] + countOfRank[r];
    }
    int[] occBasket = new int[size];
    int[] occPos = new int[size];
    int[] cursor = Arrays.copyOf(occStart, frequent);
    for (int b = 0; b < n; b++) {
      for (int p = start[b]; p < start[b + 1]; p++) {
        int c = cursor[flat[p]]++;
        occBasket[c] = start[b];
        occPos[c] = p;
      }
    }
    // pair counts in one sequential pass when the triangular matrix is small enough: an item with
    // no frequent partner then needs no look at its baskets
    long triangle = (long) frequent * (frequent - 1) / 2;
    int @Nullable [] pairs = null;
    if (maxLength > 1 && triangle <= PAIR_BUDGET) {
      pairs = new int[(int) triangle];
      for (int b = 0; b < n; b++) {
        for (int q = start[b] + 1; q < start[b + 1]; q++) {
          int base = triangleRow(flat[q]);
          for (int p = start[b]; p < q; p++) {
            pairs[base + flat[p]]++;
          }
        }
      }
    }
    progress.onProgress("project", n, n);
    FpGrowth miner = new FpGrowth(minCount, maxLength, store);
    int[] prefix = new int[maxLength];
    for (int r = frequent - 1; r >= 0; r--) {
      progress.onProgress("fp-growth", frequent - 1 - r, frequent);
      prefix[0] = r;
      store.add(prefix, 1, countOfRank[r]);
      if (maxLength > 1 && r > 0) {
        Tree conditional =
            miner.projected(r, flat, occBasket, occPos, occStart[r], occStart[r + 1], pairs);
        if (conditional != null) {
          miner.mineTree(conditional, prefix, 1);
        }
      }
    }
    progress.onProgress("fp-growth", frequent, frequent);
    return new Result(store, idOfRank, countOfRank);
  }

  /**
   * The conditional FP-tree of item {@code item} built straight from the baskets that contain it
   * (its projected database: the items ranked before it in each such basket), so the first level
   * needs no global tree.
   */
  private @Nullable Tree projected(
      int item,
      int[] flat,
      int[] occBasket,
      int[] occPos,
      int from,
      int to,
      int @Nullable [] pairs) {
    int[] cc;
    if (pairs != null) {
      int base = triangleRow(item);
      cc = Arrays.copyOfRange(pairs, base, base + item);
    } else {
      cc = new int[item];
      for (int o = from; o < to; o++) {
        for (int q = occBasket[o]; q < occPos[o]; q++) {
          cc[flat[q]]++;
        }
      }
    }
    int[] newLocal = new int[item];
    int[] globalOf = keep(cc, newLocal, null);
    if (globalOf.length == 0) {
      return null;
    }
    int kept = globalOf.length;
    long keptOccurrences = 0;
    for (int g : globalOf) {
      keptOccurrences += cc[g];
    }
    Tree tree = new Tree(globalOf, (int) Math.min(keptOccurrences, 1 << 20));
    int[] path = new int[kept];
    int lastKept = globalOf[kept - 1];
    for (int o = from; o < to; o++) {
      int len = 0;
      // a basket's ranks ascend: past the last kept rank nothing more can be kept
      for (int q = occBasket[o], end = occPos[o]; q < end && flat[q] <= lastKept; q++) {
        int l = newLocal[flat[q]];
        if (l >= 0) {
          path[len++] = l;
        }
      }
      if (len > 0) {
        tree.insert(path, len, 1);
      }
    }
    return tree;
  }

  /**
   * Keeps the items whose count reaches the minimum: fills {@code newLocal} (old index to new
   * index, -1 when dropped) and returns the kept items' global ranks in order.
   *
   * @param globalOf old index to global rank, or null when old indexes are global ranks
   */
  private int[] keep(int[] cc, int[] newLocal, int @Nullable [] globalOf) {
    int kept = 0;
    for (int j = 0; j < cc.length; j++) {
      newLocal[j] = cc[j] >= minCount ? kept++ : -1;
    }
    int[] keptGlobal = new int[kept];
    for (int j = 0; j < cc.length; j++) {
      if (newLocal[j] >= 0) {
        keptGlobal[newLocal[j]] = globalOf == null ? j : globalOf[j];
      }
    }
    return keptGlobal;
  }

  private void mineTree(Tree tree, int[] prefix, int depth) {
    int items = tree.globalOf.length;
    for (int i = items - 1; i >= 0; i--) {
      prefix[depth] = tree.globalOf[i];
      out.add(prefix, depth + 1, tree.headCount[i]);
      if (depth + 1 < maxLength && i > 0) {
        Tree conditional = conditional(tree, i);
        if (conditional != null) {
          mineTree(conditional, prefix, depth + 1);
        }
      }
    }
  }

  /** The conditional tree of local item {@code item}, or null when it has no frequent item. */
  private @Nullable Tree conditional(Tree tree, int item) {
    int[] cc = new int[item];
    int pathNodes = 0;
    for (int node = tree.headFirst[item]; node != 0; node = tree.next[node]) {
      int c = tree.count[node];
      for (int p = tree.parent[node]; p != 0; p = tree.parent[p]) {
        cc[tree.item[p]] += c;
        pathNodes++;
      }
    }
    int[] newLocal = new int[item];
    int[] globalOf = keep(cc, newLocal, tree.globalOf);
    if (globalOf.length == 0) {
      return null;
    }
    int kept = globalOf.length;
    Tree result = new Tree(globalOf, Math.max(16, pathNodes / 2));
    int[] path = new int[kept];
    for (int node = tree.headFirst[item]; node != 0; node = tree.next[node]) {
      int len = 0;
      for (int p = tree.parent[node]; p != 0; p = tree.parent[p]) {
        int l = newLocal[tree.item[p]];
        if (l >= 0) {
          path[len++] = l;
        }
      }
      if (len > 0) {
        // walked leaf to root: reverse into root-to-leaf (ascending local) order
        for (int a = 0, b = len - 1; a < b; a++, b--) {
          int t = path[a];
          path[a] = path[b];
          path[b] = t;
        }
        result.insert(path, len, tree.count[node]);
      }
    }
    return result;
  }

  /** A prefix tree over local items 0..L-1; node 0 is the root. */
  static final class Tree {
    final int[] globalOf;
    final int[] headFirst;
    final int[] headCount;
    int[] item;
    int[] count;
    int[] parent;
    int[] next;
    int size = 1;
    private long[] keys;
    private int[] values;
    private int mask;
    private int used;

    Tree(int[] globalOf, int expectedNodes) {
      this.globalOf = globalOf;
      this.headFirst = new int[globalOf.length];
      this.headCount = new int[globalOf.length];
      int cap = Math.max(16, expectedNodes + 1);
      item = new int[cap];
      count = new int[cap];
      parent = new int[cap];
      next = new int[cap];
      int tableSize = Integer.highestOneBit(Math.max(16, cap) * 2 - 1) * 2;
      keys = new long[tableSize];
      values = new int[tableSize];
      Arrays.fill(keys, -1L);
      mask = tableSize - 1;
    }

    void insert(int[] path, int len, int c) {
      int node = 0;
      for (int i = 0; i < len; i++) {
        int it = path[i];
        int child = childOf(node, it);
        if (child == 0) {
          child = newNode(node, it);
        }
        count[child] += c;
        headCount[it] += c;
        node = child;
      }
    }

    private int childOf(int node, int it) {
      long key = ((long) node << 32) | it;
      int h = hash(key) & mask;
      while (true) {
        long k = keys[h];
        if (k == key) {
          return values[h];
        }
        if (k == -1L) {
          return 0;
        }
        h = (h + 1) & mask;
      }
    }

    private int newNode(int node, int it) {
      if (size == item.length) {
        int cap = item.length * 2;
        item = Arrays.copyOf(item, cap);
        count = Arrays.copyOf(count, cap);
        parent = Arrays.copyOf(parent, cap);
        next = Arrays.copyOf(next, cap);
      }
      int child = size++;
      item[child] = it;
      parent[child] = node;
      next[child] = headFirst[it];
      headFirst[it] = child;
      if (++used * 2 > keys.length) {
        rehash();
      }
      long key = ((long) node << 32) | it;
      int h = hash(key) & mask;
      while (keys[h] != -1L) {
        h = (h + 1) & mask;
      }
      keys[h] = key;
      values[h] = child;
      return child;
    }

    private void rehash() {
      long[] oldKeys = keys;
      int[] oldValues = values;
      keys = new long[oldKeys.length * 2];
      values = new int[oldKeys.length * 2];
      Arrays.fill(keys, -1L);
      mask = keys.length - 1;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != -1L) {
          int h = hash(oldKeys[i]) & mask;
          while (keys[h] != -1L) {
            h = (h + 1) & mask;
          }
          keys[h] = oldKeys[i];
          values[h] = oldValues[i];
        }
      }
    }

    private static int hash(long key) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h ^ (h >>> 29));
    }
  }
}
