package org.osicam.scoring.typology;

import java.util.List;

/**
 * One cluster of a typology, described so an analyst can name it. Record equality compares the
 * doubles with {@link Double#compare}.
 *
 * <p>Obtained from {@link TypologyModel#clusters()}.
 *
 * @param index the cluster's index in the model, 0 for the largest cluster
 * @param size the number of customers in it
 * @param share size divided by the number of customers
 * @param means the mean of each feature over its customers, in the features' own units
 * @param centroid the cluster centre in standardised units (z-scores): how far above or below the
 *     population mean each feature is, in standard deviations
 */
public record Cluster(
    int index, int size, double share, List<Double> means, List<Double> centroid) {

  /** Validates and copies. */
  public Cluster {
    means = List.copyOf(means);
    centroid = List.copyOf(centroid);
    if (means.size() != centroid.size()) {
      throw new IllegalArgumentException(
          "centroid must have one value per feature ("
              + means.size()
              + "), was "
              + centroid.size());
    }
  }
}
