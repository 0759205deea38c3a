package org.osicam.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every example runs, so the README and docs never rot. */
class ExamplesTest {

  static synchronized String run(Runnable main) {
    PrintStream old = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      main.run();
    } finally {
      System.setOut(old);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void knowledgeBaseExample() {
    String out = run(() -> KnowledgeBaseExample.main(new String[0]));
    // golden record + identity-map entry + transaction
    assertThat(out).contains("C1 bought 1 time(s)").contains("erased 3 records");
  }

  @Test
  void loopQuickStart() {
    String out = run(() -> LoopExample.main(new String[0]));
    assertThat(out).containsPattern("segments \\{(active|lapsed)=\\d+");
    assertThat(out).containsPattern("contacts [1-9]\\d*, control [1-9]\\d*");
  }

  @Test
  void everyExampleIsShortEnoughToCopy() throws IOException {
    Path dir = Path.of("src/main/java/org/osicam/examples");
    List<Path> sources;
    try (Stream<Path> files = Files.list(dir)) {
      sources = files.filter(f -> f.toString().endsWith("Example.java")).toList();
    }
    assertThat(sources).hasSizeGreaterThanOrEqualTo(7);
    for (Path source : sources) {
      assertThat(Files.readAllLines(source)).as(source.toString()).hasSizeLessThan(100);
    }
  }

  @Test
  void readmeQuickStartIsTheCodeOfLoopExample() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    int start = readme.indexOf("```java");
    assertThat(start).as("README has a java block").isNotNegative();
    String snippet = readme.substring(start + 7, readme.indexOf("```", start + 7));
    String example =
        code(Files.readString(Path.of("src/main/java/org/osicam/examples/LoopExample.java")));
    List<String> statements =
        Stream.of(code(snippet).split(";")).filter(st -> !st.isEmpty()).toList();
    assertThat(statements).hasSizeGreaterThanOrEqualTo(5);
    for (String statement : statements) {
      assertThat(example).as("README statement in LoopExample").contains(statement);
    }
  }

  /** Java text without line comments and whitespace, to compare code across formatting. */
  private static String code(String java) {
    return java.replaceAll("//[^\\n]*", "").replaceAll("\\s+", "");
  }
}
