package org.fahras.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.fahras.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlArticleReaderTest {

  private static List<CorpusLine> readAll(Path file) throws IOException {
    List<CorpusLine> lines = new ArrayList<>();
    try (JsonlArticleReader reader = JsonlArticleReader.open(file)) {
      reader.forEachRemaining(lines::add);
    }
    return lines;
  }

  private static CorpusError errorAt(List<CorpusLine> lines, long line) {
    return lines.stream().filter(l -> l.line() == line)
        .map(l -> ((CorpusLine.Invalid) l).error()).findFirst().orElseThrow();
  }

  @Test
  void badLinesAreReportedWithTheirNumberAndNeighboursAreKept(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("c.jsonl");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("""
        {"id": "a1", "title": "الأول", "body": "نص أول", "date": "2015-07-21 02:51:32", "source": "spa"}
        {"id": "a2", "title": "مكسور", "body": "نص
        {"title": "بلا معرف", "body": "نص"}

        {"id": "a4", "title": "بلا نص"}
        """.getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
    bytes.writeBytes("{\"id\": \"a7\", \"body\": \"نص أخير\", \"url\": \"http://x\"}".getBytes(StandardCharsets.UTF_8));
    Files.write(file, bytes.toByteArray());

    List<CorpusLine> lines = readAll(file);
    List<String> valid = lines.stream().filter(l -> l instanceof CorpusLine.Valid)
        .map(l -> ((CorpusLine.Valid) l).article().id()).toList();
    assertEquals(List.of("a1", "a7"), valid);
    assertEquals(6, lines.size(), "the blank line 4 is skipped, not an error");
    assertTrue(errorAt(lines, 2).message().startsWith("malformed JSON"), errorAt(lines, 2).message());
    assertTrue(errorAt(lines, 3).message().contains("\"id\""));
    assertTrue(errorAt(lines, 5).message().contains("no \"body\""));
    assertEquals("invalid UTF-8 at byte offset 7 of the line (1 byte that starts no UTF-8 character)",
        errorAt(lines, 6).message());
    assertTrue(errorAt(lines, 6).toString().startsWith(file + ":6: "), errorAt(lines, 6).toString());

    CorpusLine.Valid first = (CorpusLine.Valid) lines.get(0);
    assertEquals(LocalDateTime.of(2015, 7, 21, 2, 51, 32), first.article().published());
    assertEquals("spa", first.article().source());
    assertEquals(7, lines.get(lines.size() - 1).line());
  }

  @Test
  void malformedJsonIsJacksonsReasonAndColumnWithoutItsLocationDump(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("c.jsonl");
    Files.writeString(file, "{\"id\":\"a1\",\"body\":\"x\"\n{\"id\":\"a2\",\"body\":\"x\" \"y\"}\n",
        StandardCharsets.UTF_8);
    List<CorpusLine> lines = readAll(file);
    assertEquals(file + ":1: malformed JSON: Unexpected end-of-input: expected close marker for Object"
        + " (start marker at column 1) at column 22", errorAt(lines, 1).toString());
    assertEquals(file + ":2: malformed JSON: Unexpected character ('\"' (code 34)): was expecting comma to"
        + " separate Object entries at column 23", errorAt(lines, 2).toString());
  }

  @Test
  void textAfterTheJsonObjectIsAnErrorAndTheLinesAroundItStay(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("c.jsonl");
    Files.writeString(file, "{\"id\":\"a1\",\"body\":\"x\"}\n{\"id\":\"a2\",\"body\":\"x\"}}\n"
        + "{\"id\":\"a3\",\"body\":\"x\"} {\"id\":\"a4\",\"body\":\"y\"}\n{\"id\":\"a5\",\"body\":\"x\"}  \n",
        StandardCharsets.UTF_8);
    List<CorpusLine> lines = readAll(file);
    assertEquals(file + ":2: malformed JSON: Unexpected close marker '}': no open Object to close at column 23",
        errorAt(lines, 2).toString());
    assertEquals(file + ":3: malformed JSON: text after the JSON value at column 24", errorAt(lines, 3).toString());
    assertEquals(List.of("a1", "a5"), lines.stream().filter(l -> l instanceof CorpusLine.Valid)
        .map(l -> ((CorpusLine.Valid) l).article().id()).toList(), "trailing spaces are no error");
  }

  @Test
  void readsGzip(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("c.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write("{\"id\":\"g1\",\"title\":\"t\",\"body\":\"نص\"}\n{\"id\":\"g2\",\"body\":\"\"}\n"
          .getBytes(StandardCharsets.UTF_8));
    }
    List<CorpusLine> lines = readAll(file);
    assertEquals(2, lines.size());
    assertTrue(lines.stream().allMatch(l -> l instanceof CorpusLine.Valid));
  }

  @Test
  void aTruncatedGzipFileGivesEveryCompleteLineThenAnErrorAtTheLineItBreaksOff(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(gz)) {
      for (int i = 1; i <= 3000; i++) {
        out.write(("{\"id\":\"a" + i + "\",\"body\":\"خبر رقم " + Integer.toHexString(i * 7919) + " من "
            + Long.toString(i * 2654435761L, 36) + "\"}\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    Path file = dir.resolve("cut.jsonl.gz");
    byte[] whole = gz.toByteArray();
    Files.write(file, Arrays.copyOf(whole, whole.length / 2));

    List<String> ids = new ArrayList<>();
    UncheckedIOException e;
    try (JsonlArticleReader reader = JsonlArticleReader.open(file)) {
      e = assertThrows(UncheckedIOException.class,
          () -> reader.forEachRemaining(l -> ids.add(((CorpusLine.Valid) l).article().id())));
      assertFalse(reader.hasNext(), "nothing follows the error");
    }
    assertTrue(ids.size() > 1000 && ids.size() < 3000, "lines read before the cut: " + ids.size());
    assertEquals("a" + ids.size(), ids.get(ids.size() - 1), "every line before the cut, in order");
    assertTrue(e.getMessage().startsWith(file + ":" + (ids.size() + 1) + ": the gzip data breaks off here"),
        e.getMessage());
  }

  @Test
  void aGzNameOnOtherDataOrAFolderIsRefusedAtOpenSayingWhy(@TempDir Path dir) throws IOException {
    Path plain = Files.writeString(dir.resolve("c.jsonl.gz"), "{\"id\":\"a1\",\"body\":\"نص\"}\n",
        StandardCharsets.UTF_8);
    IOException notGzip = assertThrows(IOException.class,
        () -> JsonlArticleReader.open(plain));
    assertTrue(notGzip.getMessage().startsWith(plain + ": not gzip data, though the name ends in .gz"),
        notGzip.getMessage());
    IOException folder = assertThrows(IOException.class,
        () -> JsonlArticleReader.open(dir));
    assertEquals(dir + " is a folder, not a file: give one .jsonl or .jsonl.gz corpus file", folder.getMessage());
  }

  @Test
  void badDateIsAnErrorNamingTheValue(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("c.jsonl");
    Files.writeString(file, "{\"id\":\"d1\",\"body\":\"x\",\"date\":\"yesterday\"}\n", StandardCharsets.UTF_8);
    CorpusError error = errorAt(readAll(file), 1);
    assertTrue(error.message().contains("'yesterday'"), error.message());
  }

  @Test
  void aDateWithAnOffsetKeepsTheLocalTimeItWasPublishedAt() {
    assertEquals(java.time.LocalDateTime.of(2015, 7, 21, 1, 30), ArticleDates.parse("2015-07-21T01:30:00+03:00"));
    assertEquals(java.time.LocalDateTime.of(2015, 7, 21, 2, 51, 32), ArticleDates.parse("2015-07-21T02:51:32Z"));
    assertEquals(java.time.LocalDateTime.of(2015, 7, 20, 23, 0), ArticleDates.parse("2015-07-20T23:00:00-05:00"));
    assertEquals(java.time.LocalDateTime.of(2015, 7, 21, 1, 30), ArticleDates.parse("2015-07-21 01:30:00+03:00"));
    assertEquals(java.time.LocalDateTime.of(2015, 7, 21, 1, 30), ArticleDates.parse("2015-07-21T01:30:00+0300"));
    assertEquals(java.time.LocalDateTime.of(2015, 7, 21, 0, 0), ArticleDates.parse("٢٠١٥-٠٧-٢١"));
  }

  @Test
  void aByteOrderMarkAtTheStartOfTheFileIsSkipped(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("c.jsonl");
    Files.writeString(file, "\uFEFF{\"id\":\"b1\",\"body\":\"نص\"}\n\uFEFF{\"id\":\"b2\",\"body\":\"x\"}\n",
        StandardCharsets.UTF_8);
    List<CorpusLine> lines = readAll(file);
    assertEquals("b1", ((CorpusLine.Valid) lines.get(0)).article().id());
    assertTrue(errorAt(lines, 2).message().startsWith("malformed JSON"), "only the file's first char is a mark");
  }

  @Test
  void aFieldHoldingAnArrayOrObjectIsAnError(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("c.jsonl");
    Files.writeString(file, "{\"id\":\"a1\",\"body\":[\"a\",\"b\"]}\n{\"id\":{\"x\":1},\"body\":\"b\"}\n"
        + "{\"id\":\"a3\",\"body\":\"b\",\"title\":{}}\n{\"id\":7,\"body\":\"b\"}\n", StandardCharsets.UTF_8);
    List<CorpusLine> lines = readAll(file);
    assertEquals("article 'a1': \"body\" must be a string, not an array", errorAt(lines, 1).message());
    assertEquals("\"id\" must be a string, not an object", errorAt(lines, 2).message());
    assertEquals("article 'a3': \"title\" must be a string, not an object", errorAt(lines, 3).message());
    assertEquals("7", ((CorpusLine.Valid) lines.get(3)).article().id(), "a number is its text");
  }

  @Test
  void readsTheWholeSaudiNewsNetCorpus() throws IOException {
    Path file = SharedData.require("saudinewsnet/saudinewsnet.jsonl.gz");
    long valid = 0;
    long invalid = 0;
    try (JsonlArticleReader reader = JsonlArticleReader.open(file)) {
      while (reader.hasNext()) {
        if (reader.next() instanceof CorpusLine.Valid) {
          valid++;
        } else {
          invalid++;
        }
      }
      assertEquals(Files.size(file), reader.bytesRead());
    }
    assertEquals(31_030, valid);
    assertEquals(0, invalid);
  }

  @Test
  void aLineLongerThanTheReadBufferIsReadWhole(@TempDir Path dir) throws IOException {
    String body = "كلمة ".repeat(40_000); // 400 KB of UTF-8, several read buffers
    Path file = dir.resolve("long.jsonl");
    Files.writeString(file, "{\"id\":\"l1\",\"body\":\"" + body + "\"}\n{\"id\":\"l2\",\"body\":\"x\"}\n",
        StandardCharsets.UTF_8);
    List<CorpusLine> lines = readAll(file);
    assertEquals(2, lines.size());
    assertEquals(body, ((CorpusLine.Valid) lines.get(0)).article().body());
    assertEquals(2, lines.get(1).line());
  }
}
