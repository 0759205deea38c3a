package org.osicam.scoring.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osicam.core.InvalidDataException;
import org.osicam.core.model.CustomerId;

class RelationalMatrixTest {

  static List<CustomerId> ids(int n) {
    List<CustomerId> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(CustomerId.of("c" + i));
    }
    return out;
  }

  @Test
  void defaultCellsReadTheGridAsTheActionPlansSay() {
    RelationalMatrix m = RelationalMatrix.builder().build();

    assertThat(m.cell(3, 3, 0)).isEqualTo(new MatrixCell(3, 3, 0, "Stars", "retain"));
    assertThat(m.cell(3, 1, 0).actionPlan()).isEqualTo("rationalise");
    assertThat(m.cell(1, 3, 0).actionPlan()).isEqualTo("acquire");
    assertThat(m.cell(2, 3, 0).actionPlan()).isEqualTo("develop");
    assertThat(m.cell(1, 1, 0).actionPlan()).isEqualTo("minimise");
    assertThat(m.cell(2, 2, 0).actionPlan()).isEqualTo("maintain");
  }

  @Test
  void customersArePlacedAtThePopulationsTerciles() {
    // value 0..8, potential 8..0: low value with high potential, and the reverse
    double[] value = {0, 1, 2, 3, 4, 5, 6, 7, 8};
    double[] potential = {8, 7, 6, 5, 4, 3, 2, 1, 0};
    RelationalMatrix m = RelationalMatrix.builder().cell(2, 2, "Middle", "nurture").build();

    MatrixPlacement p = m.place(ids(9), value, potential, null);

    assertThat(p.edges().get("value")).containsExactly(8 / 3.0, 16 / 3.0);
    assertThat(p.cell(0)).isEqualTo(new MatrixCell(1, 3, 0, "Promising newcomers", "acquire"));
    assertThat(p.cell(4)).isEqualTo(new MatrixCell(2, 2, 0, "Middle", "nurture"));
    assertThat(p.cell(8).name()).isEqualTo("Cash cows");
    assertThat(p.counts())
        .containsExactly(
            Map.entry("Cash cows", 3L),
            Map.entry("Middle", 3L),
            Map.entry("Promising newcomers", 3L));
  }

  @Test
  void expectationsAxisAddsAThirdCoordinate() {
    RelationalMatrix m =
        RelationalMatrix.builder()
            .valueAxis(Axis.fixed(100))
            .potentialAxis(Axis.fixed(100))
            .expectationsAxis(Axis.fixed(7))
            .cell(2, 2, 1, "Unhappy stars", "recover")
            .build();

    MatrixPlacement p =
        m.place(
            ids(3),
            new double[] {150, 150, 10},
            new double[] {150, 150, 10},
            new double[] {3, 9, Double.NaN});

    assertThat(p.cell(0)).isEqualTo(new MatrixCell(2, 2, 1, "Unhappy stars", "recover"));
    assertThat(p.cell(1)).isEqualTo(new MatrixCell(2, 2, 2, "Stars (expectations 2)", "retain"));
    assertThat(p.cell(2).expectation()).isZero();
    assertThat(p.countsByActionPlan()).containsEntry("recover", 1L);
  }

  @Test
  void badInputIsRejected() {
    RelationalMatrix m = RelationalMatrix.builder().build();
    assertThatThrownBy(() -> m.place(ids(1), new double[] {Double.NaN}, new double[] {1}, null))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("current value of c0 must be finite, was NaN");
    assertThatThrownBy(() -> RelationalMatrix.builder().cell(4, 1, "x", "y").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside the matrix 3x3x0");
    assertThatThrownBy(() -> m.place(ids(1), new double[] {1}, new double[] {1}, new double[] {1}))
        .isInstanceOf(InvalidDataException.class);
  }
}
