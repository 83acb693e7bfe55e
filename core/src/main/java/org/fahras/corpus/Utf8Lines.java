package org.fahras.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a UTF-8 text file (a TSV or CoNLL file of a few MB), each decoded on its own and
 * strictly, so that invalid UTF-8 is reported at its line; a {@code BufferedReader} decodes ahead in
 * blocks and fails before the lines before the bad byte are read. Lines end at {@code \n}, a
 * {@code \r} before it is dropped; a last line without {@code \n} counts, an empty tail does not.
 */
public final class Utf8Lines {
  private Utf8Lines() {}

  /**
   * @return the lines, without their line ends
   * @throws IOException if the file cannot be read (a folder: {@code F is a folder, not a file}), or
   *     {@link InvalidUtf8Exception} naming the file and 1-based line of the first invalid byte sequence
   */
  public static List<String> read(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new IOException(file + " is a folder, not a file");
    }
    return decode(Files.readAllBytes(file), file.toString());
  }

  /**
   * The lines of UTF-8 bytes, as {@link #read} splits and decodes them.
   *
   * @param source the file or resource name for the error message
   * @throws InvalidUtf8Exception naming the source and 1-based line of the first invalid byte sequence
   */
  public static List<String> decode(byte[] bytes, String source) throws InvalidUtf8Exception {
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i < bytes.length && bytes[i] != '\n') {
        continue;
      }
      if (i == bytes.length && start == i) {
        break;
      }
      int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
      try {
        lines.add(utf8.decode(ByteBuffer.wrap(bytes, start, end - start)).toString());
      } catch (CharacterCodingException e) {
        throw new InvalidUtf8Exception(source, lines.size() + 1, e);
      }
      start = i + 1;
    }
    return lines;
  }

  /** A line that is not valid UTF-8; its message is {@code file:line: invalid UTF-8}. */
  public static final class InvalidUtf8Exception extends IOException {
    private final int line;

    InvalidUtf8Exception(String source, int line, CharacterCodingException cause) {
      super(source + ":" + line + ": invalid UTF-8", cause);
      this.line = line;
    }

    /** The 1-based number of the line. */
    public int line() {
      return line;
    }
  }
}
