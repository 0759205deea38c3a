package org.osicam.core.consolidation;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.osicam.core.model.Customer;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.Role;
import org.osicam.core.model.SourceRecord;

/** Builds golden customers from their source records by the configured survivorship rules. */
final class Survivor {
  private final ConsolidationConfig config;

  Survivor(ConsolidationConfig config) {
    this.config = config;
  }

  private static final SurvivorshipRule[] TIE_BREAKS = {
    SurvivorshipRule.MOST_FREQUENT, SurvivorshipRule.MOST_RECENT, SurvivorshipRule.SOURCE_PRIORITY
  };

  /**
   * @param records the customer's records
   * @param persons the same records normalised (for the standard forms of e-mail, phone, date)
   */
  Customer golden(
      CustomerId id, List<SourceRecord> records, List<Person> persons, Set<CustomerId> aliases) {
    Customer.Builder b = Customer.builder(id);
    Set<String> keys = new TreeSet<>();
    for (SourceRecord r : records) {
      b.source(r.key());
      keys.addAll(r.attributes().keySet());
    }
    for (String key : keys) {
      SourceRecord winner = null;
      String winnerValue = null;
      int winnerIndex = -1;
      SurvivorshipRule rule = config.survivorshipOf(key);
      Map<String, Integer> frequency = new HashMap<>();
      if (records.size() > 1) {
        for (SourceRecord r : records) {
          String v = r.attributes().get(key);
          if (v != null) {
            frequency.merge(group(v), 1, Integer::sum);
          }
        }
      }
      for (int i = 0; i < records.size(); i++) {
        SourceRecord r = records.get(i);
        String v = r.attributes().get(key);
        if (v == null) {
          continue;
        }
        if (winner == null || better(rule, r, v, winner, winnerValue, frequency) < 0) {
          winner = r;
          winnerValue = v;
          winnerIndex = i;
        }
      }
      if (winner != null) {
        b.attribute(key, standard(key, winnerValue, persons.get(winnerIndex)), winner.key());
      }
    }
    aliases.forEach(b::alias);
    return b.build();
  }

  private static String group(String value) {
    String t = Normalize.text(value);
    return t == null ? value : t;
  }

  /** Golden values of e-mail, phone and birth date are written in their standard form. */
  private static String standard(String key, @Nullable String value, Person p) {
    String standard = null;
    if (key.equals(Role.EMAIL.key())) {
      standard = p.email;
    } else if (key.equals(Role.PHONE.key())) {
      standard = p.phone;
    } else if (key.equals(Role.BIRTH_DATE.key())) {
      standard = p.birthText();
    }
    return standard != null ? standard : value == null ? "" : value;
  }

  /** Negative when {@code (r, v)} beats {@code (w, wv)}. */
  private int better(
      SurvivorshipRule rule,
      SourceRecord r,
      String v,
      SourceRecord w,
      @Nullable String wv,
      Map<String, Integer> frequency) {
    int c = compare(rule, r, v, w, wv == null ? "" : wv, frequency);
    for (int i = 0; c == 0 && i < TIE_BREAKS.length; i++) {
      c = compare(TIE_BREAKS[i], r, v, w, wv == null ? "" : wv, frequency);
    }
    if (c != 0) {
      return c;
    }
    return r.key().compareTo(w.key());
  }

  private int compare(
      SurvivorshipRule rule,
      SourceRecord r,
      String v,
      SourceRecord w,
      String wv,
      Map<String, Integer> frequency) {
    switch (rule) {
      case MOST_RECENT:
        return time(w.updatedAt()).compareTo(time(r.updatedAt()));
      case SOURCE_PRIORITY:
        return Integer.compare(rank(r), rank(w));
      case MOST_FREQUENT:
        return frequency.isEmpty()
            ? 0
            : Integer.compare(
                frequency.getOrDefault(group(wv), 0), frequency.getOrDefault(group(v), 0));
      case MOST_COMPLETE:
        return Integer.compare(wv.strip().length(), v.strip().length());
      case NON_EMPTY:
        return r.key().compareTo(w.key());
      default:
        throw new AssertionError(rule);
    }
  }

  private static Instant time(@Nullable Instant t) {
    return t == null ? Instant.MIN : t;
  }

  private int rank(SourceRecord r) {
    int i = config.sourcePriority().indexOf(r.key().system());
    return i < 0 ? Integer.MAX_VALUE : i;
  }
}
