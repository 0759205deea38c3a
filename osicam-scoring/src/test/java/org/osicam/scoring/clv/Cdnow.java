package org.osicam.scoring.clv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** Loads the reference data sets from the test resources. */
final class Cdnow {
  private Cdnow() {}

  static List<String> lines(String resource) {
    try (InputStream in = Cdnow.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** cdnow_customers_summary_with_transactions.csv: weekly calibration summary with zbar. */
  static CustomerSummaries summary() {
    List<String> lines = lines("cdnow_customers_summary_with_transactions.csv");
    int n = lines.size() - 1;
    double[] x = new double[n];
    double[] tx = new double[n];
    double[] t = new double[n];
    double[] m = new double[n];
    String[] ids = new String[n];
    for (int i = 0; i < n; i++) {
      String[] p = lines.get(i + 1).split(",");
      ids[i] = p[0];
      x[i] = Double.parseDouble(p[1]);
      tx[i] = Double.parseDouble(p[2]);
      t[i] = Double.parseDouble(p[3]);
      m[i] = Double.parseDouble(p[4]);
    }
    return CustomerSummaries.builder().customerIds(ids).columns(x, tx, t).monetary(m).build();
  }

  /** The event log CDNOW_sample.txt as columns (sample id, epoch day, dollars). */
  record Log(String[] ids, long[] days, double[] amounts) {}

  static Log sample() {
    List<String> lines = lines("CDNOW_sample.txt");
    int n = lines.size();
    String[] ids = new String[n];
    long[] days = new long[n];
    double[] amounts = new double[n];
    for (int i = 0; i < n; i++) {
      String[] p = lines.get(i).strip().split("\\s+");
      ids[i] = p[1];
      days[i] =
          LocalDate.parse(p[2], java.time.format.DateTimeFormatter.BASIC_ISO_DATE).toEpochDay();
      amounts[i] = Double.parseDouble(p[4]);
    }
    return new Log(ids, days, amounts);
  }

  /** The CDNOW calibration/holdout summary built from the sample log, unrounded weeks. */
  static CustomerSummaries calibration() {
    Log log = sample();
    return Summarizer.builder()
        .observationEnd(LocalDate.of(1998, 6, 30))
        .calibrationEnd(LocalDate.of(1997, 9, 30))
        .period(Granularity.DAY)
        .unit(Granularity.WEEK)
        .build()
        .summarize(log.ids(), log.days(), log.amounts());
  }
}
