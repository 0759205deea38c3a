package org.osicam.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RfmCommandTest {
  /** The reference data lives once, in the scoring module's test resources. */
  static final Path DATA = Path.of("../osicam-scoring/src/test/resources/org/osicam/scoring/rfm");

  @TempDir Path dir;

  @Test
  void ordersReproduceThePackageFiguresAndWriteOneRowPerCustomer() throws IOException {
    Path out = dir.resolve("rfm.csv");

    CliRunner.Result r =
        CliRunner.run(
            "rfm",
            "--input",
            DATA.resolve("rfm_data_orders.csv").toString(),
            "--columns",
            "date=order_date,amount=revenue",
            "--observation-end",
            "2006-12-31",
            "--output",
            out.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode json = Output.JSON.readTree(r.out());
    assertThat(json.get("customers").asInt()).isEqualTo(995);
    assertThat(json.at("/thresholds/f").toString()).isEqualTo("[4.0,5.0,6.0,8.0]");
    assertThat(json.at("/thresholds/r/0").asDouble()).isEqualTo(115.0);
    assertThat(json.at("/segments/Champions").asInt()).isEqualTo(158);
    assertThat(json.at("/segments/Others").asInt()).isEqualTo(48);
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(996);
    assertThat(lines.get(0))
        .isEqualTo(
            "customer_id,recency_days,frequency,monetary,r_score,f_score,m_score,rfm_cell,segment");
    assertThat(lines).contains("Abbey O'Reilly,205,6,472,3,4,3,343,Loyal Customers");
    assertThat(r.err()).contains("'New Customers' (row 4) is unreachable");
  }

  @Test
  void aggregatedCustomersWithMappedColumns() {
    CliRunner.Result r =
        CliRunner.run(
            "rfm",
            "--aggregated",
            "--input",
            DATA.resolve("rfm_data_customer.csv").toString(),
            "--columns",
            "frequency=number_of_orders,monetary=revenue",
            "--observation-end",
            "2007-01-01",
            "--segment-map",
            "rf-grid");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("{\"customers\":39999,");
    assertThat(r.out()).contains("\"segmentMap\":\"rf-grid\"").contains("\"warnings\":[]");
  }

  @Test
  void badAmountExits3NamingLineColumnAndValueAndWritesNothing() throws IOException {
    Path in = write("customer_id,date,amount\nA,2024-01-02,10\nB,2024-01-03,ten\n");
    Path out = dir.resolve("out.csv");

    CliRunner.Result r =
        CliRunner.run(
            "rfm",
            "--input",
            in.toString(),
            "--observation-end",
            "2024-02-01",
            "--output",
            out.toString());

    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err())
        .contains(in + ", line 3, column 'amount': expected a finite number, was 'ten'");
    assertThat(out).doesNotExist();
  }

  @Test
  void observationEndBeforeAllOrdersExits3() throws IOException {
    Path in = write("customer_id,date,amount\nA,2024-01-02,10\n");

    CliRunner.Result r =
        CliRunner.run("rfm", "--input", in.toString(), "--observation-end", "2023-12-31");

    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err())
        .contains("--observation-end 2023-12-31 is before every order")
        .contains("first order date (2024-01-02)");
  }

  @Test
  void segmentMapWithoutDefaultExits3() throws IOException {
    Path in = write("customer_id,date,amount\nA,2024-01-02,10\n");
    Path map = dir.resolve("map.json");
    Files.writeString(map, "{\"segments\":[{\"name\":\"All\"}]}");

    CliRunner.Result r =
        CliRunner.run(
            "rfm",
            "--input",
            in.toString(),
            "--observation-end",
            "2024-02-01",
            "--segment-map",
            map.toString());

    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains(map + ": $.default must be a default label");
  }

  @Test
  void negativeRecencyInAggregatedInputExits3() throws IOException {
    Path in = write("customer_id,recency_days,frequency,monetary\nA,-3,1,10\n");

    CliRunner.Result r =
        CliRunner.run(
            "rfm", "--aggregated", "--input", in.toString(), "--observation-end", "2024-02-01");

    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains("line 2, column 'recency_days': expected a number >= 0, was '-3'");
  }

  @Test
  void badBinsIsAUsageError() throws IOException {
    Path in = write("customer_id,date,amount\nA,2024-01-02,10\n");
    assertThat(
            CliRunner.run(
                    "rfm",
                    "--input",
                    in.toString(),
                    "--observation-end",
                    "2024-02-01",
                    "--bins",
                    "1")
                .exitCode())
        .isEqualTo(2);
  }

  private Path write(String content) throws IOException {
    Path p = dir.resolve("in.csv");
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }
}
