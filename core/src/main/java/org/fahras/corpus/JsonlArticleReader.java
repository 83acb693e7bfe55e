package org.fahras.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.fahras.index.Article;

/**
 * Streams articles from a JSON Lines file, plain or gzip ({@code .gz}), one JSON object a line:
 * {@code id}, {@code title}, {@code body} (required: id and body), optional {@code date} (see
 * {@link ArticleDates}), {@code source}, {@code url}, {@code author}; other fields are ignored.
 *
 * <p>Memory is constant in the file size: one line is held at a time. Each line is decoded as
 * strict UTF-8 on its own, so a line with invalid bytes, malformed JSON, a missing id or body, or a
 * field holding an array or object instead of text yields a {@link CorpusLine.Invalid} naming the
 * file and line, and the lines around it are read as usual. Blank lines are skipped, and so is a
 * byte-order mark (U+FEFF) at the start of the file.
 */
public final class JsonlArticleReader implements Iterator<CorpusLine>, Closeable {

  private static final ObjectMapper JSON = MalformedJson.lineMapper();

  private final Path file;
  private final CountingInputStream counted;
  private final InputStream in;
  private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final byte[] buffer = new byte[1 << 16];
  private int bufferPos;
  private int bufferEnd;
  private byte[] line = new byte[1 << 13];
  private int lineLength;
  private long lineNumber;
  private long textBytes;
  private CorpusLine next;
  private boolean eof;

  private JsonlArticleReader(Path file, InputStream source) throws IOException {
    this.file = file;
    this.counted = new CountingInputStream(source);
    InputStream raw = new BufferedInputStream(counted, 1 << 16);
    // gzip is read without a buffer of its own on top: a buffer's read would drop the lines it had
    // inflated when a truncated file then fails, and readNext reads in large blocks anyway
    this.in = isGzip(file) ? gzip(file, raw) : raw;
  }

  private static InputStream gzip(Path file, InputStream raw) throws IOException {
    try {
      return new GZIPInputStream(raw, 1 << 16);
    } catch (ZipException | EOFException e) {
      raw.close();
      throw new IOException(file + ": not gzip data, though the name ends in .gz (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Opens a corpus file; a name ending in {@code .gz} is read as gzip.
   *
   * @throws IOException if the file cannot be opened ({@code F is a folder, not a file} for a folder), or
   *     its name ends in .gz but it is not gzip ({@code F: not gzip data, though the name ends in .gz})
   */
  public static JsonlArticleReader open(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new IOException(file + " is a folder, not a file: give one .jsonl or .jsonl.gz corpus file");
    }
    return new JsonlArticleReader(file, Files.newInputStream(file));
  }

  /**
   * Reads a corpus from a stream (a classpath resource, say); {@code name} is used in error
   * messages and, when it ends in {@code .gz}, makes the stream be read as gzip. The reader closes
   * the stream.
   */
  public static JsonlArticleReader open(InputStream stream, String name) throws IOException {
    return new JsonlArticleReader(Path.of(name), stream);
  }

  private static boolean isGzip(Path file) {
    return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz");
  }

  /** The file being read. */
  public Path file() {
    return file;
  }

  /** Bytes of the file (compressed, for gzip) consumed so far: for progress against the file size. */
  public long bytesRead() {
    return counted.count;
  }

  /** Uncompressed bytes of the lines read so far (newlines included): the corpus's own size. */
  public long textBytesRead() {
    return textBytes;
  }

  @Override
  public boolean hasNext() {
    if (next == null && !eof) {
      try {
        next = readNext();
      } catch (IOException e) {
        eof = true;
        String reason = isGzip(file) && (e instanceof EOFException || e instanceof ZipException)
            ? "the gzip data breaks off here (a truncated or damaged file; every complete line before"
                + " this one was read): " + e.getMessage()
            : e.getMessage();
        throw new java.io.UncheckedIOException(file + ":" + (lineNumber + 1) + ": " + reason, e);
      }
    }
    return next != null;
  }

  /**
   * @throws java.io.UncheckedIOException if the file itself cannot be read (not for a bad line), with
   *     the file and the 1-based line being read in its message ({@code F:26: the gzip data breaks
   *     off here ...} for a truncated gzip file: the lines before it were all returned); no line
   *     follows it
   */
  @Override
  public CorpusLine next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more lines in " + file);
    }
    CorpusLine result = next;
    next = null;
    return result;
  }

  private CorpusLine readNext() throws IOException {
    while (true) {
      lineLength = 0;
      boolean newline = false;
      while (!newline) {
        if (bufferPos == bufferEnd) {
          bufferEnd = in.read(buffer, 0, buffer.length);
          bufferPos = 0;
          if (bufferEnd <= 0) {
            bufferEnd = 0;
            break;
          }
        }
        int start = bufferPos;
        while (bufferPos < bufferEnd && buffer[bufferPos] != '\n') {
          bufferPos++;
        }
        append(start, bufferPos - start);
        if (bufferPos < bufferEnd) {
          newline = true;
          bufferPos++; // past the '\n'
        }
      }
      if (!newline && lineLength == 0) {
        eof = true;
        return null;
      }
      lineNumber++;
      textBytes += lineLength + (newline ? 1 : 0);
      CorpusLine parsed = parseLine(line, lineLength);
      if (parsed != null) {
        return parsed;
      }
    }
  }

  private void append(int from, int length) {
    if (lineLength + length > line.length) {
      line = java.util.Arrays.copyOf(line, Math.max(line.length * 2, lineLength + length));
    }
    System.arraycopy(buffer, from, line, lineLength, length);
    lineLength += length;
  }

  /** Returns the line's result, or null for a blank line (which is skipped, not an error). */
  private CorpusLine parseLine(byte[] bytes, int length) {
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
    CharBuffer out = CharBuffer.allocate(length);
    utf8.reset();
    CoderResult result = utf8.decode(in, out, true);
    if (!result.isError()) {
      result = utf8.flush(out);
    }
    if (result.isError()) { // the decoder stops at the first bad sequence: in.position() is its start
      int bad = result.length();
      return invalid("invalid UTF-8 at byte offset " + in.position() + " of the line (" + bad
          + (bad == 1 ? " byte that starts" : " bytes that start") + " no UTF-8 character)");
    }
    String text = out.flip().toString();
    if (lineNumber == 1 && text.startsWith("\uFEFF")) {
      text = text.substring(1); // a byte-order mark some editors write at the start of a UTF-8 file
    }
    if (text.isBlank()) {
      return null;
    }
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      return invalid(MalformedJson.describe(e));
    }
    if (node == null || !node.isObject()) {
      return invalid("expected a JSON object, found " + (node == null ? "nothing" : node.getNodeType()));
    }
    String id;
    String body;
    try {
      id = text(node, "id");
      if (id == null || id.isBlank()) {
        return invalid("missing or blank \"id\"");
      }
      body = text(node, "body");
    } catch (IllegalArgumentException e) {
      return invalid(e.getMessage());
    }
    if (body == null) {
      return invalid("article '" + id + "' has no \"body\"");
    }
    try {
      Article article = new Article(id, text(node, "title"), body,
          ArticleDates.parse(text(node, "date")), text(node, "source"), text(node, "url"),
          text(node, "author"));
      return new CorpusLine.Valid(lineNumber, article);
    } catch (IllegalArgumentException e) {
      return invalid(e.getMessage());
    }
  }

  private CorpusLine invalid(String message) {
    return new CorpusLine.Invalid(lineNumber, new CorpusError(file, lineNumber, message));
  }

  /**
   * @return the field's text (a number or boolean as written), or null when absent or null
   * @throws IllegalArgumentException if the value is an array or object, which no field holds
   */
  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isValueNode()) {
      String id = node.get("id") != null && node.get("id").isValueNode() ? node.get("id").asText() : null;
      throw new IllegalArgumentException((id == null || field.equals("id") ? "" : "article '" + id + "': ")
          + "\"" + field + "\" must be a string, not " + (value.isArray() ? "an array" : "an object"));
    }
    return value.asText();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private static final class CountingInputStream extends java.io.FilterInputStream {
    private long count;

    CountingInputStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b != -1) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
      int n = super.read(buffer, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
