package org.osicam.scoring.matrix;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.osicam.core.model.CustomerId;

/**
 * Where every customer sits on the relational matrix, with the edges used on each axis.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * MatrixPlacement placement = RelationalMatrix.builder()
 *     .cell(1, 3, "Newcomers to grow", "welcome-programme")
 *     .build()
 *     .place(ids, contributionMargin, predictedClv, null);   // no expectations axis
 * MatrixCell first = placement.cell(0);                      // bins, name and action plan
 * Map<String, Long> perPlan = placement.countsByActionPlan();
 * }</pre>
 */
public final class MatrixPlacement {
  private final List<CustomerId> ids;
  private final List<MatrixCell> cells;
  private final double[] valueEdges;
  private final double[] potentialEdges;
  private final double[] expectationEdges;

  MatrixPlacement(
      List<CustomerId> ids,
      List<MatrixCell> cells,
      double[] valueEdges,
      double[] potentialEdges,
      double[] expectationEdges) {
    this.ids = ids;
    this.cells = List.copyOf(cells);
    this.valueEdges = valueEdges;
    this.potentialEdges = potentialEdges;
    this.expectationEdges = expectationEdges;
  }

  /** The number of customers. */
  public int size() {
    return ids.size();
  }

  /**
   * @param i customer index, in input order
   * @return the customer
   */
  public CustomerId id(int i) {
    return ids.get(i);
  }

  /**
   * @param i customer index
   * @return the customer's cell, with its name and action plan
   */
  public MatrixCell cell(int i) {
    return cells.get(i);
  }

  /** Customers per cell name, sorted by name. */
  public Map<String, Long> counts() {
    Map<String, Long> out = new TreeMap<>();
    for (MatrixCell c : cells) {
      out.merge(c.name(), 1L, Long::sum);
    }
    return out;
  }

  /** Customers per action plan, sorted by plan id. */
  public Map<String, Long> countsByActionPlan() {
    Map<String, Long> out = new TreeMap<>();
    for (MatrixCell c : cells) {
      out.merge(c.actionPlan(), 1L, Long::sum);
    }
    return out;
  }

  /**
   * The interior edges used on each axis: keys {@code value}, {@code potential}, {@code
   * expectations}.
   */
  public Map<String, List<Double>> edges() {
    Map<String, List<Double>> out = new LinkedHashMap<>();
    out.put("value", Arrays.stream(valueEdges).boxed().toList());
    out.put("potential", Arrays.stream(potentialEdges).boxed().toList());
    out.put("expectations", Arrays.stream(expectationEdges).boxed().toList());
    return out;
  }
}
