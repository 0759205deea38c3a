package org.osicam.core.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The well-known attribute roles of a person record. Attribute maps are keyed by {@link #key()}
 * (snake_case, as in CSV headers), so a host may add its own keys beside these.
 *
 * <pre>{@code
 * String email = record.attribute(Role.EMAIL).orElse("");
 * }</pre>
 */
public enum Role {
  GIVEN_NAME(true),
  FAMILY_NAME(true),
  FULL_NAME(true),
  EMAIL(true),
  PHONE(true),
  BIRTH_DATE(true),
  STREET_NUMBER(true),
  STREET(true),
  POSTCODE(true),
  CITY(false),
  COUNTRY(false),
  NATIONAL_ID(true);

  private final boolean personal;

  Role(boolean personal) {
    this.personal = personal;
  }

  /** The attribute key, e.g. {@code "given_name"}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether values of this role identify a person and must never be logged. */
  public boolean personal() {
    return personal;
  }

  /**
   * Finds the role whose {@link #key()} is {@code key}.
   *
   * @param key an attribute key
   * @return the role, or empty for a host-defined key
   */
  public static Optional<Role> ofKey(String key) {
    for (Role role : values()) {
      if (role.key().equals(key)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
