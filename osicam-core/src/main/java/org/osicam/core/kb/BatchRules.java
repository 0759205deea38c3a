package org.osicam.core.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.osicam.core.InvalidDataException;
import org.osicam.core.model.Customer;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.SourceKey;
import org.osicam.core.model.SourceRecord;

/**
 * The validation rules of {@link WriteBatch}, for store implementers: a store looks up what the
 * rules need in its own state and gets the same {@link InvalidDataException} (field, rule and
 * message) as the in-memory store, so every store reports bad data alike.
 *
 * <pre>{@code
 * Map<CustomerId, Customer> upserted = BatchRules.checkIdentity(batch, myIdentityMap::owner);
 * List<Transaction> fresh = BatchRules.checkInserts(batch.transactions(), Transaction::id,
 *     Transaction::customerId, storedById::get, exists, "transaction");
 * }</pre>
 */
public final class BatchRules {
  private BatchRules() {}

  /**
   * Checks the customers and source records of a batch: a customer id and a source record key at
   * most once in the batch, and each source key owned by one customer, unless its current owner is
   * rewritten without it in the same batch (that moves it).
   *
   * @param batch the batch
   * @param currentOwner the customer that owns a source key in the store now, if any
   * @return the customers of the batch by id, in batch order
   * @throws InvalidDataException on the first broken rule
   */
  public static Map<CustomerId, Customer> checkIdentity(
      WriteBatch batch, Function<SourceKey, Optional<CustomerId>> currentOwner) {
    Map<CustomerId, Customer> upserted = new LinkedHashMap<>();
    for (Customer c : batch.customers()) {
      if (upserted.put(c.id(), c) != null) {
        throw new InvalidDataException("customer.id", "unique in a batch", c.id().value());
      }
    }
    Map<SourceKey, CustomerId> newOwners = new HashMap<>();
    for (Customer c : upserted.values()) {
      for (SourceKey key : c.sources()) {
        CustomerId previous = newOwners.put(key, c.id());
        if (previous != null) {
          throw new InvalidDataException(
              "customer.sources",
              "owned by one customer, but " + key + " is claimed by " + previous + " and " + c.id(),
              key.toString(),
              "customer.sources must be owned by one customer: "
                  + key
                  + " is claimed by "
                  + previous
                  + " and "
                  + c.id());
        }
        Optional<CustomerId> owner = currentOwner.apply(key);
        if (owner.isPresent()
            && !owner.get().equals(c.id())
            && !releases(owner.get(), key, upserted)) {
          // the old owner keeps it unless it is rewritten in this batch without it
          throw new InvalidDataException(
              "customer.sources",
              "owned by one customer",
              key.toString(),
              "customer.sources must be owned by one customer: "
                  + key
                  + " already belongs to "
                  + owner.get()
                  + " (upsert "
                  + owner.get()
                  + " without it in the same batch to move it)");
        }
      }
    }
    Set<SourceKey> seenRecords = new HashSet<>();
    for (SourceRecord r : batch.sourceRecords()) {
      if (!seenRecords.add(r.key())) {
        throw new InvalidDataException("sourceRecord.key", "unique in a batch", r.key().toString());
      }
    }
    return upserted;
  }

  private static boolean releases(
      CustomerId owner, SourceKey key, Map<CustomerId, Customer> upserted) {
    Customer rewritten = upserted.get(owner);
    return rewritten != null && !rewritten.sources().contains(key);
  }

  /**
   * Checks records inserted by id (transactions, interactions, survey responses): the same id again
   * must carry the same content, in the batch and in the store, and the customer must exist.
   *
   * @param items the records of the batch
   * @param id the id of a record
   * @param customer the customer of a record
   * @param stored the record stored under an id, if any
   * @param exists whether a customer exists after the batch
   * @param kind the field prefix, e.g. {@code "transaction"}
   * @param <T> the record type
   * @return the records to insert: first occurrences of ids not stored yet, in batch order
   * @throws InvalidDataException on the first broken rule
   */
  public static <T> List<T> checkInserts(
      List<T> items,
      Function<T, String> id,
      Function<T, CustomerId> customer,
      Function<String, Optional<T>> stored,
      Predicate<CustomerId> exists,
      String kind) {
    Map<String, T> seen = new HashMap<>();
    List<T> fresh = new ArrayList<>();
    for (T item : items) {
      String key = id.apply(item);
      T first = seen.putIfAbsent(key, item);
      T before = first != null ? first : stored.apply(key).orElse(null);
      if (before != null && !before.equals(item)) {
        throw new InvalidDataException(
            kind + ".id", "unique (the same id with different content was already written)", key);
      }
      requireCustomer(exists, customer.apply(item), kind + ".customerId");
      if (before == null) {
        fresh.add(item);
      }
    }
    return fresh;
  }

  /**
   * @param exists whether a customer exists after the batch
   * @param id the customer a record refers to
   * @param field the field, e.g. {@code "consent.customerId"}
   * @throws InvalidDataException when the customer does not exist
   */
  public static void requireCustomer(Predicate<CustomerId> exists, CustomerId id, String field) {
    if (!exists.test(id)) {
      throw new InvalidDataException(field, "a known customer", id.value());
    }
  }
}
