package org.fahras.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TsvFileTest {

  @TempDir Path dir;

  private Path write(String text) throws IOException {
    return Files.writeString(dir.resolve("rows.tsv"), text, StandardCharsets.UTF_8);
  }

  @Test
  void headerRowsAndLineNumbersBlankLinesSkipped() throws IOException {
    TsvFile tsv = TsvFile.read(write("id\ttext\nq1\tما هو\n\nq2\t\n"), true, 2);
    assertEquals("id\ttext", tsv.header());
    assertEquals(2, tsv.rows().size());
    assertEquals(2, tsv.rows().get(0).line());
    assertArrayEquals(new String[] {"q1", "ما هو"}, tsv.rows().get(0).columns());
    assertEquals(4, tsv.rows().get(1).line());
    assertArrayEquals(new String[] {"q2", ""}, tsv.rows().get(1).columns());
  }

  @Test
  void withoutHeaderTheFirstLineIsARow() throws IOException {
    TsvFile tsv = TsvFile.read(write("q1\td1\n"), false, 2);
    assertNull(tsv.header());
    assertEquals(1, tsv.rows().get(0).line());
  }

  @Test
  void aShortRowNamesFileAndLine() throws IOException {
    Path file = write("a\tb\tc\na\tb\n");
    IOException e = assertThrows(IOException.class, () -> TsvFile.read(file, false, 3));
    assertEquals(file + ":2: expected at least 3 tab-separated columns, got 2", e.getMessage());
  }

  @Test
  void invalidUtf8NamesFileAndLine() throws IOException {
    Path file = dir.resolve("bad.tsv");
    byte[] good = "id\ttext\nq1\tما\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = {'q', '2', '\t', (byte) 0xFF, '\n'};
    Files.write(file, java.nio.ByteBuffer.allocate(good.length + bad.length).put(good).put(bad).array());
    IOException e = assertThrows(IOException.class, () -> TsvFile.read(file, true, 2));
    assertEquals(file + ":3: invalid UTF-8", e.getMessage());
  }
}
