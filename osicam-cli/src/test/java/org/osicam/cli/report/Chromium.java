package org.osicam.cli.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs Debian's headless Chromium on a local file. When Chromium is missing the calling test is
 * skipped with a clear message, unless {@code OSICAM_REQUIRE_CHROMIUM=1} (set by {@code .ci/run},
 * which installs it), in which case it fails.
 */
final class Chromium {
  private Chromium() {}

  record Run(int exitCode, String stdout, String stderr) {}

  static Path executable() {
    for (String candidate :
        List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
      Path p = Path.of(candidate);
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    String message =
        "headless Chromium not found (install Debian's 'chromium' package; .ci/run does)";
    if ("1".equals(System.getenv("OSICAM_REQUIRE_CHROMIUM"))) {
      throw new AssertionError(message);
    }
    Assumptions.abort(message);
    throw new AssertionError("unreachable");
  }

  static Run run(Path workDir, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(executable().toString());
    cmd.addAll(
        List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--enable-logging=stderr",
            "--v=0",
            "--user-data-dir=" + Files.createTempDirectory(workDir, "chromium-profile")));
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile(workDir, "chromium", ".out");
    Path err = Files.createTempFile(workDir, "chromium", ".err");
    Process p =
        new ProcessBuilder(cmd)
            .directory(workDir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in 120 s");
    }
    return new Run(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /** Console messages at error level, and uncaught page errors, from Chromium's stderr log. */
  static List<String> consoleErrors(String stderr) {
    List<String> errors = new ArrayList<>();
    for (String line : stderr.split("\n")) {
      boolean console = line.contains(":CONSOLE(") || line.contains("CONSOLE:");
      if (console && (line.contains("ERROR") || line.contains("Uncaught"))) {
        errors.add(line);
      }
      if (line.contains("Failed to load resource") || line.contains("net::ERR_")) {
        errors.add(line);
      }
    }
    return errors;
  }

  static Optional<String> version() {
    try {
      Process p = new ProcessBuilder(executable().toString(), "--version").start();
      p.waitFor(30, TimeUnit.SECONDS);
      return Optional.of(
          new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
    } catch (IOException | InterruptedException e) {
      return Optional.empty();
    }
  }
}
