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

  /**
   * Lays the page out in Chromium and lists every pair of texts inside one chart whose boxes
   * overlap by more than a few pixels: unreadable labels. The check runs in a copy of the page with
   * one inline script added; the page itself stays script-free.
   */
  static List<String> overlappingLabels(Path workDir, String html)
      throws IOException, InterruptedException {
    String probe =
        """
        <script>
        (function () {
          var out = [];
          document.querySelectorAll('svg').forEach(function (svg) {
            var boxes = Array.from(svg.querySelectorAll('text')).map(function (t) {
              return [t.textContent, t.getBoundingClientRect()];
            });
            for (var i = 0; i < boxes.length; i++) {
              for (var j = i + 1; j < boxes.length; j++) {
                var a = boxes[i][1], b = boxes[j][1];
                var w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
                var h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
                if (w > 2 && h > 3) {
                  out.push(svg.id + ': [' + boxes[i][0] + '] overlaps [' + boxes[j][0] + ']');
                }
              }
            }
          });
          var pre = document.createElement('pre');
          pre.id = 'overlaps';
          var mark = 'OVERLAPS';
          pre.textContent = mark + '-BEGIN\\n' + out.join('\\n') + '\\n' + mark + '-END';
          document.body.appendChild(pre);
        })();
        </script>
        """;
    Path page = Files.createTempFile(workDir, "layout", ".html");
    Files.writeString(page, html.replace("</body>", probe + "</body>"), StandardCharsets.UTF_8);
    Run dom = run(workDir, "--dump-dom", "--window-size=1600,2000", page.toUri().toString());
    if (dom.exitCode() != 0) {
      throw new AssertionError("chromium failed: " + dom.stderr());
    }
    int from = dom.stdout().indexOf("OVERLAPS-BEGIN");
    int to = dom.stdout().indexOf("OVERLAPS-END");
    if (from < 0 || to < from) {
      throw new AssertionError("the layout probe did not run");
    }
    return dom.stdout()
        .substring(from + "OVERLAPS-BEGIN".length(), to)
        .lines()
        .filter(l -> !l.isBlank())
        .toList();
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
