package org.osicam.core.consolidation;

import java.time.Instant;
import java.util.ArrayList;
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

  Customer golden(CustomerId id, List<SourceRecord> records, Set<CustomerId> aliases) {
    Customer.Builder b = Customer.builder(id);
    Set<String> keys = new TreeSet<>();
    for (SourceRecord r : records) {
      b.source(r.key());
      keys.addAll(r.attributes().keySet());
    }
    for (String key : keys) {
      SourceRecord winner = null;
      String winnerValue = null;
      SurvivorshipRule rule = config.survivorshipOf(key);
      Map<String, Integer> frequency = new HashMap<>();
      for (SourceRecord r : records) {
        String v = r.attributes().get(key);
        if (v != null) {
          frequency.merge(group(v), 1, Integer::sum);
        }
      }
      for (SourceRecord r : records) {
        String v = r.attributes().get(key);
        if (v == null) {
          continue;
        }
        if (winner == null || better(rule, r, v, winner, winnerValue, frequency) < 0) {
          winner = r;
          winnerValue = v;
        }
      }
      if (winner != null) {
        b.attribute(key, standard(key, winnerValue), winner.key());
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
  private String standard(String key, @Nullable String value) {
    if (value == null) {
      return "";
    }
    if (key.equals(Role.EMAIL.key())) {
      String e = Normalize.email(value);
      return e == null ? value : e;
    }
    if (key.equals(Role.PHONE.key())) {
      String p = Normalize.phone(value, config.defaultRegion());
      return p == null ? value : p;
    }
    if (key.equals(Role.BIRTH_DATE.key())) {
      try {
        String d = Normalize.date(value, config.dateOrder().order());
        return d == null ? value : d;
      } catch (IllegalArgumentException e) {
        return value;
      }
    }
    return value;
  }

  /** Negative when {@code (r, v)} beats {@code (w, wv)}. */
  private int better(
      SurvivorshipRule rule,
      SourceRecord r,
      String v,
      SourceRecord w,
      @Nullable String wv,
      Map<String, Integer> frequency) {
    List<SurvivorshipRule> chain = new ArrayList<>(5);
    chain.add(rule);
    chain.add(SurvivorshipRule.MOST_FREQUENT);
    chain.add(SurvivorshipRule.MOST_RECENT);
    chain.add(SurvivorshipRule.SOURCE_PRIORITY);
    for (SurvivorshipRule step : chain) {
      int c = compare(step, r, v, w, wv == null ? "" : wv, frequency);
      if (c != 0) {
        return c;
      }
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
        return Integer.compare(frequency.get(group(wv)), frequency.get(group(v)));
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
