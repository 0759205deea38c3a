package org.osicam.core.model;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.osicam.core.InvalidDataException;

/**
 * A golden customer: the surviving attribute values of one person, the source records it
 * consolidates, and the lineage that says which source record gave each value.
 *
 * <pre>{@code
 * Customer c = Customer.builder(CustomerId.of("C1"))
 *     .attribute("email", "anne@example.org", new SourceKey("shop", "42"))
 *     .build();
 * }</pre>
 *
 * @param id the stable customer id
 * @param attributes surviving values by attribute key (copied, sorted)
 * @param sources the source records this customer consolidates (copied, sorted)
 * @param lineage for each attribute key, the source record that gave the surviving value; every key
 *     must be one of {@code attributes} and every value one of {@code sources}
 * @param aliases ids of customers that were merged into this one (copied, sorted)
 */
public record Customer(
    CustomerId id,
    Map<String, String> attributes,
    Set<SourceKey> sources,
    Map<String, SourceKey> lineage,
    Set<CustomerId> aliases) {

  /** Validates and copies. */
  public Customer {
    Checks.nonNull(id, "customer.id");
    attributes =
        Collections.unmodifiableMap(
            new TreeMap<>(Checks.nonNull(attributes, "customer.attributes")));
    sources =
        Collections.unmodifiableSet(new TreeSet<>(Checks.nonNull(sources, "customer.sources")));
    lineage =
        Collections.unmodifiableMap(new TreeMap<>(Checks.nonNull(lineage, "customer.lineage")));
    aliases =
        Collections.unmodifiableSet(new TreeSet<>(Checks.nonNull(aliases, "customer.aliases")));
    for (Map.Entry<String, SourceKey> e : lineage.entrySet()) {
      if (!attributes.containsKey(e.getKey())) {
        throw new InvalidDataException(
            "customer.lineage", "keyed by an attribute of the customer", e.getKey());
      }
      if (!sources.contains(e.getValue())) {
        throw new InvalidDataException(
            "customer.lineage",
            "pointing to one of the customer's sources",
            e.getValue().toString());
      }
    }
    if (aliases.contains(id)) {
      throw new InvalidDataException(
          "customer.aliases", "free of the customer's own id", id.value());
    }
  }

  /**
   * Starts a customer with no attributes.
   *
   * @param id the customer id
   * @return a new builder
   */
  public static Builder builder(CustomerId id) {
    return new Builder(id);
  }

  /**
   * A customer that holds only an id (for hosts that consolidate elsewhere).
   *
   * @param id the customer id
   * @return the customer
   */
  public static Customer of(CustomerId id) {
    return new Customer(id, Map.of(), Set.of(), Map.of(), Set.of());
  }

  /**
   * The surviving value of a well-known role.
   *
   * @param role the role
   * @return the value, or empty
   */
  public Optional<String> attribute(Role role) {
    return Optional.ofNullable(attributes.get(role.key()));
  }

  /** A builder for hand-made golden customers; not thread-safe. */
  public static final class Builder {
    private final CustomerId id;
    private final Map<String, String> attributes = new TreeMap<>();
    private final Set<SourceKey> sources = new TreeSet<>();
    private final Map<String, SourceKey> lineage = new TreeMap<>();
    private final Set<CustomerId> aliases = new TreeSet<>();

    private Builder(CustomerId id) {
      this.id = Checks.nonNull(id, "customer.id");
    }

    /**
     * Sets an attribute without lineage.
     *
     * @param key attribute key
     * @param value surviving value
     * @return this builder
     */
    public Builder attribute(String key, String value) {
      attributes.put(Checks.nonBlank(key, "customer.attributes"), Checks.nonNull(value, key));
      return this;
    }

    /**
     * Sets an attribute and records the source it came from.
     *
     * @param key attribute key
     * @param value surviving value
     * @param source the source record that gave it (added to the sources)
     * @return this builder
     */
    public Builder attribute(String key, String value, SourceKey source) {
      attribute(key, value);
      sources.add(Checks.nonNull(source, "source"));
      lineage.put(key, source);
      return this;
    }

    /**
     * Adds a consolidated source record key.
     *
     * @param source source key
     * @return this builder
     */
    public Builder source(SourceKey source) {
      sources.add(Checks.nonNull(source, "source"));
      return this;
    }

    /**
     * Records that another customer id was merged into this one.
     *
     * @param alias the absorbed id
     * @return this builder
     */
    public Builder alias(CustomerId alias) {
      aliases.add(Checks.nonNull(alias, "alias"));
      return this;
    }

    /** Builds the customer; the builder can be reused. */
    public Customer build() {
      return new Customer(id, attributes, sources, lineage, aliases);
    }
  }
}
