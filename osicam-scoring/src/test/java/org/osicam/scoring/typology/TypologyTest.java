package org.osicam.scoring.typology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.osicam.core.InvalidDataException;
import org.osicam.core.model.CustomerId;

class TypologyTest {

  /** Three blobs in (recency days, orders, spend) with different sizes. */
  static Fixture blobs(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[][] centres = {{20, 12, 900}, {200, 2, 80}, {90, 5, 300}};
    int[] sizes = {150, 100, 50};
    List<CustomerId> ids = new ArrayList<>();
    List<double[]> rows = new ArrayList<>();
    for (int b = 0; b < 3; b++) {
      for (int i = 0; i < sizes[b]; i++) {
        ids.add(CustomerId.of("C" + ids.size()));
        rows.add(
            new double[] {
              centres[b][0] + 10 * r.nextGaussian(),
              centres[b][1] + 0.8 * r.nextGaussian(),
              centres[b][2] + 30 * r.nextGaussian()
            });
      }
    }
    return new Fixture(ids, rows.toArray(new double[0][]));
  }

  record Fixture(List<CustomerId> ids, double[][] rows) {}

  private static Typology typology(long seed) {
    return Typology.builder()
        .features("recency_days", "frequency", "monetary")
        .clusterRange(2, 6)
        .seed(seed)
        .build();
  }

  @Test
  void silhouetteFindsThreeWellSeparatedGroupsAndDescribesThem() {
    Fixture f = blobs(1);

    TypologyModel model = typology(42).fit(f.ids(), f.rows());

    assertThat(model.k()).isEqualTo(3);
    assertThat(model.silhouettes()).containsOnlyKeys(2, 3, 4, 5, 6);
    assertThat(model.silhouette()).isGreaterThan(0.7).isEqualTo(model.silhouettes().get(3));
    assertThat(model.clusters()).extracting(Cluster::size).containsExactly(150, 100, 50);
    Cluster loyal = model.clusters().get(0);
    assertThat(loyal.means().get(0)).isCloseTo(20, within(3.0));
    assertThat(loyal.means().get(2)).isCloseTo(900, within(10.0));
    assertThat(loyal.share()).isCloseTo(0.5, within(1e-12));
    assertThat(loyal.centroid().get(2)).isGreaterThan(0.5);
    assertThat(model.clusterOf(CustomerId.of("C0"))).hasValue(0);
    assertThat(model.clusterOf(CustomerId.of("C299"))).hasValue(2);
    assertThat(model.assign(210, 1, 70)).isEqualTo(1);
    assertThat(model.describe())
        .startsWith("cluster\tsize\tshare\trecency_days\tfrequency\tmonetary\n0\t150\t0.500");
  }

  @Test
  void givenClusterCountIsUsed() {
    Fixture f = blobs(2);

    TypologyModel model =
        Typology.builder()
            .features("r", "f", "m")
            .clusters(2)
            .seed(7)
            .build()
            .fit(f.ids(), f.rows());

    assertThat(model.k()).isEqualTo(2);
    assertThat(model.silhouettes()).containsOnlyKeys(2);
  }

  @Test
  void constantFeatureIsHarmless() {
    Fixture f = blobs(3);
    double[][] rows = new double[f.rows().length][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = new double[] {f.rows()[i][0], f.rows()[i][2], 1.0};
    }

    TypologyModel model =
        Typology.builder().features("r", "m", "constant").seed(1).build().fit(f.ids(), rows);

    assertThat(model.k()).isEqualTo(3);
    assertThat(model.featureStandardDeviations().get(2)).isZero();
  }

  @Test
  void badRowsAreRejected() {
    Typology t = Typology.builder().features("a", "b").clusters(2).build();
    List<CustomerId> ids = List.of(CustomerId.of("A"), CustomerId.of("B"), CustomerId.of("C"));

    assertThatThrownBy(() -> t.fit(ids, new double[][] {{1, 2}, {3}, {4, 5}}))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("rows[1] must be 2 values (a, b), was 1 values");
    assertThatThrownBy(() -> t.fit(ids, new double[][] {{1, 2}, {3, Double.NaN}, {4, 5}}))
        .hasMessage("rows[1].b must be finite, was NaN");
    assertThatThrownBy(() -> Typology.builder().build()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Typology.builder().clusters(1))
        .hasMessage("cluster range must satisfy 2 <= min <= max, was 1..1");
  }
}
