package org.osicam.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Opens a text input file ({@code -} for stdin) as UTF-8: a byte order mark at the start is
 * skipped, and a byte sequence that is not UTF-8 is reported as bad input (exit code 3) naming the
 * file and the line, instead of an unexplained decoding failure.
 */
final class TextInput {
  private TextInput() {}

  /**
   * @param file a path, or {@code -} for stdin
   * @return the decoded text
   * @throws BadInputException if the file does not exist or cannot be read
   */
  static Reader open(String file) {
    if ("-".equals(file)) {
      return new Utf8Reader(file, System.in);
    }
    Path path = Path.of(file);
    if (Files.isDirectory(path)) {
      throw new BadInputException(file + ": expected a file, found a directory");
    }
    try {
      return new Utf8Reader(file, Files.newInputStream(path));
    } catch (NoSuchFileException e) {
      throw new BadInputException(file + ": no such file");
    } catch (AccessDeniedException e) {
      throw new BadInputException(file + ": cannot read (permission denied)");
    } catch (IOException e) {
      throw new BadInputException(file + ": cannot read (" + e.getMessage() + ")");
    }
  }

  /** Decodes line by line so that an invalid byte is reported with its line number. */
  static final class Utf8Reader extends Reader {
    private final String name;
    private final InputStream in;
    private final CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int limit;
    private byte[] bytes = new byte[256];
    private CharBuffer pending = CharBuffer.allocate(0);
    private long line;
    private boolean eof;

    Utf8Reader(String name, InputStream in) {
      this.name = name;
      this.in = in;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      while (!pending.hasRemaining()) {
        if (eof || !nextLine()) {
          eof = true;
          return -1;
        }
      }
      int n = Math.min(len, pending.remaining());
      pending.get(cbuf, off, n);
      return n;
    }

    /** Decodes the next physical line (with its line end) into {@code pending}. */
    private boolean nextLine() throws IOException {
      int n = 0;
      while (true) {
        if (pos == limit) {
          limit = in.read(buffer);
          pos = 0;
          if (limit <= 0) {
            limit = 0;
            break;
          }
        }
        int end = pos;
        while (end < limit && buffer[end] != '\n') {
          end++;
        }
        boolean found = end < limit;
        if (found) {
          end++;
        }
        int count = end - pos;
        if (n + count > bytes.length) {
          bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, n + count));
        }
        System.arraycopy(buffer, pos, bytes, n, count);
        n += count;
        pos = end;
        if (found) {
          break;
        }
      }
      if (n == 0) {
        return false;
      }
      line++;
      int start = 0;
      if (line == 1
          && n >= 3
          && bytes[0] == (byte) 0xEF
          && bytes[1] == (byte) 0xBB
          && bytes[2] == (byte) 0xBF) {
        start = 3;
      }
      try {
        decoder.reset();
        pending = decoder.decode(ByteBuffer.wrap(bytes, start, n - start));
      } catch (CharacterCodingException e) {
        throw new BadInputException(
            name,
            line,
            null,
            null,
            "UTF-8 text (this line has a byte sequence that is not UTF-8; convert the file,"
                + " e.g. iconv -f latin1 -t utf-8)");
      }
      return true;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
