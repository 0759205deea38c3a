package org.osicam.scoring.affinity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.osicam.core.InvalidDataException;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.Transaction;

/**
 * An immutable collection of baskets (market-basket transactions), each a set of item names,
 * optionally tied to the customer who bought it. Stored column-wise: item names are interned to
 * integer ids, so a million baskets cost a few tens of megabytes.
 *
 * <pre>{@code
 * Baskets baskets = Baskets.builder()
 *     .add(List.of("bread", "butter"))
 *     .add(CustomerId.of("C1"), List.of("bread", "jam", "butter"))
 *     .build();
 * }</pre>
 *
 * <p>A basket is a set: an item listed twice in one basket counts once (as in arules). An empty
 * basket is an error, because it usually means a parsing problem upstream.
 */
public final class Baskets {
  private final String[] names;
  private final int[] offsets;
  private final int[] items;
  private final CustomerId @Nullable [] customers;

  private Baskets(String[] names, int[] offsets, int[] items, CustomerId @Nullable [] customers) {
    this.names = names;
    this.offsets = offsets;
    this.items = items;
    this.customers = customers;
  }

  /** A builder for baskets. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Baskets from lists of items.
   *
   * @param baskets one collection of item names per basket
   * @return the baskets
   * @throws InvalidDataException if a basket is empty or an item is blank
   */
  public static Baskets of(Collection<? extends Collection<String>> baskets) {
    Builder b = builder();
    for (Collection<String> basket : baskets) {
      b.add(basket);
    }
    return b.build();
  }

  /**
   * One basket per transaction that lists items, tied to its customer. Transactions without items
   * (payments, refunds recorded without lines) are skipped.
   *
   * @param transactions the transactions
   * @return the baskets
   */
  public static Baskets fromTransactions(Collection<Transaction> transactions) {
    Builder b = builder();
    for (Transaction t : transactions) {
      if (!t.items().isEmpty()) {
        b.add(t.customerId(), t.items());
      }
    }
    return b.build();
  }

  /** The number of baskets. */
  public int size() {
    return offsets.length - 1;
  }

  /** The number of distinct items. */
  public int itemCount() {
    return names.length;
  }

  /** Whether every basket is tied to a customer. */
  public boolean hasCustomers() {
    return customers != null;
  }

  /**
   * The items of one basket, in the order first seen.
   *
   * @param index 0-based basket index
   * @return the item names
   * @throws IndexOutOfBoundsException if {@code index} is out of range
   */
  public List<String> basket(int index) {
    Objects.checkIndex(index, size());
    List<String> list = new ArrayList<>(offsets[index + 1] - offsets[index]);
    for (int i = offsets[index]; i < offsets[index + 1]; i++) {
      list.add(names[items[i]]);
    }
    return List.copyOf(list);
  }

  /**
   * The customer of one basket.
   *
   * @param index 0-based basket index
   * @return the customer, or {@code null} when the baskets carry no customers
   */
  public @Nullable CustomerId customer(int index) {
    Objects.checkIndex(index, size());
    return customers == null ? null : customers[index];
  }

  /**
   * The baskets of the customers accepted by {@code segment} (rules restricted to a segment).
   *
   * @param segment accepts the customers to keep
   * @return the kept baskets
   * @throws IllegalStateException if the baskets carry no customers
   * @throws InvalidDataException if no basket is kept
   */
  public Baskets restrictTo(Predicate<? super CustomerId> segment) {
    Objects.requireNonNull(segment, "segment");
    CustomerId[] c = customers;
    if (c == null) {
      throw new IllegalStateException(
          "baskets carry no customers; add them with add(customer, ..)");
    }
    Builder b = builder();
    for (int i = 0; i < size(); i++) {
      if (segment.test(c[i])) {
        b.add(c[i], basket(i));
      }
    }
    return b.build();
  }

  /**
   * The same baskets one level up an item hierarchy: every item is replaced by its category (items
   * without a category keep their own name), and a category bought twice in one basket counts once.
   *
   * @param hierarchy item to category
   * @return the baskets at category level
   */
  public Baskets aggregate(ItemHierarchy hierarchy) {
    Objects.requireNonNull(hierarchy, "hierarchy");
    Builder b = builder();
    for (int i = 0; i < size(); i++) {
      List<String> mapped = new ArrayList<>();
      for (String item : basket(i)) {
        mapped.add(hierarchy.categoryOf(item));
      }
      if (customers != null) {
        b.add(customers[i], mapped);
      } else {
        b.add(mapped);
      }
    }
    return b.build();
  }

  // package-private column access for the miners
  String[] names() {
    return names;
  }

  int[] offsets() {
    return offsets;
  }

  int[] items() {
    return items;
  }

  /** Builds {@link Baskets}; not thread-safe. */
  public static final class Builder {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private int[] offsets = new int[1024];
    private int[] items = new int[4096];
    private int size;
    private int itemsSize;
    private @Nullable List<CustomerId> customers;
    private boolean anonymous;
    private int[] seen = new int[64];
    private int stamp;

    private Builder() {}

    /**
     * Adds a basket with no customer.
     *
     * @param basket item names (duplicates count once)
     * @return this builder
     * @throws InvalidDataException if the basket is empty or an item is blank; the builder is
     *     unchanged
     * @throws IllegalStateException if earlier baskets were tied to customers
     */
    public Builder add(Collection<String> basket) {
      if (customers != null) {
        throw new IllegalStateException("either every basket has a customer or none has");
      }
      anonymous = true;
      append(basket);
      return this;
    }

    /**
     * Adds a basket bought by a customer.
     *
     * @param customer the buyer
     * @param basket item names (duplicates count once)
     * @return this builder
     * @throws InvalidDataException if the basket is empty or an item is blank; the builder is
     *     unchanged
     * @throws IllegalStateException if earlier baskets had no customer
     */
    public Builder add(CustomerId customer, Collection<String> basket) {
      Objects.requireNonNull(customer, "customer");
      if (anonymous) {
        throw new IllegalStateException("either every basket has a customer or none has");
      }
      append(basket);
      if (customers == null) {
        customers = new ArrayList<>();
      }
      customers.add(customer);
      return this;
    }

    /** The number of baskets added so far. */
    public int size() {
      return size;
    }

    private void append(Collection<String> basket) {
      Objects.requireNonNull(basket, "basket");
      if (basket.isEmpty()) {
        throw new InvalidDataException(
            "basket[" + size + "]", "a basket with at least one item", "[]");
      }
      for (String item : basket) {
        Objects.requireNonNull(item, "item");
        if (item.isBlank()) {
          throw new InvalidDataException(
              "basket[" + size + "].item", "a non-blank item name", "\"" + item + "\"");
        }
      }
      if (++stamp == Integer.MAX_VALUE) {
        Arrays.fill(seen, 0);
        stamp = 1;
      }
      if (size + 2 > offsets.length) {
        offsets = Arrays.copyOf(offsets, offsets.length * 2);
      }
      int start = itemsSize;
      for (String item : basket) {
        Integer id = ids.get(item);
        if (id == null) {
          id = names.size();
          ids.put(item, id);
          names.add(item);
        }
        if (id >= seen.length) {
          seen = Arrays.copyOf(seen, Math.max(seen.length * 2, id + 1));
        }
        if (seen[id] == stamp) {
          continue;
        }
        seen[id] = stamp;
        if (itemsSize == items.length) {
          items = Arrays.copyOf(items, items.length * 2);
        }
        items[itemsSize++] = id;
      }
      size++;
      offsets[size] = itemsSize;
      assert itemsSize > start;
    }

    /**
     * Builds the baskets; the builder stays usable.
     *
     * @return the baskets
     * @throws InvalidDataException if no basket was added
     */
    public Baskets build() {
      if (size == 0) {
        throw new InvalidDataException("baskets", "at least one basket", "none");
      }
      List<CustomerId> c = customers;
      return new Baskets(
          names.toArray(new String[0]),
          Arrays.copyOf(offsets, size + 1),
          Arrays.copyOf(items, itemsSize),
          c == null ? null : c.toArray(new CustomerId[0]));
    }
  }
}
