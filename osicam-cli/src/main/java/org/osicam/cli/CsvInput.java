package org.osicam.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads a CSV file with a header row (RFC 4180, UTF-8, comma, fields trimmed) and maps the
 * command's roles to the file's columns ({@code --columns role=column,...}; by default a role is
 * read from the column of the same name).
 *
 * <pre>{@code
 * try (CsvInput in = CsvInput.open("tx.csv", columns, List.of("customer_id", "date"), List.of("amount"))) {
 *   in.forEach(row -> use(row.text("customer_id"), row.date("date", ISO)));
 * }
 * }</pre>
 */
public final class CsvInput implements AutoCloseable {
  private final String name;
  private final CSVParser parser;
  private final List<String> header;
  private final Map<String, Integer> roleIndex = new LinkedHashMap<>();
  private final Map<String, String> roleColumn = new HashMap<>();

  private CsvInput(
      String name,
      Reader reader,
      Map<String, String> mapping,
      Collection<String> required,
      Collection<String> optional,
      String mappingOption)
      throws IOException {
    this.name = name;
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setTrim(true)
            .setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(true)
            .setAllowMissingColumnNames(true)
            .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_EMPTY)
            .get();
    try {
      this.parser = CSVParser.builder().setReader(reader).setFormat(format).get();
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new BadInputException(
          name, 1, null, null, "a valid header row (" + e.getMessage() + ")");
    }
    this.header = List.copyOf(parser.getHeaderNames());
    if (header.isEmpty()) {
      throw new BadInputException(name, 1, null, null, "a header row naming the columns");
    }
    for (String role : mapping.keySet()) {
      if (!required.contains(role) && !optional.contains(role)) {
        throw new UsageException(
            mappingOption
                + ": unknown role '"
                + role
                + "'; roles of this command: "
                + String.join(", ", concat(required, optional)));
      }
    }
    for (String role : concat(required, optional)) {
      String column = mapping.getOrDefault(role, role);
      int index = indexOf(column);
      if (index < 0 && required.contains(role)) {
        throw new BadInputException(
            name,
            1,
            column,
            null,
            "a column '"
                + column
                + "' for role '"
                + role
                + "' (header has: "
                + String.join(", ", header)
                + "; map it with "
                + mappingOption
                + " "
                + role
                + "=<column>)");
      }
      if (index >= 0) {
        roleIndex.put(role, index);
        roleColumn.put(role, column);
      }
    }
  }

  private int indexOf(String column) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).equals(column)) {
        return i;
      }
    }
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).equalsIgnoreCase(column)) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> concat(Collection<String> a, Collection<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /**
   * Opens a file ({@code -} for stdin).
   *
   * @param file path or {@code -}
   * @param mapping role to column, from {@code --columns}
   * @param required roles that must have a column
   * @param optional roles read when present
   * @return the open input
   * @throws BadInputException if the file is missing or a required column is absent
   */
  public static CsvInput open(
      String file,
      Map<String, String> mapping,
      Collection<String> required,
      Collection<String> optional) {
    return open(file, TextInput.open(file), mapping, required, optional);
  }

  /**
   * Opens a file ({@code -} for stdin) whose mapping comes from another option than {@code
   * --columns} (a command reading several files, such as plan, has one mapping option per file).
   *
   * @param file path or {@code -}
   * @param mapping role to column
   * @param mappingOption the option that gave the mapping, named in error messages
   * @param required roles that must have a column
   * @param optional roles read when present
   * @return the open input
   * @throws BadInputException if the file is missing or a required column is absent
   */
  public static CsvInput open(
      String file,
      Map<String, String> mapping,
      String mappingOption,
      Collection<String> required,
      Collection<String> optional) {
    try {
      return new CsvInput(file, TextInput.open(file), mapping, required, optional, mappingOption);
    } catch (IOException e) {
      throw new BadInputException(file + ": cannot read (" + e.getMessage() + ")");
    }
  }

  /**
   * Opens an already open reader (for inputs that are converted on the fly, such as
   * whitespace-separated tables).
   *
   * @param name the name used in error messages
   * @param reader the CSV text
   * @param mapping role to column, from {@code --columns}
   * @param required roles that must have a column
   * @param optional roles read when present
   * @return the open input
   * @throws BadInputException if a required column is absent
   */
  public static CsvInput open(
      String name,
      Reader reader,
      Map<String, String> mapping,
      Collection<String> required,
      Collection<String> optional) {
    try {
      return new CsvInput(name, reader, mapping, required, optional, "--columns");
    } catch (IOException e) {
      throw new BadInputException(name + ": cannot read (" + e.getMessage() + ")");
    }
  }

  /**
   * Parses {@code --columns role=column[,role=column...]}.
   *
   * @param spec the option value, or {@code null}
   * @return the mapping
   * @throws UsageException if a part is not {@code role=column}
   */
  public static Map<String, String> parseMapping(@Nullable String spec) {
    Map<String, String> m = new LinkedHashMap<>();
    if (spec == null || spec.isBlank()) {
      return m;
    }
    for (String part : spec.split(",")) {
      int eq = part.indexOf('=');
      if (eq <= 0 || eq == part.length() - 1) {
        throw new UsageException("--columns: expected role=column, was '" + part.strip() + "'");
      }
      m.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
    }
    return m;
  }

  /** The file name as given. */
  public String name() {
    return name;
  }

  /** The header of the file. */
  public List<String> header() {
    return header;
  }

  /**
   * @param role a role
   * @return whether the file has a column for it
   */
  public boolean has(String role) {
    return roleIndex.containsKey(role);
  }

  /**
   * Visits every data row in order.
   *
   * @param action receives each row
   * @throws BadInputException on a malformed row (wrong field count, broken quoting)
   */
  public void forEach(Consumer<Row> action) {
    Iterator<CSVRecord> it = parser.iterator();
    while (true) {
      CSVRecord record;
      try {
        if (!it.hasNext()) {
          break;
        }
        record = it.next();
      } catch (UncheckedIOException | IllegalStateException e) {
        throw new BadInputException(
            name,
            parser.getCurrentLineNumber(),
            null,
            null,
            "well-formed CSV (" + rootMessage(e) + ")");
      }
      long line = parser.getCurrentLineNumber();
      if (record.size() > header.size()) {
        throw new BadInputException(
            name,
            line,
            "#" + (header.size() + 1),
            record.get(header.size()),
            header.size() + " fields as in the header, found " + record.size());
      }
      if (record.size() < header.size()) {
        throw new BadInputException(
            name,
            line,
            header.get(record.size()),
            null,
            header.size() + " fields as in the header, found " + record.size());
      }
      action.accept(new Row(record, line));
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return String.valueOf(t.getMessage());
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One data row, read through roles. */
  public final class Row {
    private final CSVRecord record;
    private final long line;

    private Row(CSVRecord record, long line) {
      this.record = record;
      this.line = line;
    }

    /** The 1-based line number in the file. */
    public long line() {
      return line;
    }

    /**
     * A cell by column name (for commands that pass extra columns through).
     *
     * @param column column name as in the header
     * @return the trimmed value, empty when blank
     */
    public Optional<String> column(String column) {
      int i = indexOf(column);
      if (i < 0) {
        return Optional.empty();
      }
      String v = record.get(i);
      return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    /**
     * @param role a role
     * @return the trimmed value, empty when the role has no column or the cell is blank
     */
    public Optional<String> optional(String role) {
      Integer i = roleIndex.get(role);
      if (i == null) {
        return Optional.empty();
      }
      String v = record.get(i);
      return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    /**
     * @param role a required role
     * @return the non-empty value
     * @throws BadInputException if the cell is empty
     */
    public String text(String role) {
      return optional(role).orElseThrow(() -> error(role, "", "a non-empty value"));
    }

    /**
     * @param role a role holding a number
     * @return the number
     * @throws BadInputException if the cell is empty or not a finite number
     */
    public double number(String role) {
      String v = text(role);
      try {
        double d = Double.parseDouble(v);
        if (Double.isFinite(d)) {
          return d;
        }
      } catch (NumberFormatException e) {
        // fall through
      }
      throw error(role, v, "a finite number");
    }

    /**
     * @param role a role holding a date
     * @param format the date format
     * @return the date
     * @throws BadInputException if the cell is empty or not a date in that format
     */
    public LocalDate date(String role, DateTimeFormatter format) {
      String v = text(role);
      try {
        return LocalDate.parse(v, format);
      } catch (DateTimeParseException e) {
        throw error(role, v, "a date like " + LocalDate.of(1997, 1, 31).format(format));
      }
    }

    /**
     * An error about this row's cell.
     *
     * @param role the role of the cell
     * @param value the offending value
     * @param expected what was expected
     * @return the exception to throw
     */
    public BadInputException error(String role, String value, String expected) {
      String column = roleColumn.getOrDefault(role, role);
      return new BadInputException(name, line, column, value, expected);
    }
  }
}
