package org.osicam.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir Path dir;

  @Test
  void versionPrintsTheProjectVersion() {
    CliRunner.Result r = CliRunner.run("--version");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("osicam ").doesNotContain("unknown");
  }

  @Test
  void everyCommandsHelpRendersWithoutWarnings() {
    for (String command : Main.commandLine().getSubcommands().keySet()) {
      CliRunner.Result r = CliRunner.run(command, "--help");
      assertThat(r.exitCode()).as(command).isZero();
      assertThat(r.err()).as(command).isEmpty();
      assertThat(r.out()).as(command).contains("Usage: osicam");
    }
    assertThat(CliRunner.run("uplift", "--help").out()).contains("95 % interval");
  }

  @Test
  void unknownOptionIsAUsageErrorWithExitCode2() {
    CliRunner.Result r = CliRunner.run("--no-such-option");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option").contains("Usage:");
  }

  @Test
  void noCommandIsAUsageError() {
    assertThat(CliRunner.run().exitCode()).isEqualTo(2);
  }

  @Test
  void rowWithTooManyFieldsExits3NamingLineAndColumn() throws IOException {
    Path csv = write("a,b\n1,2\n\n3,4,5\n");
    CliRunner.Result r = CliRunner.run("inspect", "--input", csv.toString());
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains("line 4").contains("column '#3'").contains("'5'");
  }

  @Test
  void rowWithTooFewFieldsNamesTheMissingColumn() throws IOException {
    Path csv = write("a,b,c\n1,2,3\n4,5\n");
    CliRunner.Result r = CliRunner.run("inspect", "--input", csv.toString());
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains("line 3").contains("column 'c'");
  }

  @Test
  void brokenQuotingExits3() throws IOException {
    Path csv = write("a,b\n1,2\n\"3,4\n");
    CliRunner.Result r = CliRunner.run("inspect", "--input", csv.toString());
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains("line 3");
  }

  @Test
  void inspectReportsShapeAsJson() throws IOException {
    Path csv = write("id , name\n1, \"x, y\"\n2,\n");
    CliRunner.Result r = CliRunner.run("inspect", "--input", csv.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out().strip())
        .isEqualTo(
            "{\"rows\":2,\"columns\":[\"id\",\"name\"],\"emptyCells\":{\"id\":0,\"name\":1}}");
  }

  @Test
  void missingFileExits3() {
    CliRunner.Result r = CliRunner.run("inspect", "--input", dir.resolve("nope.csv").toString());
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains("no such file");
  }

  @Test
  void atomicWriteLeavesNothingWhenTheBodyFails() throws IOException {
    Path target = dir.resolve("out.csv");
    try {
      Output.atomically(
          target,
          w -> {
            w.write("partial");
            throw new IOException("boom");
          });
    } catch (IOException expected) {
      assertThat(expected).hasMessage("boom");
    }
    assertThat(target).doesNotExist();
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void atomicWriteGivesTheFileThePermissionsOfAPlainWrite() throws IOException {
    Path plain = Files.createFile(dir.resolve("plain.txt")); // mode 0666 minus the umask
    Path target = dir.resolve("report.html");
    Output.atomically(target, w -> w.write("<html></html>"));
    assertThat(Files.getPosixFilePermissions(target))
        .isEqualTo(Files.getPosixFilePermissions(plain))
        .contains(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
  }

  @Test
  void atomicWriteKeepsThePermissionsOfTheFileItReplaces() throws IOException {
    Path target = dir.resolve("out.csv");
    Files.writeString(target, "old");
    Set<PosixFilePermission> ownerAndGroupRead = PosixFilePermissions.fromString("rw-r-----");
    Files.setPosixFilePermissions(target, ownerAndGroupRead);
    Output.atomically(target, w -> w.write("new"));
    assertThat(target).hasContent("new");
    assertThat(Files.getPosixFilePermissions(target)).isEqualTo(ownerAndGroupRead);
  }

  private Path write(String content) throws IOException {
    Path p = dir.resolve("in.csv");
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }
}
