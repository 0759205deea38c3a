package org.osicam.scoring.typology;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import org.osicam.core.InvalidDataException;
import org.osicam.core.model.CustomerId;

/**
 * A fitted typology: the clusters (largest first) with their sizes and feature means, each
 * customer's cluster, and the silhouettes that chose the number of clusters. Immutable and
 * thread-safe; new customers are placed with {@link #assign(double...)}.
 *
 * <pre>{@code
 * TypologyModel model = Typology.builder()
 *     .features("recency_days", "frequency", "monetary")
 *     .clusterRange(2, 6)
 *     .seed(42)
 *     .build()
 *     .fit(customers, rows);                                  // double[customers][features]
 * System.out.println(model.describe());
 * OptionalInt first = model.clusterOf(customers.get(0));
 * int newcomer = model.assign(20, 3, 150);
 * }</pre>
 */
public final class TypologyModel {
  private final Typology settings;
  private final double[] mean;
  private final double[] sd;
  private final double[][] centres;
  private final List<Cluster> clusters;
  private final Map<CustomerId, Integer> assignments;
  private final double silhouette;
  private final Map<Integer, Double> silhouettes;

  private TypologyModel(
      Typology settings,
      double[] mean,
      double[] sd,
      double[][] centres,
      List<Cluster> clusters,
      Map<CustomerId, Integer> assignments,
      double silhouette,
      Map<Integer, Double> silhouettes) {
    this.settings = settings;
    this.mean = mean;
    this.sd = sd;
    this.centres = centres;
    this.clusters = clusters;
    this.assignments = assignments;
    this.silhouette = silhouette;
    this.silhouettes = silhouettes;
  }

  static TypologyModel create(
      Typology settings,
      List<CustomerId> customers,
      double[][] rows,
      double[] mean,
      double[] sd,
      double[][] rawCentres,
      int[] rawAssignment,
      double silhouette,
      Map<Integer, Double> silhouettes) {
    int k = rawCentres.length;
    int d = mean.length;
    int[] size = new int[k];
    double[][] sums = new double[k][d];
    for (int i = 0; i < rows.length; i++) {
      int c = rawAssignment[i];
      size[c]++;
      for (int j = 0; j < d; j++) {
        sums[c][j] += rows[i][j];
      }
    }
    // order clusters: largest first, then by standardised centre, for stable indexes
    Integer[] order = new Integer[k];
    for (int c = 0; c < k; c++) {
      order[c] = c;
    }
    Arrays.sort(
        order,
        Comparator.comparingInt((Integer c) -> -size[c])
            .thenComparing(c -> rawCentres[c], Arrays::compare));
    int[] newIndex = new int[k];
    double[][] centres = new double[k][];
    List<Cluster> clusters = new ArrayList<>(k);
    for (int idx = 0; idx < k; idx++) {
      int c = order[idx];
      newIndex[c] = idx;
      centres[idx] = rawCentres[c].clone();
      List<Double> means = new ArrayList<>(d);
      List<Double> centroid = new ArrayList<>(d);
      for (int j = 0; j < d; j++) {
        means.add(size[c] == 0 ? mean[j] : sums[c][j] / size[c]);
        centroid.add(rawCentres[c][j]);
      }
      clusters.add(new Cluster(idx, size[c], (double) size[c] / rows.length, means, centroid));
    }
    Map<CustomerId, Integer> assignments = new LinkedHashMap<>();
    for (int i = 0; i < rows.length; i++) {
      assignments.put(customers.get(i), newIndex[rawAssignment[i]]);
    }
    return new TypologyModel(
        settings,
        mean.clone(),
        sd.clone(),
        centres,
        List.copyOf(clusters),
        Collections.unmodifiableMap(assignments),
        silhouette,
        Collections.unmodifiableMap(new LinkedHashMap<>(silhouettes)));
  }

  /** The settings (features, seed, cluster range) that produced this model. */
  public Typology settings() {
    return settings;
  }

  /** The feature names. */
  public List<String> features() {
    return settings.features();
  }

  /** The number of clusters. */
  public int k() {
    return clusters.size();
  }

  /** The clusters, largest first. */
  public List<Cluster> clusters() {
    return clusters;
  }

  /** Each fitted customer's cluster index, in input order. */
  public Map<CustomerId, Integer> assignments() {
    return assignments;
  }

  /**
   * The cluster of a fitted customer.
   *
   * @param customer the customer
   * @return its cluster index, or empty when the customer was not in the fitted data
   */
  public OptionalInt clusterOf(CustomerId customer) {
    Integer c = assignments.get(customer);
    return c == null ? OptionalInt.empty() : OptionalInt.of(c);
  }

  /**
   * The mean silhouette of the chosen clustering, in [-1, 1] (above about 0.5: well separated; near
   * 0: overlapping clusters).
   *
   * @return the silhouette
   */
  public double silhouette() {
    return silhouette;
  }

  /** The mean silhouette of every cluster count tried, by count. */
  public Map<Integer, Double> silhouettes() {
    return silhouettes;
  }

  /** The feature means used to standardise. */
  public List<Double> featureMeans() {
    return toList(mean);
  }

  /** The feature sample standard deviations used to standardise. */
  public List<Double> featureStandardDeviations() {
    return toList(sd);
  }

  private static List<Double> toList(double[] values) {
    List<Double> list = new ArrayList<>(values.length);
    for (double v : values) {
      list.add(v);
    }
    return List.copyOf(list);
  }

  /**
   * The cluster of a new customer: the nearest centre after standardising with the fitted means and
   * deviations.
   *
   * @param values the customer's feature values, in the order of {@link #features()}
   * @return the cluster index
   * @throws InvalidDataException if the number of values is wrong or a value is not finite
   */
  public int assign(double... values) {
    Objects.requireNonNull(values, "values");
    if (values.length != mean.length) {
      throw new InvalidDataException(
          "values",
          mean.length + " values (" + String.join(", ", features()) + ")",
          values.length + " values");
    }
    double[] z = new double[values.length];
    for (int j = 0; j < values.length; j++) {
      if (!Double.isFinite(values[j])) {
        throw new InvalidDataException(
            "values." + features().get(j), "finite", String.valueOf(values[j]));
      }
      z[j] = sd[j] > 0 ? (values[j] - mean[j]) / sd[j] : 0.0;
    }
    return Typology.nearest(z, centres);
  }

  /**
   * A plain-text table of the clusters: index, size, share and feature means.
   *
   * @return the description, one line per cluster after a header
   */
  public String describe() {
    StringBuilder sb = new StringBuilder("cluster\tsize\tshare");
    for (String f : features()) {
      sb.append('\t').append(f);
    }
    sb.append('\n');
    for (Cluster c : clusters) {
      sb.append(c.index()).append('\t').append(c.size());
      sb.append(String.format(Locale.ROOT, "\t%.3f", c.share()));
      for (double m : c.means()) {
        sb.append(String.format(Locale.ROOT, "\t%.4g", m));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    Map<Integer, Integer> sizes = new HashMap<>();
    clusters.forEach(c -> sizes.put(c.index(), c.size()));
    return String.format(
        Locale.ROOT, "TypologyModel[k=%d, silhouette=%.3f, sizes=%s]", k(), silhouette, sizes);
  }
}
