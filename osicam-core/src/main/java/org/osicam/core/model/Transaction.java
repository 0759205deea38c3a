package org.osicam.core.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.osicam.core.InvalidDataException;

/**
 * One purchase (or refund, with a negative amount) by a customer.
 *
 * <pre>{@code
 * Transaction t = new Transaction("T1", CustomerId.of("C1"), Instant.parse("2024-03-01T12:00:00Z"),
 *     new BigDecimal("49.90"), "EUR", List.of("sku-1", "sku-7"), "web", null);
 * }</pre>
 *
 * @param id the transaction id, unique in the knowledge base
 * @param customerId the buying customer
 * @param timestamp when it happened
 * @param amount revenue of the transaction in {@code currency}
 * @param currency ISO 4217 code, three upper-case letters
 * @param items product ids (copied; may be empty)
 * @param channel sales channel such as {@code "web"} or {@code "store"}, or {@code null}
 * @param cost cost of goods sold, for margin, or {@code null} when unknown
 */
public record Transaction(
    String id,
    CustomerId customerId,
    Instant timestamp,
    BigDecimal amount,
    String currency,
    List<String> items,
    @Nullable String channel,
    @Nullable BigDecimal cost) {

  /** Validates and copies. */
  public Transaction {
    Checks.nonBlank(id, "transaction.id");
    Checks.nonNull(customerId, "transaction.customerId");
    Checks.nonNull(timestamp, "transaction.timestamp");
    Checks.nonNull(amount, "transaction.amount");
    Checks.nonNull(currency, "transaction.currency");
    if (!currency.matches("[A-Z]{3}")) {
      throw new InvalidDataException("transaction.currency", "an ISO 4217 code like EUR", currency);
    }
    items = List.copyOf(Checks.nonNull(items, "transaction.items"));
  }

  /**
   * A transaction with no items, channel or cost.
   *
   * @param id transaction id
   * @param customerId buyer
   * @param timestamp when
   * @param amount revenue
   * @param currency ISO 4217 code
   * @return the transaction
   */
  public static Transaction of(
      String id, CustomerId customerId, Instant timestamp, BigDecimal amount, String currency) {
    return new Transaction(id, customerId, timestamp, amount, currency, List.of(), null, null);
  }
}
