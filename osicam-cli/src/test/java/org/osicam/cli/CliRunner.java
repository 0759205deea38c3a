package org.osicam.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command in-process and captures its exit code, stdout and stderr. */
final class CliRunner {
  private CliRunner() {}

  record Result(int exitCode, String out, String err) {}

  /** Runs with {@code stdin} as standard input (for {@code --input -}). */
  static synchronized Result runWithStdin(byte[] stdin, String... args) {
    java.io.InputStream oldIn = System.in;
    System.setIn(new java.io.ByteArrayInputStream(stdin));
    try {
      return run(args);
    } finally {
      System.setIn(oldIn);
    }
  }

  static synchronized Result run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      System.setOut(o);
      System.setErr(e);
      var cl = Main.commandLine();
      cl.setOut(new java.io.PrintWriter(o, true));
      cl.setErr(new java.io.PrintWriter(e, true));
      int code = cl.execute(args);
      return new Result(
          code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }
}
