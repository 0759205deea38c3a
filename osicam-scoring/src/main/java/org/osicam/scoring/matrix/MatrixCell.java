package org.osicam.scoring.matrix;

import java.util.Objects;

/**
 * A cell of the relational matrix.
 *
 * <p>Obtained from {@link MatrixPlacement#cell(int)} or {@link RelationalMatrix#cell(int, int,
 * int)}.
 *
 * @param value current-value bin, 1 = lowest
 * @param potential potential bin, 1 = lowest
 * @param expectation expectations bin, 1 = lowest; 0 when the matrix has no expectations axis or
 *     the customer's expectation is unknown
 * @param name the cell's name, e.g. {@code "Stars"}
 * @param actionPlan the host's action-plan id, e.g. {@code "retain"}
 */
public record MatrixCell(
    int value, int potential, int expectation, String name, String actionPlan) {
  /** Validates. */
  public MatrixCell {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(actionPlan, "actionPlan");
  }
}
