package org.osicam.core.consolidation;

/**
 * A normalised value a blocking rule can require to be equal. Only records that agree on every key
 * of at least one rule are compared. A record with no value for a key has no key for the rule (it
 * is not blocked with other records missing the same value).
 */
public enum BlockingKey {
  /** The national id, letters and digits only. */
  NATIONAL_ID,
  /** The e-mail address, lower case. */
  EMAIL,
  /** The phone number in E.164. */
  PHONE,
  /** The birth date. */
  BIRTH_DATE,
  /** The birth year. */
  BIRTH_YEAR,
  /** The given name, normalised. */
  GIVEN_NAME,
  /** The family name, normalised. */
  FAMILY_NAME,
  /** The phonetic code of the given name. */
  GIVEN_PHONETIC,
  /** The phonetic code of the family name. */
  FAMILY_PHONETIC,
  /** The phonetic codes of both names as an unordered pair (robust to swapped names). */
  NAME_PHONETIC_PAIR,
  /** The first letter of the given name. */
  GIVEN_INITIAL,
  /** The first letter of the family name. */
  FAMILY_INITIAL,
  /** The postcode. */
  POSTCODE,
  /** The street number. */
  STREET_NUMBER,
  /** The street, normalised. */
  STREET,
  /** The city, normalised. */
  CITY,
  /**
   * The local part of the e-mail address (before the last {@code @}): finds the same mailbox name
   * at another or a mistyped domain ({@code anna.smith@gmail.com}, {@code anna.smith@gmial.com}). A
   * local part with fewer than two letters (only digits, a single initial) or a role or placeholder
   * name ({@code info}, {@code contact}, {@code admin}, {@code noreply} ...) says nothing about the
   * person and gives no key, as does an address without {@code @}.
   */
  EMAIL_LOCAL_PART;

  /**
   * Whether equal values point to one person: false for places (postcode, street number, street,
   * city), which households, buildings and neighbours share. Pairs found only by rules without an
   * identifying key do not train the match model: they agree by construction on several correlated
   * place attributes at once, which a model that treats attributes as independent mistakes for
   * evidence of a match, and their number grows with the square of the input.
   */
  boolean identifying() {
    return this != POSTCODE && this != STREET_NUMBER && this != STREET && this != CITY;
  }
}
