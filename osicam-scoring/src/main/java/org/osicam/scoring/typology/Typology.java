package org.osicam.scoring.typology;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.apache.commons.math3.ml.clustering.CentroidCluster;
import org.apache.commons.math3.ml.clustering.DoublePoint;
import org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.distance.EuclideanDistance;
import org.apache.commons.math3.random.Well19937c;
import org.osicam.core.InvalidDataException;
import org.osicam.core.model.CustomerId;
import org.osicam.scoring.internal.SetOnce;

/**
 * Finds customer typologies with k-means++ (Arthur and Vassilvitskii 2007) on standardised
 * features. Every feature is turned into a z-score (mean 0, sample standard deviation 1; a constant
 * feature becomes 0) so that no feature dominates by its unit. With a range of cluster counts, the
 * count with the highest mean silhouette (Rousseeuw 1987) wins (ties: the smaller count). Each
 * count is fitted {@code trials} times from seeds split off the one seed, keeping the fit with the
 * lowest within-cluster sum of squares, so the same seed and data give the same clusters. Immutable
 * and thread-safe.
 *
 * <pre>{@code
 * TypologyModel model = Typology.builder()
 *     .features("recency_days", "frequency", "monetary")
 *     .clusterRange(2, 6)
 *     .seed(42)
 *     .build()
 *     .fit(customers, rows);
 * model.clusters().forEach(c -> System.out.println(c.size() + " " + c.means()));
 * }</pre>
 */
public final class Typology {
  private final List<String> features;
  private final int minClusters;
  private final int maxClusters;
  private final long seed;
  private final int maxIterations;
  private final int trials;
  private final int silhouetteSample;

  private Typology(Builder b) {
    this.features = List.copyOf(b.features);
    this.minClusters = b.minClusters;
    this.maxClusters = b.maxClusters;
    this.seed = b.seed;
    this.maxIterations = b.maxIterations;
    this.trials = b.trials;
    this.silhouetteSample = b.silhouetteSample;
  }

  /** A builder: features are required; by default 2 to 8 clusters, seed 0. */
  public static Builder builder() {
    return new Builder();
  }

  /** The feature names. */
  public List<String> features() {
    return features;
  }

  /** The seed. */
  public long seed() {
    return seed;
  }

  /**
   * Clusters the customers.
   *
   * @param customers one id per row
   * @param rows one row of feature values per customer, in the order of {@link #features()}
   * @return the fitted typology
   * @throws InvalidDataException if a row has the wrong length or a non-finite value
   * @throws IllegalArgumentException if the sizes differ or there are fewer customers than the
   *     smallest cluster count
   */
  public TypologyModel fit(List<CustomerId> customers, double[][] rows) {
    Objects.requireNonNull(customers, "customers");
    Objects.requireNonNull(rows, "rows");
    if (customers.size() != rows.length) {
      throw new IllegalArgumentException(
          "rows must have one row per customer (" + customers.size() + "), was " + rows.length);
    }
    int n = rows.length;
    int d = features.size();
    if (n < Math.max(2, minClusters)) {
      throw new IllegalArgumentException(
          "customers must be at least " + Math.max(2, minClusters) + ", was " + n);
    }
    for (int i = 0; i < n; i++) {
      if (rows[i].length != d) {
        throw new InvalidDataException(
            "rows[" + i + "]",
            d + " values (" + String.join(", ", features) + ")",
            rows[i].length + " values");
      }
      for (int j = 0; j < d; j++) {
        if (!Double.isFinite(rows[i][j])) {
          throw new InvalidDataException(
              "rows[" + i + "]." + features.get(j), "finite", String.valueOf(rows[i][j]));
        }
      }
    }
    double[] mean = new double[d];
    double[] sd = new double[d];
    for (int j = 0; j < d; j++) {
      double m = 0;
      for (double[] row : rows) {
        m += row[j];
      }
      m /= n;
      double ss = 0;
      for (double[] row : rows) {
        ss += (row[j] - m) * (row[j] - m);
      }
      mean[j] = m;
      sd[j] = Math.sqrt(ss / (n - 1));
    }
    double[][] z = new double[n][d];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        z[i][j] = sd[j] > 0 ? (rows[i][j] - mean[j]) / sd[j] : 0.0;
      }
    }
    List<DoublePoint> points = new ArrayList<>(n);
    for (double[] row : z) {
      points.add(new DoublePoint(row));
    }
    SplittableRandom random = new SplittableRandom(seed);
    int[] sample = sample(n, random.split());
    Map<Integer, Double> silhouettes = new LinkedHashMap<>();
    double[][] bestCentres = null;
    int[] bestAssignment = null;
    double bestSilhouette = Double.NEGATIVE_INFINITY;
    int upper = Math.max(minClusters, Math.min(maxClusters, n - 1));
    for (int k = minClusters; k <= upper; k++) {
      SplittableRandom kRandom = random.split();
      double[][] centres = bestOf(points, z, k, kRandom);
      int[] assignment = assign(z, centres);
      double s = silhouette(z, assignment, k, sample);
      silhouettes.put(k, s);
      if (s > bestSilhouette) {
        bestSilhouette = s;
        bestCentres = centres;
        bestAssignment = assignment;
      }
    }
    return TypologyModel.create(
        this,
        customers,
        rows,
        mean,
        sd,
        Objects.requireNonNull(bestCentres),
        Objects.requireNonNull(bestAssignment),
        bestSilhouette,
        silhouettes);
  }

  private double[][] bestOf(
      List<DoublePoint> points, double[][] z, int k, SplittableRandom random) {
    double[][] best = null;
    double bestSse = Double.POSITIVE_INFINITY;
    for (int t = 0; t < trials; t++) {
      KMeansPlusPlusClusterer<DoublePoint> clusterer =
          new KMeansPlusPlusClusterer<>(
              k, maxIterations, new EuclideanDistance(), new Well19937c(random.nextLong()));
      List<CentroidCluster<DoublePoint>> clusters = clusterer.cluster(points);
      double[][] centres = new double[clusters.size()][];
      for (int c = 0; c < centres.length; c++) {
        centres[c] = clusters.get(c).getCenter().getPoint().clone();
      }
      double sse = 0;
      for (double[] row : z) {
        sse += squaredDistance(row, centres[nearest(row, centres)]);
      }
      if (sse < bestSse) {
        bestSse = sse;
        best = centres;
      }
    }
    return Objects.requireNonNull(best);
  }

  private int[] sample(int n, SplittableRandom random) {
    if (n <= silhouetteSample) {
      int[] all = new int[n];
      for (int i = 0; i < n; i++) {
        all[i] = i;
      }
      return all;
    }
    int[] idx = new int[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    for (int i = 0; i < silhouetteSample; i++) {
      int j = i + random.nextInt(n - i);
      int t = idx[i];
      idx[i] = idx[j];
      idx[j] = t;
    }
    int[] s = Arrays.copyOf(idx, silhouetteSample);
    Arrays.sort(s);
    return s;
  }

  static int[] assign(double[][] z, double[][] centres) {
    int[] a = new int[z.length];
    for (int i = 0; i < z.length; i++) {
      a[i] = nearest(z[i], centres);
    }
    return a;
  }

  static int nearest(double[] row, double[][] centres) {
    int best = 0;
    double bestD = Double.POSITIVE_INFINITY;
    for (int c = 0; c < centres.length; c++) {
      double dist = squaredDistance(row, centres[c]);
      if (dist < bestD) {
        bestD = dist;
        best = c;
      }
    }
    return best;
  }

  static double squaredDistance(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      double t = a[i] - b[i];
      s += t * t;
    }
    return s;
  }

  /** Mean silhouette over the sampled points (distances among the sample only). */
  static double silhouette(double[][] z, int[] assignment, int k, int[] sample) {
    int m = sample.length;
    double total = 0;
    double[] sum = new double[k];
    int[] count = new int[k];
    for (int s : sample) {
      count[assignment[s]]++;
    }
    for (int a = 0; a < m; a++) {
      Arrays.fill(sum, 0.0);
      int own = assignment[sample[a]];
      for (int b = 0; b < m; b++) {
        if (a != b) {
          sum[assignment[sample[b]]] += Math.sqrt(squaredDistance(z[sample[a]], z[sample[b]]));
        }
      }
      if (count[own] <= 1) {
        continue; // a singleton's silhouette is 0
      }
      double within = sum[own] / (count[own] - 1);
      double nearestOther = Double.POSITIVE_INFINITY;
      for (int c = 0; c < k; c++) {
        if (c != own && count[c] > 0) {
          nearestOther = Math.min(nearestOther, sum[c] / count[c]);
        }
      }
      if (Double.isInfinite(nearestOther)) {
        continue;
      }
      double denom = Math.max(within, nearestOther);
      total += denom > 0 ? (nearestOther - within) / denom : 0.0;
    }
    return total / m;
  }

  /** Builds a {@link Typology}; each option may be set once. */
  public static final class Builder {
    private List<String> features = List.of();
    private int minClusters = 2;
    private int maxClusters = 8;
    private long seed;
    private int maxIterations = 300;
    private int trials = 5;
    private int silhouetteSample = 2000;
    private final SetOnce options = new SetOnce();

    private Builder() {}

    /**
     * The feature names, one per column of the rows.
     *
     * @param features at least one, distinct, non-blank
     * @return this builder
     */
    public Builder features(String... features) {
      List<String> list = List.of(features);
      if (list.isEmpty()
          || list.stream().anyMatch(String::isBlank)
          || list.stream().distinct().count() != list.size()) {
        throw new IllegalArgumentException(
            "features must be distinct non-blank names, at least one, was " + list);
      }
      options.check("features");
      this.features = list;
      return this;
    }

    /**
     * A fixed number of clusters.
     *
     * @param k at least 2
     * @return this builder
     */
    public Builder clusters(int k) {
      return clusterRange(k, k);
    }

    /**
     * The range of cluster counts to try; the mean silhouette picks one.
     *
     * @param min at least 2
     * @param max at least {@code min}
     * @return this builder
     */
    public Builder clusterRange(int min, int max) {
      if (min < 2 || max < min) {
        throw new IllegalArgumentException(
            "cluster range must satisfy 2 <= min <= max, was " + min + ".." + max);
      }
      options.check("clusters");
      this.minClusters = min;
      this.maxClusters = max;
      return this;
    }

    /**
     * The seed of every random step.
     *
     * @param seed any value
     * @return this builder
     */
    public Builder seed(long seed) {
      options.check("seed");
      this.seed = seed;
      return this;
    }

    /**
     * The maximum k-means iterations per fit (default 300).
     *
     * @param maxIterations at least 1
     * @return this builder
     */
    public Builder maxIterations(int maxIterations) {
      if (maxIterations < 1) {
        throw new IllegalArgumentException("maxIterations must be >= 1, was " + maxIterations);
      }
      options.check("maxIterations");
      this.maxIterations = maxIterations;
      return this;
    }

    /**
     * The number of k-means++ restarts per cluster count (default 5).
     *
     * @param trials at least 1
     * @return this builder
     */
    public Builder trials(int trials) {
      if (trials < 1) {
        throw new IllegalArgumentException("trials must be >= 1, was " + trials);
      }
      options.check("trials");
      this.trials = trials;
      return this;
    }

    /**
     * The number of customers (a seeded sample) on which silhouettes are computed (default 2,000;
     * silhouettes cost a time quadratic in this number).
     *
     * @param size at least 10
     * @return this builder
     */
    public Builder silhouetteSample(int size) {
      if (size < 10) {
        throw new IllegalArgumentException("silhouetteSample must be >= 10, was " + size);
      }
      options.check("silhouetteSample");
      this.silhouetteSample = size;
      return this;
    }

    /**
     * Builds the typology finder.
     *
     * @return it
     * @throws IllegalStateException if no features were named
     */
    public Typology build() {
      if (features.isEmpty()) {
        throw new IllegalStateException("features(..) is required");
      }
      return new Typology(this);
    }
  }
}
