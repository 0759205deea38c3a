package org.osicam.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.osicam.core.InvalidDataException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code osicam} command. Exit codes: 0 success, 1 anything else, 2 usage error, 3 bad input
 * data.
 *
 * <pre>{@code
 * java -jar osicam-cli/target/osicam.jar --help
 * }</pre>
 */
@Command(
    name = "osicam",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description =
        "OSICAM: customer knowledge from files (Organise, Segment, Interact, Collect, Feed, Measure).",
    subcommands = {
      InspectCommand.class,
      ConsolidateCommand.class,
      SummarizeCommand.class,
      FitCommand.class,
      ScoreCommand.class,
      RfmCommand.class,
      PlanCommand.class,
      NpsCommand.class,
      CesCommand.class,
      CsatCommand.class,
      UpliftCommand.class,
      RulesCommand.class,
      DemoCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  /** Exit code for success. */
  public static final int OK = 0;

  /** Exit code for an unexpected failure. */
  public static final int FAILURE = 1;

  /** Exit code for a usage error. */
  public static final int USAGE = 2;

  /** Exit code for bad input data. */
  public static final int BAD_INPUT = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  /**
   * Runs the command line and exits with its code.
   *
   * @param args arguments
   */
  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /**
   * Runs the command line in-process (for tests) and returns the exit code.
   *
   * @param args arguments
   * @return the exit code
   */
  public static int execute(String... args) {
    return commandLine().execute(args);
  }

  /** The configured picocli command line: error handling shared by every command. */
  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExitCodeExceptionMapper(Main::exitCode);
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          int code = exitCode(e);
          if (code == FAILURE && !(e instanceof Output.OutputException)) {
            err.println("osicam: error: " + e);
          } else {
            err.println("osicam: " + e.getMessage());
          }
          err.flush();
          return code;
        });
    return cl;
  }

  private static int exitCode(Throwable e) {
    if (e instanceof CommandLine.ParameterException || e instanceof UsageException) {
      return USAGE;
    }
    if (e instanceof BadInputException || e instanceof InvalidDataException) {
      return BAD_INPUT;
    }
    if (e instanceof UncheckedIOException && e.getCause() != null) {
      return FAILURE;
    }
    return FAILURE;
  }

  /** Reads the version stamped at build time. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"osicam " + version()};
    }
  }

  /** The project version, e.g. {@code 0.1.0-SNAPSHOT}. */
  public static String version() {
    Properties p = new Properties();
    try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("version", "unknown");
  }
}
