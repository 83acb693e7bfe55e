package org.fahras.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.fahras.corpus.Utf8Lines;

/**
 * A tab-separated UTF-8 file as the evaluation reads its data sets: an optional header line (a
 * leading byte order mark is dropped), then rows; blank lines are skipped, every row keeps its
 * 1-based line number for error messages.
 *
 * @param file the file read
 * @param header the first line when the file has a header, else null (also null for an empty file)
 * @param rows the non-blank lines after the header, in file order
 */
record TsvFile(Path file, String header, List<Row> rows) {

  /** One row: its 1-based line number in the file and its tab-separated columns. */
  record Row(int line, String[] columns) {}

  /**
   * Reads a whole file.
   *
   * @param hasHeader true if the first line is a header, not a row
   * @param minColumns the fewest columns a row must have
   * @throws IOException if the file cannot be read, or a row has fewer than {@code minColumns}
   *     columns (message: {@code file:line: expected at least N columns, got M})
   */
  static TsvFile read(Path file, boolean hasHeader, int minColumns) throws IOException {
    return read(file, hasHeader, minColumns, header -> true, "");
  }

  /**
   * Reads a whole file with a header, checking the header before any row.
   *
   * @param acceptsHeader whether the first line is a header this reader knows
   * @param expected what such a header looks like, for the error message
   * @throws IOException if the file cannot be read, its header is not accepted (message: {@code
   *     file:1: <expected>, found '<header, tabs as <TAB>>'}), or a row has fewer than {@code
   *     minColumns} columns
   */
  static TsvFile read(Path file, int minColumns, Predicate<String> acceptsHeader, String expected)
      throws IOException {
    return read(file, true, minColumns, acceptsHeader, expected);
  }

  private static TsvFile read(Path file, boolean hasHeader, int minColumns, Predicate<String> acceptsHeader,
      String expected) throws IOException {
    String header = null;
    List<Row> rows = new ArrayList<>();
    int number = 0;
    for (String line : Utf8Lines.read(file)) {
      number++;
      if (hasHeader && number == 1) {
        header = line.startsWith("\uFEFF") ? line.substring(1) : line;
        if (!acceptsHeader.test(header)) {
          throw new IOException(file + ":1: " + expected + ", found '" + shown(header) + "'");
        }
      } else if (!line.isBlank()) {
        rows.add(new Row(number, line.split("\t", -1)));
      }
    }
    return new TsvFile(file, header, rows).requireColumns(minColumns);
  }

  /**
   * @return this file
   * @throws IOException for the first row with fewer than {@code minColumns} columns (message:
   *     {@code file:line: expected at least N tab-separated columns, got M})
   */
  TsvFile requireColumns(int minColumns) throws IOException {
    for (Row row : rows) {
      if (row.columns().length < minColumns) {
        throw new IOException(file + ":" + row.line() + ": expected at least " + minColumns
            + " tab-separated columns, got " + row.columns().length);
      }
    }
    return this;
  }

  /** A header line as an error message shows it: its first 100 chars, tabs as {@code <TAB>}. */
  private static String shown(String header) {
    String text = header.length() <= 100 ? header : header.substring(0, 100) + "...";
    return text.replace("\t", "<TAB>");
  }
}
