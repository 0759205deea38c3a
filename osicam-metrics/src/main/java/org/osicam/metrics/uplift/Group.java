package org.osicam.metrics.uplift;

import java.util.Locale;
import org.osicam.core.InvalidDataException;

/**
 * The arm of an experiment a customer belongs to.
 *
 * <p>Passed to {@link UpliftAccumulator#add(Group, boolean, double)}.
 */
public enum Group {
  /** Contacted by the campaign. */
  TREATMENT,
  /** Held out: not contacted. */
  CONTROL;

  /**
   * Parses {@code treatment} or {@code control}, case-insensitively.
   *
   * @param text the label
   * @return the group
   * @throws InvalidDataException for any other label
   */
  public static Group parse(String text) {
    switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "treatment":
        return TREATMENT;
      case "control":
        return CONTROL;
      default:
        throw new InvalidDataException("group", "treatment or control", text);
    }
  }

  /** The lower-case label. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
