package org.osicam.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {
  @TempDir Path dir;

  static final String ACTIONS =
      """
      {"actions":[
        {"id":"vip-call","channel":"phone","purpose":"marketing","segments":["Champions"],
         "value":"margin","cost":5,"controlShare":0.5},
        {"id":"spring-mail","channel":"email","purpose":"marketing","value":["p_buy","margin"],
         "cost":0.1,"conflictGroup":"spring","controlShare":0.1},
        {"id":"spring-sms","channel":"sms","purpose":"marketing","value":3,"conflictGroup":"spring"},
        {"id":"card-expiry","channel":"email","purpose":"service","value":0}],
       "pressure":[{"channel":"email","purpose":"marketing","max":1,"window":"P7D"},
                   {"channel":"*","purpose":"marketing","max":3,"window":"P30D"}],
       "quietHours":{"from":"21:00","to":"08:00"},"capacity":{"phone":1},
       "conflictWindow":"P14D"}
      """;

  static final String CUSTOMERS =
      """
      customer_id,segment,time_zone,margin,p_buy
      C1,Champions,Europe/Paris,100,0.5
      C2,Champions,Europe/Paris,80,0.5
      C3,Loyal,America/Los_Angeles,40,0.5
      C4,Loyal,Europe/Paris,40,0.5
      C5,Loyal,Europe/Paris,40,0.5
      C6,Loyal,Europe/Paris,,
      """;

  static final String CONSENTS =
      """
      customer_id,purpose,channel,granted,timestamp,expires
      C1,marketing,phone,true,2024-01-01T00:00:00Z,
      C2,marketing,phone,true,2024-01-01T00:00:00Z,
      C2,marketing,email,true,2024-01-01T00:00:00Z,
      C3,marketing,email,true,2024-01-01T00:00:00Z,
      C4,marketing,email,true,2024-01-01T00:00:00Z,
      C4,marketing,sms,true,2024-01-01T00:00:00Z,
      C5,marketing,email,true,2024-01-01T00:00:00Z,2024-04-01T00:00:00Z
      C5,marketing,sms,true,2024-01-01T00:00:00Z,
      C6,marketing,email,true,2024-01-01T00:00:00Z,
      C6,marketing,email,false,2024-04-20T00:00:00Z,
      """;

  static final String HISTORY =
      """
      customer_id,action_id,channel,purpose,timestamp,status
      C4,spring-mail,email,marketing,2024-04-28T09:00:00Z,delivered
      C4,spring-mail,email,marketing,2024-04-28T10:00:00Z,opened
      """;

  private String[] args(Path out, String... more) throws IOException {
    List<String> a =
        new ArrayList<>(
            List.of(
                "plan",
                "--customers",
                write("customers.csv", CUSTOMERS).toString(),
                "--actions",
                write("actions.json", ACTIONS).toString(),
                "--consents",
                write("consents.csv", CONSENTS).toString(),
                "--history",
                write("history.csv", HISTORY).toString(),
                "--as-of",
                "2024-05-01T10:00:00Z",
                "--seed",
                "1",
                "--output",
                out.toString()));
    a.addAll(List.of(more));
    return a.toArray(new String[0]);
  }

  @Test
  void plansEveryCustomerWithReasonsAndRefusals() throws IOException {
    Path out = dir.resolve("decisions.csv");
    CliRunner.Result r = CliRunner.run(args(out));
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines.get(0))
        .isEqualTo("customer_id,action_id,channel,control,expected_value,reason,refused");
    Map<String, String[]> rows = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
      rows.put(cells[0], cells);
    }
    // C1: the phone capacity (1) goes to the highest value, C1 (margin 100) over C2 (80)
    assertThat(rows.get("C1")[1]).isEqualTo("vip-call");
    assertThat(rows.get("C1")[4]).isEqualTo("95");
    assertThat(rows.get("C2")[1]).isEqualTo("spring-mail");
    assertThat(rows.get("C2")[6]).contains("vip-call:capacity");
    // C3: 03:00 in Los Angeles: quiet hours; the service message still goes
    assertThat(rows.get("C3")[1]).isEqualTo("card-expiry");
    assertThat(rows.get("C3")[6]).contains("spring-mail:quiet-hours");
    // C4: e-mail cap reached; the sms of the same conflict group conflicts with the mail sent
    assertThat(rows.get("C4")[6]).contains("spring-mail:pressure").contains("spring-sms:conflict");
    // C5: expired e-mail consent, sms allowed
    assertThat(rows.get("C5")[1]).isEqualTo("spring-sms");
    assertThat(rows.get("C5")[6]).contains("spring-mail:consent");
    // C6: withdrawn consent, no value
    assertThat(rows.get("C6")[6])
        .contains("spring-mail:eligibility")
        .contains("vip-call:eligibility");
    assertThat(r.out().strip())
        .isEqualTo(
            "{\"customers\":6,\"contacts\":6,\"control\":0,\"refused\":{\"consent\":6,"
                + "\"pressure\":1,\"quietHours\":1,\"capacity\":1,\"conflict\":1,\"eligibility\":5}}");
    assertThat(lines.get(1))
        .isEqualTo(
            "C1,vip-call,phone,false,95,highest net value 95 (value 100 - cost 5) of 2 candidates"
                + " on phone,spring-mail:consent;spring-sms:consent");
  }

  @Test
  void sameInputAndSeedGiveByteIdenticalOutput() throws IOException {
    Path a = dir.resolve("a.csv");
    Path b = dir.resolve("b.csv");
    CliRunner.Result ra = CliRunner.run(args(a));
    CliRunner.Result rb = CliRunner.run(args(b));
    assertThat(ra.exitCode()).isZero();
    assertThat(rb.exitCode()).isZero();
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    assertThat(ra.out()).isEqualTo(rb.out());
  }

  @Test
  void controlFlagsAreStickyWhateverTheOtherCustomers() throws IOException {
    StringBuilder many = new StringBuilder("customer_id,margin\n");
    for (int i = 0; i < 300; i++) {
      many.append("K").append(i).append(",10\n");
    }
    String actions =
        "{\"actions\":[{\"id\":\"s\",\"channel\":\"web\",\"purpose\":\"service\",\"value\":\"margin\",\"controlShare\":0.3}]}";
    Path act = write("a.json", actions);
    Path all = dir.resolve("all.csv");
    assertThat(
            CliRunner.run(
                    "plan",
                    "--customers",
                    write("all-in.csv", many.toString()).toString(),
                    "--actions",
                    act.toString(),
                    "--as-of",
                    "2024-05-01T10:00:00Z",
                    "--output",
                    all.toString())
                .exitCode())
        .isZero();
    StringBuilder few = new StringBuilder("customer_id,margin\n");
    for (int i = 299; i >= 0; i -= 7) {
      few.append("K").append(i).append(",10\n");
    }
    Path some = dir.resolve("some.csv");
    assertThat(
            CliRunner.run(
                    "plan",
                    "--customers",
                    write("some-in.csv", few.toString()).toString(),
                    "--actions",
                    act.toString(),
                    "--as-of",
                    "2024-05-01T10:00:00Z",
                    "--output",
                    some.toString())
                .exitCode())
        .isZero();
    Map<String, String> flags = new HashMap<>();
    Files.readAllLines(all).stream()
        .skip(1)
        .forEach(l -> flags.put(l.split(",")[0], l.split(",")[3]));
    long control = flags.values().stream().filter("true"::equals).count();
    assertThat(control).isBetween(60L, 120L);
    for (String l : Files.readAllLines(some).subList(1, 44)) {
      assertThat(l.split(",")[3]).isEqualTo(flags.get(l.split(",")[0]));
    }
  }

  @Test
  void aConsentRowWithAnUnknownPurposeExits3NamingFileLineColumnAndValue() throws IOException {
    Path out = dir.resolve("d.csv");
    String[] a = args(out);
    CliRunner.Result r =
        run(a, "consents.csv", CONSENTS.replace("C3,marketing,email", "C3,advertising,email"));
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err())
        .contains("consents.csv, line 5, column 'purpose'")
        .contains("'advertising'");
    assertThat(out).doesNotExist();
  }

  @Test
  void anActionWithAnUnknownSegmentOrValueOrANegativeCapExits3NamingIt() throws IOException {
    Path out = dir.resolve("d.csv");
    CliRunner.Result seg =
        run(args(out), "actions.json", ACTIONS.replace("[\"Champions\"]", "[\"Champs\"]"));
    assertThat(seg.exitCode()).isEqualTo(3);
    assertThat(seg.err())
        .contains("actions.json, line 2: action[vip-call].segments")
        .contains("\"Champs\"");
    CliRunner.Result val =
        run(
            args(out),
            "actions.json",
            ACTIONS.replace("\"value\":\"margin\"", "\"value\":\"marge\""));
    assertThat(val.exitCode()).isEqualTo(3);
    assertThat(val.err()).contains("action[vip-call].value").contains("\"marge\"");
    CliRunner.Result cap =
        run(args(out), "actions.json", ACTIONS.replace("\"max\":1", "\"max\":-1"));
    assertThat(cap.exitCode()).isEqualTo(3);
    assertThat(cap.err()).contains("actions.json: pressure[0].max must be 0 or more, was -1");
    CliRunner.Result dur = run(args(out), "actions.json", ACTIONS.replace("P30D", "30 days"));
    assertThat(dur.exitCode()).isEqualTo(3);
    assertThat(dur.err()).contains("pressure[1].window").contains("\"30 days\"");
    assertThat(out).doesNotExist();
  }

  @Test
  void aBadTimeZoneExits3() throws IOException {
    Path out = dir.resolve("d.csv");
    CliRunner.Result r =
        run(args(out), "customers.csv", CUSTOMERS.replace("America/Los_Angeles", "Mars/Olympus"));
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains("line 4, column 'time_zone'").contains("'Mars/Olympus'");
  }

  private CliRunner.Result run(String[] args, String file, String content) throws IOException {
    write(file, content);
    return CliRunner.run(args);
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void eligibilityRulesReadTheCustomersColumnsAndUnknownNamesExit3() throws IOException {
    Path out = dir.resolve("d.csv");
    String withRule =
        ACTIONS.replace(
            "\"value\":3,",
            "\"value\":3,\"eligibility\":{\"percentile\":\"p_buy\",\"op\":\"ge\",\"value\":50},");
    CliRunner.Result ok = run(args(out), "actions.json", withRule);
    assertThat(ok.exitCode()).as(ok.err()).isZero();
    CliRunner.Result bad =
        run(
            args(out),
            "actions.json",
            ACTIONS.replace(
                "\"value\":3,",
                "\"value\":3,\"eligibility\":{\"attribute\":\"agee\",\"op\":\"ge\",\"value\":18},"));
    assertThat(bad.exitCode()).isEqualTo(3);
    assertThat(bad.err())
        .contains("actions.json, line 6: action[spring-sms].eligibility")
        .contains("agee");
  }

  @Test
  void aBadAsOfIsAUsageError() throws IOException {
    String[] a = args(dir.resolve("d.csv"));
    for (int i = 0; i < a.length; i++) {
      if (a[i].equals("--as-of")) {
        a[i + 1] = "yesterday";
      }
    }
    CliRunner.Result r = CliRunner.run(a);
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--as-of: expected an ISO instant").contains("Usage: osicam plan");
  }
}
