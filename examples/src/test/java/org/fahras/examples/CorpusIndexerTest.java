package org.fahras.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.fahras.corpus.CorpusException;
import org.fahras.corpus.JsonlArticleReader;
import org.fahras.index.ArticleIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusIndexerTest {

  private static Path corpus(Path dir, int articles, int badEvery) throws Exception {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= articles; i++) {
      if (badEvery > 0 && i % badEvery == 0) {
        text.append("{broken\n");
      } else {
        text.append("{\"id\":\"a").append(i).append("\",\"title\":\"خبر\",\"body\":\"خبر من الطائف رقم ")
            .append(i).append("\"}\n");
      }
    }
    Path file = dir.resolve("c.jsonl");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void threeThreadsIndexEveryValidLineAndReportTheBadOnes(@TempDir Path dir) throws Exception {
    Path file = corpus(dir, 1000, 100);
    try (ArticleIndex index = ArticleIndex.inMemory(); JsonlArticleReader reader = JsonlArticleReader.open(file)) {
      CorpusIndexer.Summary summary = new CorpusIndexer(false, 3).index(reader, index, (r, n) -> {});
      index.commit();
      assertEquals(990, summary.indexed());
      assertEquals(10, summary.skipped());
      assertEquals(List.of(100L, 200L, 300L, 400L, 500L),
          summary.firstErrors().stream().map(e -> e.line()).toList());
      assertEquals(990, index.size());
    }
  }

  @Test
  void anOverLongSourceOrIdIsABadLineAndTheOtherArticlesAreIndexed(@TempDir Path dir) throws Exception {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 2000; i++) {
      text.append("{\"id\":\"a").append(i).append("\",\"body\":\"خبر رقم ").append(i).append("\"}\n");
      if (i == 700) {
        text.append("{\"id\":\"long-source\",\"body\":\"نص\",\"source\":\"")
            .append("مصدر ".repeat(2000)).append("\"}\n");
      }
      if (i == 1500) {
        text.append("{\"id\":\"").append("x".repeat(40_000)).append("\",\"body\":\"نص\"}\n");
      }
    }
    Path file = dir.resolve("long.jsonl");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    try (ArticleIndex index = ArticleIndex.inMemory(); JsonlArticleReader reader = JsonlArticleReader.open(file)) {
      CorpusIndexer.Summary summary = new CorpusIndexer(false, 2).index(reader, index, (r, n) -> {});
      index.commit();
      assertEquals(2000, summary.indexed());
      assertEquals(2, summary.skipped());
      assertEquals(List.of(701L, 1502L), summary.firstErrors().stream().map(e -> e.line()).toList());
      assertEquals("article 'long-source': \"source\" has 10,000 chars; at most 1,000",
          summary.firstErrors().get(0).message());
      assertTrue(summary.firstErrors().get(1).message().endsWith("has 40,000 chars; at most 10,000"),
          summary.firstErrors().get(1).message());
      assertEquals(2000, index.size());
    }
  }

  @Test
  void strictModeKeepsTheArticlesBeforeTheBadLine(@TempDir Path dir) throws Exception {
    Path file = corpus(dir, 300, 250);
    try (ArticleIndex index = ArticleIndex.inMemory(); JsonlArticleReader reader = JsonlArticleReader.open(file)) {
      CorpusException e = assertThrows(CorpusException.class,
          () -> new CorpusIndexer(true, 2).index(reader, index, (r, n) -> {}));
      assertEquals(250, e.error().line());
      index.commit();
      assertEquals(249, index.size());
    }
  }

  @Test
  void aTruncatedGzipCorpusKeepsTheArticlesBeforeTheCutAndSaysWhere(@TempDir Path dir) throws Exception {
    Path plain = corpus(dir, 4000, 0);
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(gz)) {
      out.write(Files.readAllBytes(plain));
    }
    Path file = dir.resolve("cut.jsonl.gz");
    Files.write(file, Arrays.copyOf(gz.toByteArray(), gz.size() * 3 / 4));
    try (ArticleIndex index = ArticleIndex.inMemory(); JsonlArticleReader reader = JsonlArticleReader.open(file)) {
      IOException e = assertThrows(IOException.class,
          () -> new CorpusIndexer(false, 2).index(reader, index, (r, n) -> {}));
      index.commit();
      int kept = index.size();
      assertTrue(kept > 1000 && kept < 4000, "articles kept: " + kept);
      assertTrue(e.getMessage().startsWith(file + ":" + (kept + 1)
          + ": the gzip data breaks off here"), e.getMessage());
      assertTrue(e.getMessage().endsWith("; the " + kept + " articles before it are indexed"),
          e.getMessage());
    }
  }
}
