package org.osicam.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesCommandTest {
  @TempDir Path dir;

  private Path groceries() throws IOException {
    Path p = dir.resolve("groceries.csv");
    try (InputStream in = getClass().getResourceAsStream("groceries_baskets.csv")) {
      Files.copy(in, p);
    }
    return p;
  }

  /** Runs {@code osicam rules}, with the basket layout unless {@code extra} gives one. */
  private static CliRunner.Result rules(
      Object input, String support, String confidence, Path out, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "rules",
                "--input",
                input.toString(),
                "--min-support",
                support,
                "--min-confidence",
                confidence,
                "--output",
                out.toString()));
    if (!Arrays.asList(extra).contains("--layout")) {
      args.addAll(List.of("--layout", "basket"));
    }
    args.addAll(Arrays.asList(extra));
    return CliRunner.run(args.toArray(new String[0]));
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void groceriesGiveTheArulesReferenceRules() throws IOException {
    Path out = dir.resolve("rules.csv");

    CliRunner.Result r = rules(groceries(), "0.001", "0.5", out);

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out().strip())
        .isEqualTo("{\"baskets\":9835,\"items\":169,\"frequentItemsets\":13492,\"rules\":5668}");
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(5669);
    assertThat(lines.get(0)).isEqualTo("antecedent,consequent,support,confidence,lift,count");
    String honey =
        lines.stream().filter(l -> l.startsWith("honey,whole milk,")).findFirst().orElseThrow();
    String[] f = honey.split(",");
    assertThat(Double.parseDouble(f[2])).isCloseTo(0.001118454, within(5e-10));
    assertThat(Double.parseDouble(f[3])).isCloseTo(0.7333333, within(5e-8));
    assertThat(Double.parseDouble(f[4])).isCloseTo(2.870009, within(5e-7));
    assertThat(f[5]).isEqualTo("11");
    assertThat(lines).anyMatch(l -> l.startsWith("citrus fruit|root vegetables|tropical fruit"));
  }

  @Test
  void confidence08Gives410Rules() throws IOException {
    Path out = dir.resolve("rules.csv");

    CliRunner.Result r = rules(groceries(), "0.001", "0.8", out);

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("\"rules\":410");
    assertThat(Files.readAllLines(out)).hasSize(411);
  }

  @Test
  void longLayoutGivesTheSameRulesAsTheBasketLayout() throws IOException {
    Path basket = write("b.csv", "a,b\na,b,c\n\"b\",c\na\n");
    Path longFile = write("l.csv", "order,product\n1,a\n1,b\n2,a\n2,b\n2,c\n3,b\n3,c\n4,a\n");
    Path out1 = dir.resolve("r1.csv");
    Path out2 = dir.resolve("r2.csv");

    CliRunner.Result r1 = rules(basket, "0.5", "0.6", out1);
    CliRunner.Result r2 =
        rules(
            longFile,
            "0.5",
            "0.6",
            out2,
            "--layout",
            "long",
            "--columns",
            "basket_id=order,item=product");

    assertThat(r1.exitCode()).as(r1.err()).isZero();
    assertThat(r2.exitCode()).as(r2.err()).isZero();
    assertThat(Files.readString(out2)).isEqualTo(Files.readString(out1));
    assertThat(Files.readAllLines(out1))
        .containsExactly(
            "antecedent,consequent,support,confidence,lift,count",
            ",a,0.75,0.75,1,3",
            ",b,0.75,0.75,1,3",
            "a,b,0.5,0.6666666666666666,0.8888888888888888,2",
            "b,a,0.5,0.6666666666666666,0.8888888888888888,2",
            "b,c,0.5,0.6666666666666666,1.3333333333333333,2",
            "c,b,0.5,1,1.3333333333333333,2");
    assertThat(r1.out().strip())
        .isEqualTo("{\"baskets\":4,\"items\":3,\"frequentItemsets\":5,\"rules\":6}");
  }

  @Test
  void allMeasuresAddsLeverageAndConvictionWithAnEmptyCellForInfinity() throws IOException {
    Path basket = write("b.csv", "a,b\na,b\nc\n");
    Path out = dir.resolve("r.csv");

    CliRunner.Result r = rules(basket, "0.5", "0.9", out, "--min-length", "2", "--all-measures");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(Files.readAllLines(out))
        .containsExactly(
            "antecedent,consequent,support,confidence,lift,count,leverage,conviction",
            "a,b,0.6666666666666666,1,1.5,2,0.2222222222222222,",
            "b,a,0.6666666666666666,1,1.5,2,0.2222222222222222,");
  }

  @Test
  void emptyLineIsAnEmptyBasketAndExits3NamingTheLine() throws IOException {
    Path basket = write("b.csv", "a,b\n\nc\n");
    Path out = dir.resolve("r.csv");

    CliRunner.Result r = rules(basket, "0.1", "0.5", out);

    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains(basket + ", line 2").contains("at least one item");
    assertThat(out).doesNotExist();
  }

  @Test
  void emptyItemExits3NamingLineAndColumn() throws IOException {
    Path basket = write("b.csv", "a,b\nc,,d\n");

    CliRunner.Result r = rules(basket, "0.1", "0.5", dir.resolve("r.csv"));

    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains("line 2, column '#2'").contains("non-empty item");
  }

  @Test
  void headerInABasketFileExits3() throws IOException {
    Path basket = write("b.csv", "basket_id,item\n1,bread\n1,butter\n2,bread\n");
    Path out = dir.resolve("r.csv");

    CliRunner.Result r = rules(basket, "0.1", "0.5", out);

    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err())
        .contains(basket + ", line 1")
        .contains("no header row")
        .contains("'basket_id,item'");
    assertThat(out).doesNotExist();
  }

  @Test
  void longLayoutWithoutTheRoleColumnsExits3() throws IOException {
    Path basket = write("b.csv", "a,b\nc,d\n");

    CliRunner.Result r = rules(basket, "0.1", "0.5", dir.resolve("r.csv"), "--layout", "long");

    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains("basket_id");
  }

  @Test
  void minimumSupportOutOfRangeIsAUsageError() throws IOException {
    Path basket = write("b.csv", "a,b\n");
    for (String bad : List.of("0", "1.5", "-0.1", "NaN")) {
      CliRunner.Result r = rules(basket, bad, "0.5", dir.resolve("r.csv"));

      assertThat(r.exitCode()).as(bad).isEqualTo(2);
      assertThat(r.err()).contains("--min-support must be in (0, 1], was");
    }
  }

  @Test
  void hierarchyMinesRulesBetweenCategories() throws IOException {
    Path basket = write("b.csv", "brie,baguette\ncamembert,baguette\nbrie,rye\ncola\n");
    Path levels =
        write("h.csv", "item,category\nbrie,cheese\ncamembert,cheese\nbaguette,bread\nrye,bread\n");
    Path out = dir.resolve("r.csv");

    CliRunner.Result r =
        rules(basket, "0.5", "0.9", out, "--hierarchy", levels.toString(), "--min-length", "2");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"items\":3");
    assertThat(Files.readAllLines(out))
        .containsExactly(
            "antecedent,consequent,support,confidence,lift,count",
            "bread,cheese,0.75,1,1.3333333333333333,3",
            "cheese,bread,0.75,1,1.3333333333333333,3");
  }

  @Test
  void missingInputExits3() {
    CliRunner.Result r = rules(dir.resolve("none.csv"), "0.1", "0.5", dir.resolve("r.csv"));

    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains("no such file");
  }
}
