package org.osicam.core.interact;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osicam.core.model.CustomerId;

/**
 * The do-not-contact list used by a {@link Decider}: entries per customer, with a reason. Changes
 * take effect for the next decision. Thread-safe.
 *
 * <pre>{@code
 * DoNotContactList dnc = new DoNotContactList();
 * dnc.add(CustomerId.of("C1"), new DoNotContact(null, DoNotContact.Reason.LEGAL));
 * }</pre>
 */
public final class DoNotContactList {
  private final Map<CustomerId, List<DoNotContact>> entries = new ConcurrentHashMap<>();

  /** An empty list. */
  public DoNotContactList() {}

  /**
   * @param id customer
   * @param entry entry to add
   */
  public void add(CustomerId id, DoNotContact entry) {
    Objects.requireNonNull(entry, "entry");
    entries
        .computeIfAbsent(Objects.requireNonNull(id, "id"), k -> new CopyOnWriteArrayList<>())
        .add(entry);
  }

  /**
   * Removes every entry of a customer.
   *
   * @param id customer
   */
  public void clear(CustomerId id) {
    entries.remove(id);
  }

  /**
   * @param id customer
   * @return the customer's entries
   */
  public List<DoNotContact> of(CustomerId id) {
    List<DoNotContact> l = entries.get(id);
    return l == null ? List.of() : List.copyOf(l);
  }
}
