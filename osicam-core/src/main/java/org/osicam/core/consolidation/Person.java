package org.osicam.core.consolidation;

import java.util.Locale;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.jspecify.annotations.Nullable;
import org.osicam.core.InvalidDataException;
import org.osicam.core.model.Role;
import org.osicam.core.model.SourceRecord;

/** A source record after normalisation: the values the comparators and blocking keys read. */
final class Person {
  private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

  final @Nullable String given;
  final @Nullable String family;
  final @Nullable String givenCode;
  final @Nullable String familyCode;

  /** Eight digits {@code yyyyMMdd}; may be an impossible calendar date (a typo). */
  final @Nullable String birthDigits;

  final boolean birthValid;
  final @Nullable String email;
  final @Nullable String phone;
  final @Nullable String nationalId;
  final @Nullable String streetNumber;
  final @Nullable String street;
  final @Nullable String postcode;
  final @Nullable String city;

  private Person(
      @Nullable String given,
      @Nullable String family,
      @Nullable String birth,
      @Nullable String email,
      @Nullable String phone,
      @Nullable String nationalId,
      @Nullable String streetNumber,
      @Nullable String street,
      @Nullable String postcode,
      @Nullable String city,
      ConsolidationConfig.Phonetic phonetic) {
    this.given = given;
    this.family = family;
    this.givenCode = phonetic(given, phonetic);
    this.familyCode = phonetic(family, phonetic);
    if (birth == null) {
      birthDigits = null;
      birthValid = false;
    } else if (birth.length() == 10) {
      birthDigits = birth.substring(0, 4) + birth.substring(5, 7) + birth.substring(8, 10);
      birthValid = true;
    } else {
      birthDigits = birth;
      birthValid = false;
    }
    this.email = email;
    this.phone = phone;
    this.nationalId = nationalId;
    this.streetNumber = streetNumber;
    this.street = street;
    this.postcode = postcode;
    this.city = city;
  }

  private static @Nullable String phonetic(@Nullable String name, ConsolidationConfig.Phonetic p) {
    if (name == null) {
      return null;
    }
    String code;
    if (p == ConsolidationConfig.Phonetic.FRENCH) {
      code = FrenchPhonetic.encode(name);
    } else {
      StringBuilder letters = new StringBuilder(name.length());
      for (int i = 0; i < name.length(); i++) {
        char c = name.charAt(i);
        if (c >= 'a' && c <= 'z') {
          letters.append(c);
        }
      }
      code = letters.length() == 0 ? "" : METAPHONE.doubleMetaphone(letters.toString());
    }
    return code == null || code.isEmpty() ? null : code;
  }

  /**
   * Normalises a record.
   *
   * @throws InvalidDataException naming the record when its birth date is not a date
   */
  static Person of(SourceRecord r, ConsolidationConfig config) {
    String given = Normalize.name(r.attributes().get(Role.GIVEN_NAME.key()));
    String family = Normalize.name(r.attributes().get(Role.FAMILY_NAME.key()));
    if (given == null && family == null) {
      String full = Normalize.name(r.attributes().get(Role.FULL_NAME.key()));
      if (full != null) {
        int space = full.indexOf(' ');
        if (space < 0) {
          family = full;
        } else {
          given = full.substring(0, space);
          family = full.substring(space + 1);
        }
      }
    }
    return new Person(
        given,
        family,
        birthDate(r, config),
        Normalize.email(r.attributes().get(Role.EMAIL.key())),
        Normalize.phone(r.attributes().get(Role.PHONE.key()), config.defaultRegion()),
        Normalize.code(r.attributes().get(Role.NATIONAL_ID.key())),
        Normalize.code(r.attributes().get(Role.STREET_NUMBER.key())),
        Normalize.street(r.attributes().get(Role.STREET.key())),
        Normalize.code(r.attributes().get(Role.POSTCODE.key())),
        Normalize.name(r.attributes().get(Role.CITY.key())),
        config.phonetic());
  }

  private static @Nullable String birthDate(SourceRecord r, ConsolidationConfig config) {
    try {
      return Normalize.date(r.attributes().get(Role.BIRTH_DATE.key()), config.dateOrder().order());
    } catch (IllegalArgumentException e) {
      throw new InvalidDataException(
          "birth_date",
          String.format(
              Locale.ROOT,
              "a date (yyyy-MM-dd, yyyyMMdd or %s) in record %s",
              config.dateOrder().pattern(),
              r.key()),
          InvalidDataException.redacted());
    }
  }

  /** The birth date as ISO {@code yyyy-MM-dd} when valid, else its eight digits; or null. */
  @Nullable String birthText() {
    if (birthDigits == null) {
      return null;
    }
    return birthValid
        ? birthDigits.substring(0, 4)
            + '-'
            + birthDigits.substring(4, 6)
            + '-'
            + birthDigits.substring(6)
        : birthDigits;
  }

  /** Birth year, or -1. */
  int birthYear() {
    return birthDigits == null ? -1 : Integer.parseInt(birthDigits.substring(0, 4));
  }
}
