package org.osicam.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Set;

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
          .addModule(plainNumbers())
          .build();

  /**
   * Doubles as plain decimals ({@code 0.0000134}, not {@code 1.34E-5}), the shortest text that
   * reads back to the same double; NaN and infinities as {@code null} (callers put a reason field
   * beside them; this is the last line of defence against invalid JSON).
   */
  private static SimpleModule plainNumbers() {
    JsonSerializer<Double> one =
        new StdSerializer<>(Double.class) {
          private static final long serialVersionUID = 1L;

          @Override
          public void serialize(Double value, JsonGenerator gen, SerializerProvider provider)
              throws IOException {
            writePlain(value, gen);
          }
        };
    JsonSerializer<double[]> array =
        new StdSerializer<>(double[].class) {
          private static final long serialVersionUID = 1L;

          @Override
          public void serialize(double[] value, JsonGenerator gen, SerializerProvider provider)
              throws IOException {
            gen.writeStartArray(value, value.length);
            for (double v : value) {
              writePlain(v, gen);
            }
            gen.writeEndArray();
          }
        };
    JsonSerializer<Float> single =
        new StdSerializer<>(Float.class) {
          private static final long serialVersionUID = 1L;

          @Override
          public void serialize(Float value, JsonGenerator gen, SerializerProvider provider)
              throws IOException {
            writePlain(Double.parseDouble(value.toString()), gen);
          }
        };
    SimpleModule m = new SimpleModule("osicam-plain-numbers");
    m.addSerializer(Double.class, one);
    m.addSerializer(double.class, one);
    m.addSerializer(double[].class, array);
    m.addSerializer(Float.class, single);
    m.addSerializer(float.class, single);
    return m;
  }

  private static void writePlain(double v, JsonGenerator gen) throws IOException {
    if (!Double.isFinite(v)) {
      gen.writeNull();
      return;
    }
    String s = Double.toString(v);
    if (s.indexOf('E') >= 0) {
      s = new BigDecimal(s).stripTrailingZeros().toPlainString();
    }
    gen.writeNumber(s);
  }

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
   * @throws OutputException if the target is a directory or its directory does not exist
   */
  public static void atomically(Path target, Body body) throws IOException {
    checkWritable(target, "output");
    Path absolute = target.toAbsolutePath();
    Path dir = Objects.requireNonNull(absolute.getParent(), "checked by checkWritable");
    Path tmp = createTemporary(dir, absolute);
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

  private static final Set<PosixFilePermission> READ_WRITE_FOR_ALL =
      PosixFilePermissions.fromString("rw-rw-rw-");

  /**
   * Creates the temporary file next to {@code target} with the permissions a plain write would
   * give: those of the file it replaces, or else read-write for everyone minus the process umask (a
   * temporary file alone would be owner-only, a surprise for a report meant to be shared).
   */
  private static Path createTemporary(Path dir, Path target) throws IOException {
    String prefix = "." + target.getFileName() + ".";
    if (!dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return Files.createTempFile(dir, prefix, ".tmp");
    }
    Path tmp =
        Files.createTempFile(
            dir, prefix, ".tmp", PosixFilePermissions.asFileAttribute(READ_WRITE_FOR_ALL));
    if (Files.exists(target)) {
      Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
    }
    return tmp;
  }

  /**
   * Checks, before any work is done, that an output file can be created: its directory exists (it
   * is not created: a mistyped path should fail, not scatter directories) and the path is not a
   * directory.
   *
   * @param target the output path
   * @param option the option that named it, for the message (e.g. {@code --output})
   * @throws OutputException if the file cannot be created there (exit code 1)
   */
  public static void checkWritable(Path target, String option) {
    Path absolute = target.toAbsolutePath().normalize();
    if (Files.isDirectory(absolute)) {
      throw new OutputException(
          option + " " + target + ": is a directory; expected the path of a file to write");
    }
    Path dir = absolute.getParent();
    if (dir == null) {
      throw new OutputException(option + " " + target + ": expected the path of a file to write");
    }
    if (!Files.exists(dir)) {
      throw new OutputException(
          option + " " + target + ": directory " + dir + " does not exist (create it first)");
    }
    if (!Files.isDirectory(dir)) {
      throw new OutputException(option + " " + target + ": " + dir + " is not a directory");
    }
    if (!Files.isWritable(dir) || (Files.exists(absolute) && !Files.isWritable(absolute))) {
      throw new OutputException(option + " " + target + ": permission denied");
    }
  }

  /** An output file cannot be written (exit code 1; nothing is written). */
  public static final class OutputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what cannot be written and why
     */
    public OutputException(String message) {
      super(message);
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
