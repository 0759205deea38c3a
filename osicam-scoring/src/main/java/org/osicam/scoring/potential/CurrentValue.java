package org.osicam.scoring.potential;

import java.util.Objects;
import org.osicam.core.InvalidDataException;
import org.osicam.core.model.CustomerId;

/**
 * What a customer is worth today, over a recent period: its value (e.g. contribution margin or
 * revenue) and its spend with us (revenue, for share of wallet).
 *
 * <pre>{@code
 * CurrentValue given = new CurrentValue(CustomerId.of("C1"), 120, 400);   // value, spend
 * List<CurrentValue> fromPnl = Potential.currentFrom(lastYear);  // contribution margin, revenue
 * }</pre>
 *
 * @param id the customer
 * @param value current value, finite
 * @param spend current spend with us, finite
 */
public record CurrentValue(CustomerId id, double value, double spend) {
  /** Validates. */
  public CurrentValue {
    Objects.requireNonNull(id, "id");
    if (!Double.isFinite(value)) {
      throw new InvalidDataException("current value of " + id, "finite", Double.toString(value));
    }
    if (!Double.isFinite(spend)) {
      throw new InvalidDataException("current spend of " + id, "finite", Double.toString(spend));
    }
  }
}
