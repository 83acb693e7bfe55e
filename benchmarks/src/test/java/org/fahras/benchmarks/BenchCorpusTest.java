package org.fahras.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCorpusTest {

  @TempDir
  Path folder;

  @Test
  void anExplicitCorpusMustExist() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BenchCorpus.resolve(folder.resolve("missing.jsonl").toString()));
    assertTrue(e.getMessage().contains("missing.jsonl"), e.getMessage());
  }

  @Test
  void theDefaultIsSaudiNewsNetUnderTheSharedDataFolder() throws Exception {
    Path snn = folder.resolve(BenchCorpus.SAUDI_NEWS_NET);
    Files.createDirectories(snn.getParent());
    Files.copy(TinyCorpus.write(folder), snn);
    assertEquals(snn.toAbsolutePath().normalize(), withSharedData(folder, () -> BenchCorpus.resolve(BenchCorpus.DEFAULT)));
  }

  @Test
  void withoutAnyCorpusTheErrorListsThePlacesTried() throws Exception {
    // the examples' bundled ARCD file is not on this module's test class path
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> withSharedData(folder, () -> BenchCorpus.resolve(BenchCorpus.DEFAULT)));
    assertTrue(e.getMessage().startsWith("no corpus found: tried " + folder.resolve(BenchCorpus.SAUDI_NEWS_NET)), e.getMessage());
    assertTrue(e.getMessage().contains(BenchCorpus.ARCD_RESOURCE), e.getMessage());
    assertTrue(e.getMessage().contains("-p corpus=PATH"), e.getMessage());
  }

  private static <T> T withSharedData(Path dir, Supplier<T> body) {
    String before = System.getProperty(BenchCorpus.SHARED_DATA_PROPERTY);
    System.setProperty(BenchCorpus.SHARED_DATA_PROPERTY, dir.toString());
    try {
      return body.get();
    } finally {
      if (before == null) {
        System.clearProperty(BenchCorpus.SHARED_DATA_PROPERTY);
      } else {
        System.setProperty(BenchCorpus.SHARED_DATA_PROPERTY, before);
      }
    }
  }

  @Test
  void loadStopsAtTheBatchSize() throws Exception {
    ArticleBatch batch = BenchCorpus.load(TinyCorpus.write(folder), 2);
    assertEquals(2, batch.size());
    assertEquals("t2", batch.articles().get(1).id());
  }

  @Test
  void theBatchSizeCountsUtf8BytesOfEveryTextField() throws Exception {
    ArticleBatch batch = BenchCorpus.load(TinyCorpus.write(folder), 1);
    var a = batch.articles().get(0);
    long expected = 0;
    for (String s : new String[] {a.id(), a.title(), a.body(), a.source(), a.url(), a.author()}) {
      expected += s.getBytes(StandardCharsets.UTF_8).length;
    }
    assertEquals(expected, batch.utf8Bytes());
    // Arabic letters take 2 bytes in UTF-8: more bytes than chars
    assertTrue(batch.utf8Bytes() > a.body().length() + a.title().length());
  }
}
