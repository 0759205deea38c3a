package org.osicam.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The conventions of the command contract (shared/CLI.md) on hostile but valid input: encodings,
 * line ends, quoting, column mapping, exit codes, output files and JSON numbers. Expected values
 * are worked out by hand from the contract's definitions, or quoted from SOURCES.md.
 */
class CliContractTest {
  @TempDir Path dir;

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private Path writeBytes(String name, byte[]... parts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.write(part);
    }
    Path p = dir.resolve(name);
    Files.write(p, out.toByteArray());
    return p;
  }

  private Path resource(String name) throws IOException {
    Path p = dir.resolve(name);
    try (InputStream in = CliContractTest.class.getResourceAsStream(name)) {
      Files.copy(in, p);
    }
    return p;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static JsonNode json(CliRunner.Result r) throws IOException {
    return Output.JSON.readTree(r.out());
  }

  /** Parses CSV text into rows keyed by the first column. */
  private static Map<String, CSVRecord> rowsById(String csv) throws IOException {
    Map<String, CSVRecord> rows = new LinkedHashMap<>();
    for (CSVRecord rec :
        CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv))) {
      rows.put(rec.get(0), rec);
    }
    return rows;
  }

  // --- encodings, line ends, quoting, trimming ---

  @Test
  void byteOrderMarkAndCrlfLineEndsAreAccepted() throws IOException {
    // given a UTF-8 file with a BOM and CRLF line ends
    Path tx =
        writeBytes(
            "tx.csv",
            BOM,
            utf8(
                "customer_id,date,amount\r\n1,2015-01-01,10\r\n1,2015-01-05,20\r\n2,2015-01-02,5\r\n"));
    // when
    CliRunner.Result r =
        CliRunner.run("summarize", "--input", tx.toString(), "--observation-end", "2015-01-31");
    // then customer 1: one repeat day, recency 4 days, T 30 days, mean repeat spend 20
    assertThat(r.exitCode()).as(r.err()).isZero();
    Map<String, CSVRecord> rows = rowsById(r.out());
    assertThat(rows.get("1").values()).containsExactly("1", "1", "4", "30", "20");
    assertThat(rows.get("2").values()).containsExactly("2", "0", "0", "29", "0");
  }

  @Test
  void byteOrderMarkOnStdinIsAccepted() throws IOException {
    byte[] in = concat(BOM, utf8("score\n9\n10\n0\n"));
    CliRunner.Result r = CliRunner.runWithStdin(in, "nps", "--input", "-");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode j = json(r);
    // 2 promoters, 1 detractor of 3: (2 - 1) / 3 = 33.3 points
    assertThat(j.get("n").asLong()).isEqualTo(3);
    assertThat(j.get("nps").asDouble()).isCloseTo(100.0 / 3, within(1e-9));
  }

  @Test
  void byteOrderMarkInBasketLayoutAndInLongLayoutIsAccepted() throws IOException {
    Path basket = writeBytes("b.csv", BOM, utf8("a,b\r\na,b\r\n"));
    Path out = dir.resolve("rules.csv");
    CliRunner.Result r =
        CliRunner.run(
            "rules",
            "--input",
            basket.toString(),
            "--layout",
            "basket",
            "--min-support",
            "0.5",
            "--min-confidence",
            "0.5",
            "--output",
            out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    // two baskets of the items a and b: 2 items, no item called "\uFEFFa"
    assertThat(json(r).get("items").asLong()).isEqualTo(2);
    assertThat(Files.readString(out)).doesNotContain("\uFEFF");
  }

  @Test
  void quotedFieldsWithCommasAndNewlinesSpacesAndExtraColumns() throws IOException {
    Path tx =
        write(
            "tx.csv",
            " customer_id , date , amount , note \n"
                + "\"a, b\", 2015-01-01 , 1e1 , x\n"
                + "\"a, b\",2015-01-03,\"  30 \",y\n"
                + "\"c\nd\",2015-01-02,5,\"two\nlines\"\n");
    CliRunner.Result r =
        CliRunner.run("summarize", "--input", tx.toString(), "--observation-end", "2015-01-31");
    assertThat(r.exitCode()).as(r.err()).isZero();
    Map<String, CSVRecord> rows = rowsById(r.out());
    assertThat(rows.keySet()).containsExactlyInAnyOrder("a, b", "c\nd");
    // "a, b": repeat on day 2 worth 30; T = 30 days
    assertThat(rows.get("a, b").values()).containsExactly("a, b", "1", "2", "30", "30");
    assertThat(rows.get("c\nd").values()).containsExactly("c\nd", "0", "0", "29", "0");
  }

  @Test
  void invalidUtf8IsBadInputNamingTheFileAndLine() throws IOException {
    Path csv =
        writeBytes(
            "latin1.csv", utf8("score,segment\n9,a\n10,caf"), new byte[] {(byte) 0xE9}, utf8("\n"));
    CliRunner.Result r = CliRunner.run("nps", "--input", csv.toString(), "--by", "segment");
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains("latin1.csv, line 3").contains("UTF-8");
    assertThat(r.out()).isEmpty();
  }

  // --- column mapping ---

  @Test
  void malformedColumnsOptionIsAUsageError() throws IOException {
    Path csv = write("r.csv", "rating\n9\n");
    CliRunner.Result r = CliRunner.run("nps", "--input", csv.toString(), "--columns", "score");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--columns").contains("role=column");
  }

  @Test
  void mappingARoleTheCommandDoesNotHaveIsAUsageError() throws IOException {
    Path csv = write("r.csv", "rating\n9\n");
    CliRunner.Result r =
        CliRunner.run("nps", "--input", csv.toString(), "--columns", "scor=rating");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("unknown role 'scor'").contains("score");
  }

  @Test
  void mappingToAMissingColumnIsBadInputNamingTheColumn() throws IOException {
    Path csv = write("r.csv", "rating\n9\n");
    CliRunner.Result r = CliRunner.run("nps", "--input", csv.toString(), "--columns", "score=rate");
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains("r.csv").contains("line 1").contains("'rate'").contains("rating");
  }

  @Test
  void summaryColumnAliasesWorkOnStdinAsOnAFile() throws IOException {
    // the lifetimes file names its columns ID,x,t_x,T,zbar; 946 customers have x > 0 (SOURCES.md)
    byte[] in = Files.readAllBytes(resource("cdnow_customers_summary_with_transactions.csv"));
    CliRunner.Result r =
        CliRunner.runWithStdin(in, "fit", "--model", "gamma-gamma", "--input", "-");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(json(r).get("customers").asLong()).isEqualTo(946);
  }

  // --- the summarize -> fit pipeline ---

  @Test
  void fitOfATransactionModelIgnoresMonetaryValue() throws IOException {
    // given a summary from a log without amounts: monetary_value 0 for repeat customers too
    Path summary = dir.resolve("summary.csv");
    CliRunner.Result s =
        CliRunner.run(
            "summarize",
            "--input",
            resource("example_transactions.csv").toString(),
            "--observation-end",
            "2014-12-31",
            "--output",
            summary.toString());
    assertThat(s.exitCode()).as(s.err()).isZero();
    // when
    CliRunner.Result r = CliRunner.run("fit", "--model", "bg-nbd", "--input", summary.toString());
    // then lifetimes' reference fit (SOURCES.md), three decimals
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode p = json(r).get("params");
    assertThat(json(r).get("customers").asLong()).isEqualTo(5000);
    assertThat(p.get("r").asDouble()).isCloseTo(0.164, within(1e-3));
    assertThat(p.get("alpha").asDouble()).isCloseTo(1.864, within(1e-3));
    assertThat(p.get("a").asDouble()).isCloseTo(1.850, within(1e-3));
    assertThat(p.get("b").asDouble()).isCloseTo(3.181, within(1e-3));
  }

  @Test
  void gammaGammaLeavesOutRepeatCustomersWithoutPositiveSpend() throws IOException {
    Path summary =
        write(
            "s.csv",
            "customer_id,frequency,recency,T,monetary_value\n"
                + "1,2,5,10,20\n2,1,3,10,35\n3,3,8,10,12.5\n4,1,2,10,0\n5,0,0,10,0\n6,2,4,9,50\n");
    CliRunner.Result r =
        CliRunner.run("fit", "--model", "gamma-gamma", "--input", summary.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    // customers 1, 2, 3 and 6; 4 (repeat, spend 0) left out and counted; 5 has no repeat
    assertThat(json(r).get("customers").asLong()).isEqualTo(4);
    assertThat(json(r).get("excludedRows").asLong()).isEqualTo(1);
    assertThat(r.err()).contains("left out 1");
  }

  // --- JSON numbers ---

  @Test
  void jsonNumbersArePlainDecimalsAndNeverNaN() throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("small", 1.34e-5);
    m.put("big", 3.2e7);
    m.put("plain", 0.25);
    m.put("nan", Double.NaN);
    m.put("array", new double[] {1e-7, Double.POSITIVE_INFINITY});
    m.put("list", List.of(2.5e-8));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Output.json(new PrintStream(bytes, true, StandardCharsets.UTF_8), m);
    assertThat(bytes.toString(StandardCharsets.UTF_8).strip())
        .isEqualTo(
            "{\"small\":0.0000134,\"big\":32000000,\"plain\":0.25,\"nan\":null,"
                + "\"array\":[0.0000001,null],\"list\":[0.000000025]}");
  }

  @Test
  void fitJsonHasNoExponentEvenWhenParametersRunAway() throws IOException {
    // nobody repeats: the likelihood is maximised at extreme parameters (tiny r, huge alpha)
    Path summary = write("z.csv", "customer_id,frequency,recency,T\n1,0,0,10\n2,0,0,5\n");
    CliRunner.Result r = CliRunner.run("fit", "--model", "bg-nbd", "--input", summary.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).doesNotContainPattern("[0-9][eE][+-]?[0-9]").doesNotContain("NaN");
    assertThat(json(r).get("params").get("r").isNumber()).isTrue();
  }

  // --- output files ---

  @Test
  void missingOutputDirectoryFailsClearlyAndCreatesNothing() throws IOException {
    Path tx = write("tx.csv", "customer_id,date\n1,2015-01-01\n");
    Path out = dir.resolve("no/such/dir/summary.csv");
    CliRunner.Result r =
        CliRunner.run(
            "summarize",
            "--input",
            tx.toString(),
            "--observation-end",
            "2015-01-31",
            "--output",
            out.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("--output").contains("does not exist").doesNotContain("Exception");
    assertThat(dir.resolve("no")).doesNotExist();
    assertThat(r.out()).isEmpty();
  }

  @Test
  void outputPathThatIsADirectoryFailsClearly() throws IOException {
    Path baskets = write("b.csv", "a,b\n");
    CliRunner.Result r =
        CliRunner.run(
            "rules",
            "--input",
            baskets.toString(),
            "--layout",
            "basket",
            "--min-support",
            "0.5",
            "--min-confidence",
            "0.5",
            "--output",
            dir.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("is a directory").doesNotContain("Exception");
  }

  @Test
  void demoRefusesAnUnwritableReportPathBeforeRunningTheLoop() {
    CliRunner.Result r =
        CliRunner.run("demo", "--output", dir.resolve("missing/report.html").toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("--output").doesNotContain("osicam demo: organise");
    assertThat(dir.resolve("missing")).doesNotExist();
  }

  @Test
  void badDataLeavesNoOutputFile() throws IOException {
    Path orders = write("o.csv", "customer_id,date,amount\na,2006-01-01,10\nb,2006-02-30,5\n");
    Path out = dir.resolve("rfm.csv");
    CliRunner.Result r =
        CliRunner.run(
            "rfm",
            "--input",
            orders.toString(),
            "--observation-end",
            "2006-12-31",
            "--output",
            out.toString());
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains("o.csv, line 3, column 'date'").contains("2006-02-30");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("o.csv");
    }
  }

  // --- per-command robustness ---

  @Test
  void surveyScoresWrittenAsWholeDecimalsAreAccepted() throws IOException {
    Path csv = write("s.csv", "score\n9.0\n10.00\n6.0\n");
    CliRunner.Result r = CliRunner.run("nps", "--input", csv.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(json(r).get("promoters").asLong()).isEqualTo(2);
    assertThat(json(r).get("detractors").asLong()).isEqualTo(1);
    Path half = write("h.csv", "score\n8.5\n");
    CliRunner.Result bad = CliRunner.run("nps", "--input", half.toString());
    assertThat(bad.exitCode()).isEqualTo(3);
    assertThat(bad.err()).contains("line 2").contains("'8.5'").contains("0 to 10");
  }

  @Test
  void upliftConvertedWrittenAsDecimalIsAccepted() throws IOException {
    Path csv =
        write("u.csv", "group,converted\ntreatment,1.0\ntreatment,0.0\ncontrol,0.0\ncontrol,0.0\n");
    CliRunner.Result r = CliRunner.run("uplift", "--input", csv.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    // treatment 1/2, control 0/2: uplift 0.5
    assertThat(json(r).get("treatment").get("conversions").asLong()).isEqualTo(1);
    assertThat(json(r).get("uplift").asDouble()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void planWithAHeaderOnlyCustomersFileWritesAHeaderOnlyPlan() throws IOException {
    Path customers = write("c.csv", "customer_id,segment,margin\n");
    Path actions =
        write(
            "a.json",
            "{\"actions\":[{\"id\":\"vip\",\"channel\":\"email\",\"purpose\":\"marketing\","
                + "\"segments\":[\"Champions\"],\"value\":\"margin\"}]}");
    Path out = dir.resolve("d.csv");
    CliRunner.Result r =
        CliRunner.run(
            "plan",
            "--customers",
            customers.toString(),
            "--actions",
            actions.toString(),
            "--as-of",
            "2024-05-01T10:00:00Z",
            "--output",
            out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(Files.readString(out))
        .isEqualTo("customer_id,action_id,channel,control,expected_value,reason,refused\n");
    assertThat(json(r).get("customers").asLong()).isZero();
    assertThat(json(r).get("contacts").asLong()).isZero();
  }

  @Test
  void planMapsTheConsentAndHistoryFilesOwnColumnNames() throws IOException {
    Path customers = write("c.csv", "customer_id,margin\nC1,10\nC2,10\n");
    Path actions =
        write(
            "a.json",
            "{\"actions\":[{\"id\":\"mail\",\"channel\":\"email\",\"purpose\":\"marketing\","
                + "\"value\":\"margin\"}],"
                + "\"pressure\":[{\"channel\":\"email\",\"purpose\":\"marketing\",\"max\":1,"
                + "\"window\":\"P7D\"}]}");
    // both customers consented; C2 already had a delivered marketing e-mail this week
    Path consents =
        write(
            "k.csv",
            "cid,purp,chan,ok,ts\nC1,marketing,email,true,2024-01-01T00:00:00Z\n"
                + "C2,marketing,email,true,2024-01-01T00:00:00Z\n");
    Path history =
        write(
            "h.csv",
            "cid,act,chan,purp,at,state\nC2,old,email,marketing,2024-04-29T09:00:00Z,delivered\n");
    Path out = dir.resolve("d.csv");
    CliRunner.Result r =
        CliRunner.run(
            "plan",
            "--customers",
            customers.toString(),
            "--actions",
            actions.toString(),
            "--consents",
            consents.toString(),
            "--consent-columns",
            "customer_id=cid,purpose=purp,channel=chan,granted=ok,timestamp=ts",
            "--history",
            history.toString(),
            "--history-columns",
            "customer_id=cid,action_id=act,channel=chan,purpose=purp,timestamp=at,status=state",
            "--as-of",
            "2024-05-01T10:00:00Z",
            "--output",
            out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    Map<String, CSVRecord> rows = rowsById(Files.readString(out));
    assertThat(rows.get("C1").get("action_id")).isEqualTo("mail");
    assertThat(rows.get("C2").get("action_id")).isEmpty();
    assertThat(rows.get("C2").get("refused")).isEqualTo("mail:pressure");
  }

  @Test
  void consentFileColumnErrorNamesTheConsentMappingOption() throws IOException {
    Path customers = write("c.csv", "customer_id\nC1\n");
    Path actions =
        write(
            "a.json",
            "{\"actions\":[{\"id\":\"s\",\"channel\":\"web\",\"purpose\":\"service\",\"value\":1}]}");
    Path consents = write("k.csv", "cid,purpose,channel,granted,timestamp\n");
    CliRunner.Result r =
        CliRunner.run(
            "plan",
            "--customers",
            customers.toString(),
            "--actions",
            actions.toString(),
            "--consents",
            consents.toString(),
            "--as-of",
            "2024-05-01T10:00:00Z",
            "--output",
            dir.resolve("d.csv").toString());
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains("k.csv, line 1").contains("--consent-columns customer_id=");
    assertThat(dir.resolve("d.csv")).doesNotExist();
  }

  @Test
  void summaryWithRecencyAboveTNamesBothValuesOnce() throws IOException {
    Path summary = write("s.csv", "customer_id,frequency,recency,T\n1,2,5,4\n");
    CliRunner.Result r = CliRunner.run("fit", "--model", "bg-nbd", "--input", summary.toString());
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err().strip())
        .isEqualTo(
            "osicam: "
                + summary
                + ", line 2, column 'recency': expected recency <= T (4), was '5'");
  }

  @Test
  void unknownLayoutNamesTheValuesAsTheContractWritesThem() throws IOException {
    Path baskets = write("b.csv", "a,b\n");
    CliRunner.Result r =
        CliRunner.run(
            "rules",
            "--input",
            baskets.toString(),
            "--layout",
            "wide",
            "--min-support",
            "0.5",
            "--min-confidence",
            "0.5",
            "--output",
            dir.resolve("r.csv").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("expected basket or long, was 'wide'");
  }

  // --- options named in the contract ---

  @Test
  void everyOptionOfTheContractExistsUnderItsExactName() {
    Map<String, List<String>> contract = new HashMap<>();
    contract.put(
        "summarize",
        List.of(
            "--input",
            "--observation-end",
            "--calibration-end",
            "--period",
            "--unit",
            "--date-format",
            "--columns"));
    contract.put("fit", List.of("--model", "--input", "--save", "--columns"));
    contract.put(
        "score",
        List.of(
            "--input",
            "--model",
            "--monetary",
            "--horizon",
            "--discount-rate",
            "--model-file",
            "--columns"));
    contract.put(
        "rfm",
        List.of(
            "--input",
            "--observation-end",
            "--bins",
            "--segment-map",
            "--aggregated",
            "--columns"));
    contract.put(
        "consolidate",
        List.of("--input", "--columns", "--config", "--links", "--golden", "--explain"));
    contract.put(
        "rules",
        List.of(
            "--input",
            "--layout",
            "--min-support",
            "--min-confidence",
            "--max-length",
            "--output",
            "--columns"));
    contract.put("nps", List.of("--input", "--by", "--columns"));
    contract.put("ces", List.of("--input", "--by", "--scale", "--columns"));
    contract.put("csat", List.of("--input", "--by", "--scale", "--columns"));
    contract.put(
        "plan",
        List.of(
            "--customers",
            "--actions",
            "--history",
            "--consents",
            "--as-of",
            "--seed",
            "--output",
            "--columns"));
    contract.put("uplift", List.of("--input", "--by", "--columns"));
    contract.put("demo", List.of("--output"));
    Map<String, CommandLine> commands = Main.commandLine().getSubcommands();
    contract.forEach(
        (command, options) -> {
          assertThat(commands).as(command).containsKey(command);
          for (String option : options) {
            assertThat(commands.get(command).getCommandSpec().findOption(option))
                .as(command + " " + option)
                .isNotNull();
            assertThat(CliRunner.run(command, "--help").out()).as(command).contains(option);
          }
          assertThat(commands.get(command).getCommandSpec().findOption("--help"))
              .as(command)
              .isNotNull();
        });
  }

  @Test
  void everyCommandsFirstDescriptionLineIsAWholeSentence() {
    // picocli shows the first description line in the command list of osicam --help
    Main.commandLine()
        .getSubcommands()
        .forEach(
            (name, cl) -> {
              String[] d = cl.getCommandSpec().usageMessage().description();
              if (d.length > 0) {
                assertThat(d[0].strip()).as(name).endsWith(".");
              }
            });
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
