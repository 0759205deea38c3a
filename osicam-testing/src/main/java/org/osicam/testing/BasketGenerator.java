package org.osicam.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Seeded synthetic market baskets for tests and benchmarks of association-rule mining. Items are
 * named {@code item-00000} and so on; their popularity follows a Zipf–Mandelbrot law ({@code 1 /
 * (rank + 20)}), so a few items are common and most are rare. A share of the baskets also holds one
 * of a set of hidden patterns (2 to 6 items bought together; each pattern item kept with
 * probability 0.9), the patterns' own popularity decreasing geometrically, so the data has frequent
 * itemsets of several lengths as real baskets do. Basket sizes are 1 + Poisson(mean − 1). The same
 * settings and seed give the same baskets.
 *
 * <pre>{@code
 * BasketGenerator gen = BasketGenerator.builder().baskets(1_000).items(500).seed(7).build();
 * gen.forEach(basket -> System.out.println(String.join(",", basket)));
 * }</pre>
 */
public final class BasketGenerator {
  private final int baskets;
  private final int items;
  private final double meanSize;
  private final int patterns;
  private final double patternShare;
  private final long seed;
  private final String[] names;

  private BasketGenerator(Builder b) {
    this.baskets = b.baskets;
    this.items = b.items;
    this.meanSize = b.meanSize;
    this.patterns = b.patterns;
    this.patternShare = b.patternShare;
    this.seed = b.seed;
    this.names = new String[items];
    for (int i = 0; i < items; i++) {
      names[i] = String.format(Locale.ROOT, "item-%05d", i);
    }
  }

  /** A builder: 1,000 baskets over 500 items, mean size 10, 100 patterns in half the baskets. */
  public static Builder builder() {
    return new Builder();
  }

  /** The number of baskets generated. */
  public int baskets() {
    return baskets;
  }

  /**
   * Generates every basket in order.
   *
   * @param sink receives each basket (a fresh list of distinct item names)
   */
  public void forEach(Consumer<List<String>> sink) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] itemCdf = new double[items];
    double total = 0;
    for (int r = 0; r < items; r++) {
      total += 1.0 / (r + 21);
      itemCdf[r] = total;
    }
    for (int r = 0; r < items; r++) {
      itemCdf[r] /= total;
    }
    SplittableRandom patternRandom = random.split();
    int[][] pattern = new int[patterns][];
    double[] patternCdf = new double[patterns];
    double ptotal = 0;
    for (int p = 0; p < patterns; p++) {
      int size = Math.min(items, 2 + patternRandom.nextInt(5));
      int[] members = new int[size];
      for (int i = 0; i < size; i++) {
        int candidate;
        do {
          candidate = draw(itemCdf, patternRandom);
        } while (contains(members, i, candidate));
        members[i] = candidate;
      }
      pattern[p] = members;
      ptotal += Math.pow(0.97, p);
      patternCdf[p] = ptotal;
    }
    for (int p = 0; p < patterns; p++) {
      patternCdf[p] /= ptotal;
    }
    int[] basket = new int[items];
    for (int b = 0; b < baskets; b++) {
      int size = Math.min(items, 1 + poisson(meanSize - 1, random));
      int len = 0;
      if (patterns > 0 && random.nextDouble() < patternShare) {
        for (int item : pattern[draw(patternCdf, random)]) {
          if (len < size && random.nextDouble() < 0.9) {
            basket[len++] = item;
          }
        }
      }
      int attempts = 0;
      while (len < size && attempts++ < 10 * size) {
        int item = draw(itemCdf, random);
        if (!contains(basket, len, item)) {
          basket[len++] = item;
        }
      }
      if (len == 0) {
        basket[len++] = draw(itemCdf, random);
      }
      List<String> list = new ArrayList<>(len);
      for (int i = 0; i < len; i++) {
        list.add(names[basket[i]]);
      }
      sink.accept(list);
    }
  }

  /** Every basket, in a list. */
  public List<List<String>> toList() {
    List<List<String>> all = new ArrayList<>(baskets);
    forEach(all::add);
    return all;
  }

  private static boolean contains(int[] a, int len, int value) {
    for (int i = 0; i < len; i++) {
      if (a[i] == value) {
        return true;
      }
    }
    return false;
  }

  private static int draw(double[] cdf, SplittableRandom random) {
    int i = Arrays.binarySearch(cdf, random.nextDouble());
    int index = i >= 0 ? i : -i - 1;
    return Math.min(index, cdf.length - 1);
  }

  private static int poisson(double mean, SplittableRandom random) {
    if (mean <= 0) {
      return 0;
    }
    double limit = Math.exp(-mean);
    double product = random.nextDouble();
    int k = 0;
    while (product > limit) {
      product *= random.nextDouble();
      k++;
    }
    return k;
  }

  /** Builds a {@link BasketGenerator}. */
  public static final class Builder {
    private int baskets = 1_000;
    private int items = 500;
    private double meanSize = 10;
    private int patterns = 100;
    private double patternShare = 0.5;
    private long seed;

    private Builder() {}

    /**
     * @param baskets how many baskets, at least 1
     * @return this builder
     */
    public Builder baskets(int baskets) {
      if (baskets < 1) {
        throw new IllegalArgumentException("baskets must be >= 1, was " + baskets);
      }
      this.baskets = baskets;
      return this;
    }

    /**
     * @param items the number of distinct items, at least 2
     * @return this builder
     */
    public Builder items(int items) {
      if (items < 2) {
        throw new IllegalArgumentException("items must be >= 2, was " + items);
      }
      this.items = items;
      return this;
    }

    /**
     * @param meanSize the mean basket size, at least 1
     * @return this builder
     */
    public Builder meanSize(double meanSize) {
      if (!(meanSize >= 1) || meanSize > 1000) {
        throw new IllegalArgumentException("meanSize must be in [1, 1000], was " + meanSize);
      }
      this.meanSize = meanSize;
      return this;
    }

    /**
     * @param patterns the number of hidden patterns, at least 0
     * @param share the share of baskets that hold one, in [0, 1]
     * @return this builder
     */
    public Builder patterns(int patterns, double share) {
      if (patterns < 0 || !(share >= 0 && share <= 1)) {
        throw new IllegalArgumentException(
            "patterns must be >= 0 and share in [0, 1], was " + patterns + ", " + share);
      }
      this.patterns = patterns;
      this.patternShare = share;
      return this;
    }

    /**
     * @param seed the seed
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * @return the generator
     */
    public BasketGenerator build() {
      return new BasketGenerator(this);
    }
  }
}
