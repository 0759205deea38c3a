package org.osicam.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Output conventions: one JSON object on stdout (camelCase, plain decimals, no NaN), and files
 * written atomically (a temporary file in the target directory, moved over the target only when
 * complete, so a failed command leaves no partial output).
 */
public final class Output {
  private Output() {}

  /** The JSON mapper of the CLI: plain decimals, insertion-ordered fields. */
  public static final ObjectMapper JSON =
      JsonMapper.builder()
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();

  /**
   * Prints one JSON object on the given stream, followed by a newline.
   *
   * @param out stdout of the command
   * @param value a map, record or JSON node; non-finite doubles must already be replaced by null
   */
  public static void json(PrintStream out, Object value) {
    try {
      out.println(JSON.writeValueAsString(value));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the body of an output file. */
  @FunctionalInterface
  public interface Body {
    /**
     * @param writer the buffered UTF-8 writer of the temporary file
     * @throws IOException if writing fails
     */
    void write(Writer writer) throws IOException;
  }

  /**
   * Writes a file atomically: nothing appears at {@code target} unless {@code body} completes.
   *
   * @param target the output path
   * @param body writes the content
   * @throws IOException if writing or moving fails (the temporary file is removed)
   */
  public static void atomically(Path target, Body body) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    Path tmp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
    try {
      try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        body.write(w);
      }
      try {
        Files.move(
            tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Formats a double for CSV: shortest round-trip decimal, no exponent for common magnitudes.
   *
   * @param value a finite value (NaN and infinities are written as an empty cell)
   * @return the text
   */
  public static String number(double value) {
    if (!Double.isFinite(value)) {
      return "";
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    String s = Double.toString(value);
    if (s.contains("E")) {
      s = new java.math.BigDecimal(s).toPlainString();
    }
    return s;
  }

  /**
   * Quotes a CSV cell when needed (RFC 4180).
   *
   * @param cell the raw text
   * @return the cell as written
   */
  public static String csv(String cell) {
    if (cell.indexOf(',') < 0
        && cell.indexOf('"') < 0
        && cell.indexOf('\n') < 0
        && cell.indexOf('\r') < 0) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }
}
