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
  CITY
}
