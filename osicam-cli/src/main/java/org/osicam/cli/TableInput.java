package org.osicam.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Opens a table for the customer-base commands: a CSV file, or a whitespace-separated text table
 * with a header row (such as the CDNOW event log), detected from the header line (no comma, two or
 * more fields separated by spaces or tabs). Whitespace tables are converted line by line, so line
 * numbers in error messages stay those of the file.
 */
final class TableInput {
  private TableInput() {}

  private static final Pattern SPACES = Pattern.compile("[ \\t]+");

  static CsvInput open(
      String file,
      Map<String, String> mapping,
      Collection<String> required,
      Collection<String> optional) {
    return open(file, mapping, Map.of(), required, optional);
  }

  /**
   * Opens a table, adding to the mapping the alias columns found in its header (see {@link
   * #withAliases}); works the same on stdin as on a file.
   */
  static CsvInput open(
      String file,
      Map<String, String> mapping,
      Map<String, List<String>> aliases,
      Collection<String> required,
      Collection<String> optional) {
    BufferedReader reader = new BufferedReader(TextInput.open(file), 1 << 16);
    String header;
    try {
      reader.mark(1 << 16);
      header = reader.readLine();
      reader.reset();
    } catch (IOException e) {
      throw new BadInputException(file + ": cannot read (" + e.getMessage() + ")");
    }
    Map<String, String> roles = header == null ? mapping : withAliases(header, mapping, aliases);
    if (header != null && isWhitespaceTable(header)) {
      return CsvInput.open(file, new WhitespaceReader(reader), roles, required, optional);
    }
    return CsvInput.open(file, reader, roles, required, optional);
  }

  /**
   * Adds to the mapping, for each role without a column of its own name (and not mapped by the
   * user), the first alias column the header has, e.g. {@code weight=weights} or {@code
   * frequency=x}.
   */
  static Map<String, String> withAliases(
      String line, Map<String, String> mapping, Map<String, List<String>> aliases) {
    String h = line.strip();
    List<String> columns = new ArrayList<>();
    for (String c : (isWhitespaceTable(h) ? SPACES.split(h) : h.split(","))) {
      columns.add(c.strip().replace("\"", "").toLowerCase(Locale.ROOT));
    }
    Map<String, String> out = new LinkedHashMap<>(mapping);
    for (Map.Entry<String, List<String>> e : aliases.entrySet()) {
      String role = e.getKey();
      if (out.containsKey(role) || columns.contains(role.toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (String alias : e.getValue()) {
        if (columns.contains(alias.toLowerCase(Locale.ROOT)) && !out.containsValue(alias)) {
          out.put(role, alias);
          break;
        }
      }
    }
    return out;
  }

  static boolean isWhitespaceTable(String header) {
    String h = header.strip();
    return !h.isEmpty() && h.indexOf(',') < 0 && SPACES.split(h).length >= 2;
  }

  /** Converts whitespace-separated lines to CSV lines. */
  private static final class WhitespaceReader extends Reader {
    private final BufferedReader in;
    private Reader current = new StringReader("");

    WhitespaceReader(BufferedReader in) {
      this.in = in;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      while (true) {
        int n = current.read(buf, off, len);
        if (n > 0) {
          return n;
        }
        String line = in.readLine();
        if (line == null) {
          return -1;
        }
        String stripped = line.strip();
        StringBuilder sb = new StringBuilder(stripped.length() + 1);
        if (!stripped.isEmpty()) {
          String[] fields = SPACES.split(stripped);
          for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
              sb.append(',');
            }
            sb.append(Output.csv(fields[i]));
          }
        }
        sb.append('\n');
        current = new StringReader(sb.toString());
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
