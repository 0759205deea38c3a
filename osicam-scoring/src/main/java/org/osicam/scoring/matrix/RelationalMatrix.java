package org.osicam.scoring.matrix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.osicam.core.InvalidDataException;
import org.osicam.core.model.CustomerId;

/**
 * The relational matrix: current value x potential (x expectations, optionally). Each cell has a
 * name and an action-plan id; the host sets its own, and the defaults follow the usual reading of
 * the grid (V = value bins, P = potential bins):
 *
 * <table>
 *   <caption>default cells</caption>
 *   <tr><th>where</th><th>name</th><th>action plan</th></tr>
 *   <tr><td>top value, top potential</td><td>Stars</td><td>retain</td></tr>
 *   <tr><td>top value, bottom potential</td><td>Cash cows</td><td>rationalise</td></tr>
 *   <tr><td>top value, other potential</td><td>Core</td><td>retain</td></tr>
 *   <tr><td>bottom value, top potential</td><td>Promising newcomers</td><td>acquire</td></tr>
 *   <tr><td>other value, top potential</td><td>Growth</td><td>develop</td></tr>
 *   <tr><td>other value, bottom potential</td><td>Low potential</td><td>minimise</td></tr>
 *   <tr><td>anything else</td><td>Steady</td><td>maintain</td></tr>
 * </table>
 *
 * <p>That is: reserve the largest budgets for new customers with high potential ({@code acquire}),
 * rationalise the budget of high-value customers with weak prospects, and do not over-invest in
 * low-potential customers ({@code minimise}). With an expectations axis the default names get the
 * suffix {@code " (expectations k)"}; the plans stay.
 *
 * <pre>{@code
 * RelationalMatrix m = RelationalMatrix.builder()
 *     .valueAxis(Axis.quantiles(3))
 *     .potentialAxis(Axis.quantiles(3))
 *     .cell(1, 3, "Newcomers to grow", "welcome-programme")
 *     .build();
 * MatrixPlacement p = m.place(ids, contributionMargin, predictedClv, null);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class RelationalMatrix {
  private final Axis value;
  private final Axis potential;
  private final @Nullable Axis expectations;
  private final Map<String, String[]> cells;

  private RelationalMatrix(Builder b) {
    this.value = b.value == null ? Axis.quantiles(3) : b.value;
    this.potential = b.potential == null ? Axis.quantiles(3) : b.potential;
    this.expectations = b.expectations;
    this.cells = Map.copyOf(b.cells);
  }

  /** Starts a matrix: 3 x 3 quantile bins and the default cells unless set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The cell at given bins.
   *
   * @param v value bin, 1..value bins
   * @param p potential bin, 1..potential bins
   * @param e expectations bin, 1..bins, or 0 when unknown or without that axis
   * @return the cell with its name and action plan
   * @throws IllegalArgumentException if a bin is out of range
   */
  public MatrixCell cell(int v, int p, int e) {
    int ve = value.bins();
    int pe = potential.bins();
    int ee = expectations == null ? 0 : expectations.bins();
    if (v < 1 || v > ve || p < 1 || p > pe || e < 0 || e > ee) {
      throw new IllegalArgumentException(
          "cell ("
              + v
              + ", "
              + p
              + ", "
              + e
              + ") is outside the matrix "
              + ve
              + "x"
              + pe
              + "x"
              + ee);
    }
    String[] set = cells.get(key(v, p, e));
    if (set == null) {
      set = cells.get(key(v, p, -1));
    }
    if (set != null) {
      return new MatrixCell(v, p, e, set[0], set[1]);
    }
    String[] d = defaults(v, p, ve, pe);
    String name = e > 0 ? d[0] + " (expectations " + e + ")" : d[0];
    return new MatrixCell(v, p, e, name, d[1]);
  }

  private static String[] defaults(int v, int p, int ve, int pe) {
    boolean topV = v == ve;
    boolean botV = v == 1;
    boolean topP = p == pe;
    boolean botP = p == 1;
    if (topV && topP) {
      return new String[] {"Stars", "retain"};
    }
    if (topV && botP) {
      return new String[] {"Cash cows", "rationalise"};
    }
    if (topV) {
      return new String[] {"Core", "retain"};
    }
    if (botV && topP) {
      return new String[] {"Promising newcomers", "acquire"};
    }
    if (topP) {
      return new String[] {"Growth", "develop"};
    }
    if (botP) {
      return new String[] {"Low potential", "minimise"};
    }
    return new String[] {"Steady", "maintain"};
  }

  private static String key(int v, int p, int e) {
    return v + "/" + p + "/" + e;
  }

  /**
   * Places customers on the matrix. Quantile axes are cut at this population's quantiles.
   *
   * @param ids the customers
   * @param currentValue current value per customer, finite
   * @param potentialValue potential per customer (e.g. predicted CLV), finite
   * @param expectation expectations score per customer (NaN = unknown), or {@code null} when the
   *     matrix has no expectations axis
   * @return the placement
   * @throws InvalidDataException if lengths differ, a value is not finite, or expectations are
   *     given (or missing) against the matrix's configuration
   */
  public MatrixPlacement place(
      List<CustomerId> ids,
      double[] currentValue,
      double[] potentialValue,
      double @Nullable [] expectation) {
    int n = ids.size();
    if (currentValue.length != n || potentialValue.length != n) {
      throw new InvalidDataException(
          "matrix arrays",
          "one value per customer (" + n + ")",
          currentValue.length + ", " + potentialValue.length);
    }
    if ((expectation == null) != (expectations == null)) {
      throw new InvalidDataException(
          "expectations",
          expectations == null ? "absent (the matrix has no expectations axis)" : "given",
          expectation == null ? "missing" : "given");
    }
    for (int i = 0; i < n; i++) {
      finite("current value", ids.get(i), currentValue[i]);
      finite("potential", ids.get(i), potentialValue[i]);
    }
    double[] ve = value.edgesFor(currentValue);
    double[] pe = potential.edgesFor(potentialValue);
    double[] ee =
        expectations == null || expectation == null
            ? new double[0]
            : expectations.edgesFor(expectation);
    List<MatrixCell> placed = new ArrayList<>(n);
    Map<String, MatrixCell> cache = new HashMap<>();
    for (int i = 0; i < n; i++) {
      int v = Axis.bin(ve, currentValue[i]);
      int p = Axis.bin(pe, potentialValue[i]);
      int e = expectation == null ? 0 : Axis.bin(ee, expectation[i]);
      placed.add(cache.computeIfAbsent(key(v, p, e), k -> cell(v, p, e)));
    }
    return new MatrixPlacement(List.copyOf(ids), placed, ve, pe, ee);
  }

  private static void finite(String what, CustomerId id, double v) {
    if (!Double.isFinite(v)) {
      throw new InvalidDataException(what + " of " + id, "finite", Double.toString(v));
    }
  }

  /** Builds a {@link RelationalMatrix}; not thread-safe. */
  public static final class Builder {
    private @Nullable Axis value;
    private @Nullable Axis potential;
    private @Nullable Axis expectations;
    private final Map<String, String[]> cells = new HashMap<>();

    private Builder() {}

    /**
     * Sets the current-value axis (default quantiles(3)).
     *
     * @param axis the axis
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder valueAxis(Axis axis) {
      value = once(value, axis, "valueAxis");
      return this;
    }

    /**
     * Sets the potential axis (default quantiles(3)).
     *
     * @param axis the axis
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder potentialAxis(Axis axis) {
      potential = once(potential, axis, "potentialAxis");
      return this;
    }

    /**
     * Adds the optional expectations axis (survey scores, stated preferences as numbers).
     *
     * @param axis the axis
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder expectationsAxis(Axis axis) {
      expectations = once(expectations, axis, "expectationsAxis");
      return this;
    }

    private static Axis once(@Nullable Axis current, Axis axis, String name) {
      Objects.requireNonNull(axis, name);
      if (current != null) {
        throw new IllegalStateException(name + " is already set");
      }
      return axis;
    }

    /**
     * Names a value x potential cell (for every expectations bin).
     *
     * @param v value bin, from 1
     * @param p potential bin, from 1
     * @param name non-blank name
     * @param actionPlan non-blank action-plan id
     * @return this builder
     * @throws IllegalStateException if the cell is already named
     */
    public Builder cell(int v, int p, String name, String actionPlan) {
      return put(v, p, -1, name, actionPlan);
    }

    /**
     * Names one value x potential x expectations cell.
     *
     * @param v value bin, from 1
     * @param p potential bin, from 1
     * @param e expectations bin, from 1 (0 = unknown expectations)
     * @param name non-blank name
     * @param actionPlan non-blank action-plan id
     * @return this builder
     * @throws IllegalStateException if the cell is already named
     */
    public Builder cell(int v, int p, int e, String name, String actionPlan) {
      if (e < 0) {
        throw new IllegalArgumentException("expectations bin must be >= 0, was " + e);
      }
      return put(v, p, e, name, actionPlan);
    }

    private Builder put(int v, int p, int e, String name, String plan) {
      if (v < 1 || p < 1) {
        throw new IllegalArgumentException("bins start at 1, was (" + v + ", " + p + ")");
      }
      if (name.isBlank() || plan.isBlank()) {
        throw new IllegalArgumentException("cell name and action plan must be non-blank");
      }
      if (cells.putIfAbsent(key(v, p, e), new String[] {name, plan}) != null) {
        throw new IllegalStateException("cell " + key(v, p, e) + " is already named");
      }
      return this;
    }

    /**
     * Returns the matrix.
     *
     * @return the matrix
     * @throws IllegalArgumentException if a named cell lies outside the axes
     */
    public RelationalMatrix build() {
      RelationalMatrix m = new RelationalMatrix(this);
      for (String k : cells.keySet()) {
        String[] parts = k.split("/");
        int v = Integer.parseInt(parts[0]);
        int p = Integer.parseInt(parts[1]);
        int e = Math.max(0, Integer.parseInt(parts[2]));
        m.cell(v, p, e);
      }
      return m;
    }
  }
}
