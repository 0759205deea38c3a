package org.osicam.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsCommandsTest {
  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private static JsonNode json(CliRunner.Result r) throws IOException {
    assertThat(r.exitCode()).as(r.err()).isZero();
    return Output.JSON.readTree(r.out());
  }

  @Test
  void npsPrintsScoreStandardErrorAndIntervals() throws IOException {
    Path csv = write("r.csv", "id,score\n1,0\n2,7\n3,7\n4,9\n5,9\n6,9\n");
    JsonNode j = json(CliRunner.run("nps", "--input", csv.toString()));
    assertThat(j.get("n").asLong()).isEqualTo(6);
    assertThat(j.get("promoters").asLong()).isEqualTo(3);
    assertThat(j.get("passives").asLong()).isEqualTo(2);
    assertThat(j.get("detractors").asLong()).isEqualTo(1);
    assertThat(j.get("nps").asDouble()).isCloseTo(33.333, within(0.001));
    assertThat(j.get("standardError").asDouble()).isCloseTo(30.4, within(0.1));
    assertThat(j.get("ci95")).hasSize(2);
    assertThat(j.get("ci95Method").asText()).isEqualTo("adjusted-wald");
  }

  @Test
  void npsScoreOfElevenExits3NamingFileLineColumnAndValue() throws IOException {
    Path csv = write("r.csv", "id,ltr\n1,9\n2,11\n");
    CliRunner.Result r = CliRunner.run("nps", "--input", csv.toString(), "--columns", "score=ltr");
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err())
        .contains("r.csv, line 3, column 'ltr': expected an integer from 0 to 10, was '11'");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void npsByAttributeGivesGroupsAndOverall() throws IOException {
    Path csv = write("r.csv", "score,segment\n10,gold\n0,silver\n9,gold\n");
    JsonNode j = json(CliRunner.run("nps", "--input", csv.toString(), "--by", "segment"));
    assertThat(j.get("groups").get("gold").get("nps").asDouble()).isEqualTo(100);
    assertThat(j.get("groups").get("silver").get("nps").asDouble()).isEqualTo(-100);
    assertThat(j.get("overall").get("n").asLong()).isEqualTo(3);
  }

  @Test
  void unknownByColumnExits3() throws IOException {
    Path csv = write("r.csv", "score\n10\n");
    CliRunner.Result r = CliRunner.run("nps", "--input", csv.toString(), "--by", "region");
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains("column 'region'");
  }

  @Test
  void emptyInputGivesNullAndAReasonNeverNaN() throws IOException {
    Path csv = write("r.csv", "score\n");
    CliRunner.Result r = CliRunner.run("nps", "--input", csv.toString());
    JsonNode j = json(r);
    assertThat(j.get("nps").isNull()).isTrue();
    assertThat(j.get("reason").asText()).isEqualTo("no responses");
    assertThat(r.out()).doesNotContain("NaN").doesNotContain("Infinity");
  }

  @Test
  void weightsAreReadFromTheWeightRole() throws IOException {
    Path csv = write("r.csv", "score,w\n10,3\n0,1\n");
    JsonNode j = json(CliRunner.run("nps", "--input", csv.toString(), "--columns", "weight=w"));
    assertThat(j.get("nps").asDouble()).isCloseTo(50, within(1e-9));
    assertThat(j.get("effectiveN").asDouble()).isCloseTo(1.6, within(1e-9));
  }

  @Test
  void cesOutsideItsScaleExits3AndSaysWhichEndIsGood() throws IOException {
    Path csv = write("c.csv", "score\n1\n6\n");
    CliRunner.Result bad = CliRunner.run("ces", "--scale", "5", "--input", csv.toString());
    assertThat(bad.exitCode()).isEqualTo(3);
    assertThat(bad.err()).contains("line 3").contains("'6'").contains("1 to 5");

    JsonNode j = json(CliRunner.run("ces", "--scale", "7", "--input", csv.toString()));
    assertThat(j.get("goodEnd").asText()).isEqualTo("high");
    assertThat(j.get("mean").asDouble()).isEqualTo(3.5);
    assertThat(j.get("distribution").get("6").asDouble()).isEqualTo(0.5);
  }

  @Test
  void cesWithOneAnswerHasNullDeviationAndAReason() throws IOException {
    Path csv = write("c.csv", "score\n2\n");
    JsonNode j = json(CliRunner.run("ces", "--scale", "5", "--input", csv.toString()));
    assertThat(j.get("goodEnd").asText()).isEqualTo("low");
    assertThat(j.get("standardDeviation").isNull()).isTrue();
    assertThat(j.get("standardDeviationReason").asText()).contains("more than one answer");
  }

  @Test
  void cesScaleOtherThanFiveOrSevenIsAUsageError() throws IOException {
    Path csv = write("c.csv", "score\n2\n");
    assertThat(CliRunner.run("ces", "--scale", "10", "--input", csv.toString()).exitCode())
        .isEqualTo(2);
  }

  @Test
  void csatIsTopTwoBoxWithWilsonInterval() throws IOException {
    Path csv = write("s.csv", "score\n5\n5\n5\n4\n4\n4\n3\n2\n1\n1\n");
    JsonNode j = json(CliRunner.run("csat", "--input", csv.toString()));
    assertThat(j.get("satisfied").asLong()).isEqualTo(6);
    assertThat(j.get("csat").asDouble()).isCloseTo(60, within(1e-9));
    assertThat(j.get("ci95").get(0).asDouble()).isCloseTo(31.27, within(0.01));
    assertThat(j.get("ci95").get(1).asDouble()).isCloseTo(83.18, within(0.01));
  }

  @Test
  void upliftUsesFisherForSmallCountsAndReportsIncrementalFigures() throws IOException {
    Path csv =
        write(
            "o.csv",
            "group,converted,revenue,cost\n"
                + "treatment,1,10,1\ntreatment,1,10,1\ntreatment,1,10,1\ntreatment,0,0,1\n"
                + "control,1,10,0\ncontrol,0,0,0\ncontrol,0,0,0\ncontrol,0,0,0\n");
    JsonNode j = json(CliRunner.run("uplift", "--input", csv.toString()));
    assertThat(j.get("treatment").get("rate").asDouble()).isEqualTo(0.75);
    assertThat(j.get("control").get("conversions").asLong()).isEqualTo(1);
    assertThat(j.get("uplift").asDouble()).isEqualTo(0.5);
    assertThat(j.get("test").asText()).isEqualTo("fisher-exact");
    assertThat(j.get("pValue").asDouble()).isCloseTo(0.4857, within(5e-5));
    assertThat(j.get("incrementalConversions").asDouble()).isCloseTo(2, within(1e-9));
    assertThat(j.get("incrementalRevenue").asDouble()).isCloseTo(20, within(1e-9));
    assertThat(j.get("roi").asDouble()).isCloseTo(4, within(1e-9));
  }

  @Test
  void upliftGroupLabelNeitherTreatmentNorControlExits3() throws IOException {
    Path csv = write("o.csv", "group,converted\ntreatment,1\nholdout,0\n");
    CliRunner.Result r = CliRunner.run("uplift", "--input", csv.toString());
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err())
        .contains("o.csv, line 3, column 'group': expected treatment or control, was 'holdout'");
  }

  @Test
  void upliftWithoutControlGivesNullsAndAReason() throws IOException {
    Path csv = write("o.csv", "group,converted,segment\ntreatment,1,a\ncontrol,0,b\n");
    JsonNode j = json(CliRunner.run("uplift", "--input", csv.toString(), "--by", "segment"));
    assertThat(j.get("groups").get("a").get("uplift").isNull()).isTrue();
    assertThat(j.get("groups").get("a").get("reason").asText()).isEqualTo("no control customers");
    assertThat(j.get("overall").get("uplift").asDouble()).isEqualTo(1.0);
  }

  @Test
  void upliftConvertedMustBeZeroOrOne() throws IOException {
    Path csv = write("o.csv", "group,converted\ntreatment,yes\n");
    CliRunner.Result r = CliRunner.run("uplift", "--input", csv.toString());
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains("column 'converted'").contains("0 or 1").contains("'yes'");
  }
}
