package org.osicam.core.model;

/**
 * The stable identifier of a golden customer.
 *
 * <pre>{@code
 * CustomerId id = CustomerId.of("C-000042");
 * }</pre>
 *
 * @param value the identifier, non-blank
 */
public record CustomerId(String value) implements Comparable<CustomerId> {

  /** Validates the identifier. */
  public CustomerId {
    Checks.nonBlank(value, "customerId");
  }

  /**
   * Returns the identifier for {@code value}.
   *
   * @param value the identifier, non-blank
   * @return the identifier
   * @throws org.osicam.core.InvalidDataException if {@code value} is blank
   */
  public static CustomerId of(String value) {
    return new CustomerId(value);
  }

  @Override
  public int compareTo(CustomerId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
