package org.osicam.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The summarize, fit and score commands (figures: osicam-scoring's clv SOURCES.md). */
class ClvCommandsTest {
  @TempDir Path dir;

  private Path resource(String name) throws IOException {
    Path p = dir.resolve(name);
    try (InputStream in = ClvCommandsTest.class.getResourceAsStream(name)) {
      Files.copy(in, p);
    }
    return p;
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private static JsonNode json(String out) throws IOException {
    return Output.JSON.readTree(out);
  }

  @Test
  void summarizeCdnowMasterWhitespaceTable() throws IOException {
    Path master = resource("CDNOW_master.txt");
    Path out = dir.resolve("summary.csv");
    CliRunner.Result r =
        CliRunner.run(
            "summarize",
            "--input",
            master.toString(),
            "--observation-end",
            "1997-09-30",
            "--period",
            "day",
            "--unit",
            "weeks",
            "--date-format",
            "yyyyMMdd",
            "--columns",
            "amount=dollar_value",
            "--output",
            out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode j = json(r.out());
    assertThat(j.get("customers").asLong()).isEqualTo(23570);
    assertThat(j.get("repeatPurchases").asLong()).isEqualTo(24337);
    List<String> lines = Files.readAllLines(out);
    assertThat(lines.get(0)).isEqualTo("customer_id,frequency,recency,T,monetary_value");
    assertThat(lines).hasSize(23571);
    assertThat(lines.get(1)).startsWith("00001,0,0,38.857142857142");
  }

  @Test
  void summarizeWithCalibrationEndAddsHoldoutColumnsOnStdout() throws IOException {
    Path tx =
        write(
            "tx.csv",
            "customer_id,date,amount\n1,2015-01-01,1\n1,2015-02-06,2\n2,2015-01-01,2\n"
                + "3,2015-01-01,3\n3,2015-01-02,1\n3,2015-01-05,5\n6,2015-02-02,5\n");
    CliRunner.Result r =
        CliRunner.run(
            "summarize",
            "--input",
            tx.toString(),
            "--observation-end",
            "2015-02-07",
            "--calibration-end",
            "2015-02-01");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out().lines().toList())
        .containsExactly(
            "customer_id,frequency,recency,T,monetary_value,frequency_holdout,duration_holdout",
            "1,0,0,31,0,1,6",
            "2,0,0,31,0,0,6",
            "3,2,4,31,3,0,6");
  }

  @Test
  void summarizeBadDateExits3NamingLineColumnAndValue() throws IOException {
    Path tx = write("tx.csv", "customer_id,date\n1,2015-01-01\n2,yesterday\n");
    CliRunner.Result r =
        CliRunner.run("summarize", "--input", tx.toString(), "--observation-end", "2015-02-07");
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains("line 3").contains("column 'date'").contains("'yesterday'");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void summarizeEmptyFileExits3() throws IOException {
    Path tx = write("tx.csv", "");
    CliRunner.Result r =
        CliRunner.run("summarize", "--input", tx.toString(), "--observation-end", "2015-02-07");
    assertThat(r.exitCode()).isEqualTo(3);
  }

  @Test
  void fitBgNbdOnCdnowPrintsTheContractJsonAndSavesTheModel() throws IOException {
    Path summary = resource("cdnow_customers_summary_with_transactions.csv");
    Path model = dir.resolve("bg.json");
    CliRunner.Result r =
        CliRunner.run(
            "fit",
            "--model",
            "bg-nbd",
            "--input",
            summary.toString(),
            "--columns",
            "frequency=x,recency=t_x",
            "--save",
            model.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode j = json(r.out());
    assertThat(j.get("model").asText()).isEqualTo("bg-nbd");
    assertThat(j.get("customers").asLong()).isEqualTo(2357);
    assertThat(j.get("params").get("r").asDouble()).isCloseTo(0.2426, within(1e-4));
    assertThat(j.get("params").get("alpha").asDouble()).isCloseTo(4.4135, within(1e-3));
    assertThat(j.get("standardErrors").get("alpha").asDouble()).isCloseTo(0.3782, within(1e-3));
    assertThat(j.get("logLikelihood").asDouble()).isCloseTo(-9582.4256, within(1e-3));
    assertThat(j.get("converged").asBoolean()).isTrue();
    assertThat(j.get("iterations").asInt()).isPositive();
    assertThat(j.get("fitSeconds").asDouble()).isNotNegative();
    assertThat(model).exists();

    Path fitted = dir.resolve("fitted.csv");
    Path saved = dir.resolve("saved.csv");
    String[] common = {
      "score",
      "--model",
      "bg-nbd",
      "--input",
      summary.toString(),
      "--horizon",
      "39",
      "--columns",
      "frequency=x,recency=t_x,customer_id=ID"
    };
    assertThat(CliRunner.run(concat(common, "--output", fitted.toString())).exitCode()).isZero();
    CliRunner.Result s =
        CliRunner.run(
            concat(common, "--output", saved.toString(), "--model-file", model.toString()));
    assertThat(s.exitCode()).as(s.err()).isZero();
    List<String> a = Files.readAllLines(fitted);
    assertThat(a).isEqualTo(Files.readAllLines(saved));
    assertThat(a.get(0)).isEqualTo("customer_id,p_alive,expected_purchases");
    String[] first = a.get(1).split(",");
    assertThat(first[0]).isEqualTo("1");
    assertThat(Double.parseDouble(first[2])).isCloseTo(1.226, within(0.001));
    assertThat(json(s.out()).get("customers").asInt()).isEqualTo(2357);
  }

  @Test
  void scoreWithGammaGammaWritesValueAndClv() throws IOException {
    Path summary = resource("cdnow_customers_summary_with_transactions.csv");
    CliRunner.Result r =
        CliRunner.run(
            "score",
            "--model",
            "pareto-nbd",
            "--monetary",
            "gamma-gamma",
            "--input",
            summary.toString(),
            "--horizon",
            "39",
            "--discount-rate",
            "0.001",
            "--columns",
            "frequency=x,recency=t_x,customer_id=ID,monetary_value=zbar");
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("customer_id,p_alive,expected_purchases,expected_value,clv");
    assertThat(lines).hasSize(2358);
    String[] c1 = lines.get(1).split(",");
    assertThat(Double.parseDouble(c1[1])).isCloseTo(0.8691, within(2e-4));
    assertThat(Double.parseDouble(c1[3])).isCloseTo(24.66, within(0.01));
    assertThat(Double.parseDouble(c1[4]))
        .isPositive()
        .isLessThan(24.66 * Double.parseDouble(c1[2]));
  }

  @Test
  void fitGammaGammaAndBgBb() throws IOException {
    Path summary = resource("cdnow_customers_summary_with_transactions.csv");
    CliRunner.Result gg =
        CliRunner.run(
            "fit",
            "--model",
            "gamma-gamma",
            "--input",
            summary.toString(),
            "--columns",
            "frequency=x,monetary_value=zbar,recency=t_x");
    assertThat(gg.exitCode()).as(gg.err()).isZero();
    JsonNode g = json(gg.out());
    assertThat(g.get("customers").asLong()).isEqualTo(946);
    assertThat(g.get("params").get("p").asDouble()).isCloseTo(6.25, within(0.01));
    assertThat(g.get("logLikelihood").asDouble()).isCloseTo(-4055.9232, within(1e-3));

    Path donations = resource("donations.csv");
    CliRunner.Result bb =
        CliRunner.run(
            "fit",
            "--model",
            "bg-bb",
            "--input",
            donations.toString(),
            "--columns",
            "weight=weights");
    assertThat(bb.exitCode()).as(bb.err()).isZero();
    JsonNode b = json(bb.out());
    assertThat(b.get("customers").asLong()).isEqualTo(11104);
    assertThat(b.get("params").get("alpha").asDouble()).isCloseTo(1.204, within(0.001));
    assertThat(b.get("logLikelihood").asDouble()).isCloseTo(-33225.58, within(0.01));
  }

  @Test
  void badSummariesExit3WithFileLineColumnAndRule() throws IOException {
    Path negative = write("neg.csv", "frequency,recency,T\n1,2,3\n-1,0,3\n");
    CliRunner.Result r = CliRunner.run("fit", "--model", "bg-nbd", "--input", negative.toString());
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err())
        .contains("neg.csv")
        .contains("line 3")
        .contains("column 'frequency'")
        .contains("'-1'")
        .contains("non-negative integer");

    Path late = write("late.csv", "frequency,recency,T\n1,4,3\n");
    r = CliRunner.run("fit", "--model", "pareto-nbd", "--input", late.toString());
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains("line 2").contains("column 'recency'").contains("<= T");

    Path text = write("text.csv", "frequency,recency,T\n1,abc,3\n");
    r = CliRunner.run("fit", "--model", "bg-nbd", "--input", text.toString());
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains("'abc'").contains("a finite number");

    Path empty = write("empty.csv", "frequency,recency,T\n");
    r = CliRunner.run("fit", "--model", "bg-nbd", "--input", empty.toString());
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains("at least one customer");
  }

  @Test
  void commonColumnNamesAreFoundWithoutAMapping() throws IOException {
    Path donations = resource("donations.csv");
    CliRunner.Result bb = CliRunner.run("fit", "--model", "bg-bb", "--input", donations.toString());
    assertThat(bb.exitCode()).as(bb.err()).isZero();
    assertThat(json(bb.out()).get("customers").asLong()).isEqualTo(11104);
    Path summary = resource("cdnow_customers_summary_with_transactions.csv");
    CliRunner.Result gg =
        CliRunner.run("fit", "--model", "gamma-gamma", "--input", summary.toString());
    assertThat(gg.exitCode()).as(gg.err()).isZero();
    assertThat(json(gg.out()).get("customers").asLong()).isEqualTo(946);
  }

  @Test
  void unknownModelIsAUsageError() throws IOException {
    Path p = write("s.csv", "frequency,recency,T\n1,2,3\n");
    CliRunner.Result r = CliRunner.run("fit", "--model", "nbd", "--input", p.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("expected one of bg-nbd");
  }

  @Test
  void unidentifiableDataReportConvergedFalseWithAReason() throws IOException {
    Path p = write("s.csv", "frequency,recency,T\n0,0,5\n0,0,6\n0,0,7\n");
    CliRunner.Result r = CliRunner.run("fit", "--model", "bg-nbd", "--input", p.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode j = json(r.out());
    assertThat(j.get("converged").asBoolean()).isFalse();
    assertThat(j.get("reason").asText()).isNotBlank();
    assertThat(r.out()).doesNotContain("NaN").doesNotContain("Infinity");
  }

  private static String[] concat(String[] a, String... b) {
    String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }
}
