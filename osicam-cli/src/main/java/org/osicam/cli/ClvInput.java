package org.osicam.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.osicam.core.InvalidDataException;
import org.osicam.scoring.clv.CustomerSummaries;

/** Reading of per-customer summaries and of dates, shared by summarize, fit and score. */
final class ClvInput {
  private ClvInput() {}

  private static final Pattern ISO_PREFIX = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([ T].*)?");
  private static final Pattern COMPACT = Pattern.compile("\\d{8}");
  private static final Pattern SLASHED = Pattern.compile("\\d{4}/\\d{2}/\\d{2}");

  /** Parses a date with the given pattern, or by trying common forms when none is given. */
  static LocalDate date(CsvInput.Row row, String role, @Nullable DateTimeFormatter format) {
    String v = row.text(role);
    try {
      if (format != null) {
        TemporalAccessor parsed = format.parse(v);
        return LocalDate.from(parsed);
      }
      if (ISO_PREFIX.matcher(v).matches()) {
        return LocalDate.parse(v.substring(0, 10));
      }
      if (COMPACT.matcher(v).matches()) {
        return LocalDate.parse(v, DateTimeFormatter.BASIC_ISO_DATE);
      }
      if (SLASHED.matcher(v).matches()) {
        return LocalDate.parse(v.replace('/', '-'));
      }
    } catch (java.time.DateTimeException e) {
      // fall through to the error
    }
    throw row.error(
        role,
        v,
        format == null
            ? "a date like 1997-01-31 or 19970131 (or set --date-format)"
            : "a date in the format given by --date-format");
  }

  /** Parses a date option such as {@code --observation-end}. */
  static LocalDate dateOption(picocli.CommandLine cl, String option, String value) {
    try {
      if (COMPACT.matcher(value).matches()) {
        return LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE);
      }
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new picocli.CommandLine.ParameterException(
          cl, option + ": expected a date like 1997-09-30, was '" + value + "'");
    }
  }

  /** Column names tried for a role when the file has no column named as the role. */
  static final Map<String, List<String>> SUMMARY_ALIASES =
      Map.of(
          "customer_id", List.of("id", "customer", "customerid"),
          "frequency", List.of("x", "frequency_cal"),
          "recency", List.of("t_x", "recency_cal"),
          "T", List.of("T_cal", "age"),
          "monetary_value", List.of("zbar", "monetary", "monetary_value_cal"),
          "weight", List.of("weights", "count", "customers"));

  /** Column names tried for the transaction roles of summarize. */
  static final Map<String, List<String>> TRANSACTION_ALIASES =
      Map.of(
          "customer_id", List.of("id", "customer", "customerid"),
          "date", List.of("datetime", "timestamp", "order_date", "day"),
          "amount", List.of("dollar_value", "value", "revenue", "sales", "monetary"));

  /** Summaries read from a CSV file, with customer ids when the file has them. */
  record Read(CustomerSummaries summaries, boolean hasIds, long excluded) {}

  /**
   * Reads summaries. Roles: customer_id (optional), frequency, recency, T (or {@code periods} when
   * discrete), optional monetary_value and weight. The monetary value is read only when {@code
   * needMonetary}: a transaction model ignores it (a zero or negative mean spend is no reason to
   * refuse a BG/NBD fit). With {@code strictMonetary} (the Gamma-Gamma fit), repeat customers with
   * a mean spend of 0 or less are left out and counted in {@link Read#excluded()}: the model is
   * defined for positive spend only, and such rows occur in real logs (free orders, refunds).
   */
  static Read summaries(
      String file,
      Map<String, String> mapping,
      boolean discrete,
      boolean needMonetary,
      boolean onlyRepeaters,
      boolean strictMonetary) {
    String ageRole = discrete ? "periods" : "T";
    List<String> required = new ArrayList<>(List.of("frequency"));
    List<String> optional = new ArrayList<>(List.of("customer_id", "weight"));
    if (onlyRepeaters) {
      optional.addAll(List.of("recency", ageRole));
    } else {
      required.addAll(List.of("recency", ageRole));
    }
    if (needMonetary) {
      required.add("monetary_value");
    } else {
      optional.add("monetary_value");
    }
    Columns c = new Columns();
    Map<String, List<String>> aliases = new java.util.HashMap<>(SUMMARY_ALIASES);
    List<String> allRoles = new ArrayList<>(required);
    allRoles.addAll(optional);
    aliases.keySet().retainAll(allRoles);
    try (CsvInput in = TableInput.open(file, mapping, aliases, required, optional)) {
      boolean ids = in.has("customer_id");
      boolean weights = in.has("weight");
      boolean money = needMonetary && in.has("monetary_value");
      long[] excluded = {0};
      boolean times = in.has("recency") && in.has(ageRole);
      in.forEach(
          row -> {
            double x = row.number("frequency");
            if (onlyRepeaters && x == 0) {
              return;
            }
            double tx = times ? row.number("recency") : 0;
            double t = times ? row.number(ageRole) : 0;
            try {
              CustomerSummaries.checkHistory(x, tx, t);
            } catch (InvalidDataException e) {
              String role = "T".equals(e.field()) ? ageRole : e.field();
              String expected =
                  e.rule().startsWith("a ")
                      ? e.rule()
                      : role
                          + " "
                          + e.rule().replace("T", ageRole + " (" + row.text(ageRole) + ")");
              throw row.error(role, row.text(role), expected);
            }
            if (discrete && (tx != Math.rint(tx) || t != Math.rint(t) || t < 1 || x > tx)) {
              throw row.error(
                  "recency",
                  row.text("recency"),
                  "integers with frequency <= recency <= periods and periods >= 1 (discrete time)");
            }
            double m = 0;
            if (money && row.optional("monetary_value").isPresent()) {
              m = row.number("monetary_value");
              if (strictMonetary && x > 0 && m <= 0) {
                excluded[0]++;
                return;
              }
              if (m < 0) {
                throw row.error("monetary_value", row.text("monetary_value"), "a number >= 0");
              }
            } else if (needMonetary && x > 0) {
              throw row.error("monetary_value", "", "a number > 0 for a repeat customer");
            }
            double w = 1;
            if (weights) {
              w = row.number("weight");
              if (!(w > 0)) {
                throw row.error("weight", row.text("weight"), "a number > 0");
              }
            }
            c.add(ids ? row.text("customer_id") : null, x, tx, t, m, w);
          });
      if (c.n == 0) {
        throw new BadInputException(
            file
                + ": expected at least one customer row"
                + (onlyRepeaters ? " with frequency > 0" : "")
                + (excluded[0] > 0 ? " and monetary_value > 0" : ""));
      }
      CustomerSummaries.Builder b =
          CustomerSummaries.builder()
              .columns(c.trim(c.x), c.trim(c.tx), c.trim(c.t))
              .monetary(c.trim(c.m));
      if (weights) {
        b.weights(c.trim(c.w));
      }
      if (ids) {
        b.customerIds(Arrays.copyOf(c.ids, c.n));
      }
      if (discrete) {
        b.discrete();
      }
      return new Read(b.build(), ids, excluded[0]);
    }
  }

  private static final class Columns {
    int n;
    String[] ids = new String[1024];
    double[] x = new double[1024];
    double[] tx = new double[1024];
    double[] t = new double[1024];
    double[] m = new double[1024];
    double[] w = new double[1024];

    void add(@Nullable String id, double xi, double txi, double ti, double mi, double wi) {
      if (n == x.length) {
        int cap = n * 2;
        ids = Arrays.copyOf(ids, cap);
        x = Arrays.copyOf(x, cap);
        tx = Arrays.copyOf(tx, cap);
        t = Arrays.copyOf(t, cap);
        m = Arrays.copyOf(m, cap);
        w = Arrays.copyOf(w, cap);
      }
      ids[n] = id == null ? "" : id;
      x[n] = xi;
      tx[n] = txi;
      t[n] = ti;
      m[n] = mi;
      w[n] = wi;
      n++;
    }

    double[] trim(double[] a) {
      return Arrays.copyOf(a, n);
    }
  }
}
