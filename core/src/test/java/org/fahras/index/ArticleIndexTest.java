package org.fahras.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;
import org.fahras.Fahras;
import org.fahras.SharedData;
import org.fahras.entity.EntityFields;
import org.fahras.search.SearchHit;
import org.fahras.search.SearchResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleIndexTest {

  private static Article seedArticle() throws IOException {
    String text = Files.readString(SharedData.require("seed-article/article.txt"), StandardCharsets.UTF_8);
    return Article.of("seed", "بوتين في كوريا الشمالية", text);
  }

  private static List<String> ids(SearchResults results) {
    return results.hits().stream().map(SearchHit::id).toList();
  }

  private static Fahras withDistractors() throws IOException {
    Fahras fahras = Fahras.inMemory();
    fahras.add(Article.of("d1", "الاقتصاد", "ارتفعت أسعار النفط في الأسواق العالمية اليوم."));
    fahras.add(Article.of("d2", "رياضة", "فاز الفريق في المباراة النهائية على ملعب يانغ."));
    return fahras;
  }

  @Test
  void anArticleIsReadBackByIdWithEveryStoredField() throws IOException {
    try (Fahras fahras = Fahras.inMemory()) {
      Article a = new Article("a1", "خبر", "نص الخبر", java.time.LocalDateTime.of(2015, 7, 21, 1, 30), "okaz",
          "https://example.com/a1", "مراسل");
      fahras.add(a);
      assertEquals(java.util.Optional.of(a), fahras.get("a1"));
      assertEquals(java.util.Optional.empty(), fahras.get("a2"));
      fahras.delete("a1");
      assertEquals(java.util.Optional.empty(), fahras.get("a1"));
    }
  }

  @Test
  void eachWriteIsVisibleAsSoonAsItReturnsWhileOtherThreadsSearch() throws Exception {
    try (Fahras fahras = Fahras.inMemory(ArticleIndex.Options.withoutEntities())) {
      java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
      List<Thread> searchers = new ArrayList<>();
      for (int t = 0; t < 3; t++) { // searches that keep refreshing, so a non-waiting refresh would be skipped
        Thread thread = new Thread(() -> {
          try {
            while (!stop.get()) {
              fahras.search("نص", 10);
            }
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
        thread.start();
        searchers.add(thread);
      }
      int missed = 0;
      int deletedSeen = 0;
      try {
        for (int i = 0; i < 300; i++) {
          fahras.add(Article.of("x" + i, "", "نص رقم " + i));
          if (fahras.get("x" + i).isEmpty()) {
            missed++;
          }
          if (i % 10 == 0) {
            fahras.delete("x" + i);
            if (fahras.get("x" + i).isPresent()) {
              deletedSeen++;
            }
          }
        }
      } finally {
        stop.set(true);
        for (Thread thread : searchers) {
          thread.join();
        }
      }
      assertEquals(0, missed, "articles not found by get right after add");
      assertEquals(0, deletedSeen, "articles still found right after delete");
      assertEquals(270, fahras.size());
    }
  }

  @Test
  void aTatweelWrittenAsADashDoesNotBreakAPhrase() throws IOException {
    try (Fahras fahras = Fahras.inMemory(ArticleIndex.Options.withoutEntities())) {
      fahras.add(Article.of("tatweel", "", "قالت وزارة ـ الصحة اليوم"));
      fahras.add(Article.of("hyphen", "", "قالت وزارة - الصحة اليوم"));
      fahras.add(Article.of("apart", "", "قالت وزارة الداخلية إن الصحة جيدة"));
      assertEquals(List.of("hyphen", "tatweel"),
          fahras.search("\"وزارة الصحة\"", 10).hits().stream().map(SearchHit::id).sorted().toList());
    }
  }

  @Test
  void blankUrlAndAuthorAreReadBackAsNoneAsABlankSourceIs() throws IOException {
    try (Fahras fahras = Fahras.inMemory(ArticleIndex.Options.withoutEntities())) {
      fahras.add(new Article("x", "t", "b", null, "", " ", ""));
      Article back = fahras.get("x").orElseThrow();
      assertEquals(java.util.Arrays.asList(null, null, null), java.util.Arrays.asList(back.source(), back.url(), back.author()));
    }
  }

  @Test
  void hasEntityMentionsTellsAnIndexBuiltWithoutEntities() throws IOException {
    try (Fahras without = Fahras.inMemory(ArticleIndex.Options.withoutEntities());
        Fahras with = Fahras.inMemory()) {
      for (Fahras f : List.of(without, with)) {
        f.add(Article.of("a", "بوتين في موسكو", "وصل الرئيس الروسي فلاديمير بوتين إلى موسكو."));
      }
      assertFalse(without.index().hasEntityMentions());
      assertEquals(0, without.search("person:بوتين", 10).totalHits());
      assertTrue(with.index().hasEntityMentions());
      assertEquals(1, with.search("person:بوتين", 10).totalHits());
    }
  }

  @Test
  void theCommitRecordsWhetherEntitiesWereRecognized(@TempDir Path dir) throws IOException {
    Article noNames = Article.of("a", "", "الجو جميل اليوم");
    for (boolean withEntities : List.of(true, false)) {
      Path folder = dir.resolve(withEntities ? "on" : "off");
      ArticleIndex.Options options = withEntities
          ? ArticleIndex.Options.withoutEntities().withEntities(org.fahras.entity.EntityRecognizer.gazetteerOnly())
          : ArticleIndex.Options.withoutEntities();
      try (ArticleIndex index = ArticleIndex.open(folder, options)) {
        index.add(noNames);
      }
      try (ArticleIndex reader = ArticleIndex.openReadOnly(folder, ArticleIndex.Options.withoutEntities())) {
        assertFalse(reader.hasEntityMentions(), "no article names anyone");
        assertEquals(!withEntities, reader.indexedWithoutEntities(), folder.toString());
      }
    }
  }

  @Test
  void theCommitRecordsTheAnalysisTheArticlesWereWrittenWith(@TempDir Path dir) throws IOException {
    ArticleIndex.Options current = ArticleIndex.Options.withoutEntities();
    ArticleIndex.Options other = current.withAnalyzer(
        org.fahras.analysis.ArabicAnalyzer.builder().stemming(false).build());
    Path same = dir.resolve("same");
    try (ArticleIndex index = ArticleIndex.open(same, current)) {
      assertFalse(index.analysisChanged(), "nothing committed yet");
      index.add(Article.of("a", "", "والكتاب مفيد"));
    }
    try (ArticleIndex reader = ArticleIndex.openReadOnly(same, current)) {
      assertFalse(reader.analysisChanged());
    }
    Path changed = dir.resolve("changed");
    try (ArticleIndex index = ArticleIndex.open(changed, other)) {
      index.add(Article.of("a", "", "والكتاب مفيد"));
    }
    try (ArticleIndex reader = ArticleIndex.openReadOnly(changed, current)) {
      assertTrue(reader.analysisChanged(), "written without stemming, read with it");
    }
    try (ArticleIndex writer = ArticleIndex.open(changed, current)) {
      writer.add(Article.of("b", "", "كتاب جديد"));
    }
    try (ArticleIndex reader = ArticleIndex.openReadOnly(changed, current)) {
      assertTrue(reader.analysisChanged(), "one article added by this analysis leaves the others as they were");
    }
    Path empty = dir.resolve("empty");
    try (ArticleIndex index = ArticleIndex.open(empty, other)) {
      index.commit();
    }
    try (ArticleIndex writer = ArticleIndex.open(empty, current)) {
      writer.add(Article.of("a", "", "والكتاب مفيد"));
    }
    try (ArticleIndex reader = ArticleIndex.openReadOnly(empty, current)) {
      assertFalse(reader.analysisChanged(), "a folder without articles takes the writer's analysis");
    }
  }

  @Test
  void addAllOfNullSaysWhat() {
    try (Fahras fahras = Fahras.inMemory(ArticleIndex.Options.withoutEntities())) {
      NullPointerException e = assertThrows(NullPointerException.class, () -> fahras.addAll(null));
      assertEquals("articles", e.getMessage());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void anIndexUsedAfterCloseSaysSo() throws IOException {
    Fahras fahras = Fahras.inMemory();
    fahras.add(Article.of("a1", "خبر", "نص الخبر"));
    fahras.close();
    ArticleIndex index = fahras.index();
    for (org.junit.jupiter.api.function.Executable call : List.<org.junit.jupiter.api.function.Executable>of(
        () -> fahras.add(Article.of("a2", "خبر", "نص")), fahras::commit, () -> fahras.delete("a1"),
        () -> fahras.search("خبر", 10), index::size, index::refresh)) {
      IllegalStateException e = assertThrows(IllegalStateException.class, call);
      assertEquals("the index at (memory) is closed", e.getMessage());
    }
  }

  @Test
  void seedArticleIsFoundByAPhraseFromIt() throws IOException {
    try (Fahras fahras = withDistractors()) {
      fahras.add(seedArticle());
      fahras.commit();
      SearchResults results = fahras.search("\"معاهدة للشراكة الإستراتيجية الشاملة\"", 10);
      assertEquals(List.of("seed"), ids(results));
      assertTrue(results.hits().get(0).snippet().contains("<mark>"), results.hits().get(0).snippet());
    }
  }

  @Test
  void pyongyangPhraseMatchesOnlyTheArticleWithBothWordsTogether() throws IOException {
    try (Fahras fahras = withDistractors()) {
      fahras.add(seedArticle());
      fahras.commit();
      // d2 has يانغ alone: the phrase must not match it
      assertEquals(List.of("seed"), ids(fahras.search("\"بيونغ يانغ\"", 10)));
    }
  }

  @Test
  void queryWithAnotherAlefFormFindsTheText() throws IOException {
    try (Fahras fahras = withDistractors()) {
      fahras.add(seedArticle());
      fahras.commit();
      // the text writes أوكرانيا (alef with hamza above) and إعلان (alef with hamza below)
      assertEquals(List.of("seed"), ids(fahras.search("اوكرانيا", 10)));
      assertEquals(List.of("seed"), ids(fahras.search("اعلان", 10)));
      assertEquals(List.of("seed"), ids(fahras.search("آوكرانيا", 10)));
    }
  }

  @Test
  void updateByIdLeavesOneCopy() throws IOException {
    try (Fahras fahras = Fahras.inMemory()) {
      fahras.add(Article.of("a1", "قديم", "نص قديم عن القاهرة"));
      fahras.commit();
      fahras.update(Article.of("a1", "جديد", "نص جديد عن القاهرة"));
      fahras.add(Article.of("a1", "أحدث", "نص أحدث عن القاهرة"));
      fahras.commit();
      assertEquals(1, fahras.size());
      SearchResults results = fahras.search("القاهرة", 10);
      assertEquals(1, results.totalHits());
      assertEquals("أحدث", results.hits().get(0).title());
      assertEquals(0, fahras.search("قديم", 10).totalHits());
    }
  }

  @Test
  void flushNextBufferWritesTheBufferedArticlesOnce() throws IOException {
    try (ArticleIndex index = ArticleIndex.inMemory(ArticleIndex.Options.withoutEntities())) {
      index.add(Article.of("a1", "t", "الرياض عاصمة"));
      index.add(Article.of("a2", "t", "جدة مدينة"));
      assertTrue(index.flushNextBuffer(), "the buffer of two articles is written");
      assertFalse(index.flushNextBuffer(), "nothing is left to write");
      index.commit();
      assertEquals(2, index.size());
    }
  }

  @Test
  void deleteRemovesTheArticle() throws IOException {
    try (Fahras fahras = Fahras.inMemory()) {
      fahras.add(Article.of("a1", "t", "الرياض عاصمة"));
      fahras.add(Article.of("a2", "t", "الرياض مدينة"));
      fahras.commit();
      fahras.delete("a1");
      fahras.commit();
      assertEquals(List.of("a2"), ids(fahras.search("الرياض", 10)));
      NullPointerException e = assertThrows(NullPointerException.class, () -> fahras.delete(null));
      assertEquals("id", e.getMessage());
    }
  }

  @Test
  void reopenedIndexHasEveryCommittedArticle(@TempDir Path dir) throws IOException {
    try (Fahras fahras = Fahras.open(dir)) {
      for (int i = 0; i < 50; i++) {
        fahras.add(Article.of("a" + i, "عنوان " + i, "مقالة رقم " + i + " عن جدة"));
      }
      fahras.commit();
    }
    try (Fahras reopened = Fahras.open(dir)) {
      assertEquals(50, reopened.size());
      assertEquals(50, reopened.search("جدة", 100).totalHits());
    }
  }

  @Test
  void secondWriterOnTheSameFolderGetsAClearError(@TempDir Path dir) throws IOException {
    try (Fahras first = Fahras.open(dir)) {
      first.add(Article.of("a1", "t", "نص"));
      first.commit();
      IndexLockedException e = assertThrows(IndexLockedException.class, () -> Fahras.open(dir));
      assertTrue(e.getMessage().contains("already open for writing"), e.getMessage());
      // the first writer is unharmed
      first.add(Article.of("a2", "t", "نص"));
      first.commit();
      assertEquals(2, first.size());
    }
  }

  @Test
  void twoWritersAndOneSearcherLoseNothing() throws Exception {
    int perThread = 500;
    try (Fahras fahras = Fahras.inMemory()) {
      Thread[] writers = new Thread[2];
      Throwable[] failure = new Throwable[1];
      for (int t = 0; t < writers.length; t++) {
        int thread = t;
        writers[t] = new Thread(() -> {
          try {
            for (int i = 0; i < perThread; i++) {
              fahras.add(Article.of("t" + thread + "-" + i, "خبر", "خبر عاجل من مكة رقم " + i));
            }
          } catch (Throwable e) {
            failure[0] = e;
          }
        });
      }
      Thread searcher = new Thread(() -> {
        try {
          long last = 0;
          while (last < 2L * perThread) {
            long seen = fahras.search("مكة", 1).totalHits();
            if (seen < last) {
              throw new AssertionError("hits went down from " + last + " to " + seen);
            }
            last = Math.max(last, seen);
            fahras.index().refresh();
          }
        } catch (Throwable e) {
          failure[0] = e;
        }
      });
      for (Thread w : writers) {
        w.start();
      }
      searcher.start();
      for (Thread w : writers) {
        w.join();
      }
      fahras.commit();
      searcher.join(60_000);
      if (failure[0] != null) {
        throw new AssertionError(failure[0]);
      }
      assertEquals(2 * perThread, fahras.size());
      assertEquals(2 * perThread, fahras.search("+مكة", 1).totalHits());
    }
  }

  @Test
  void readOnlyIndexSearchesWhileAWriterHoldsTheFolder(@TempDir Path dir) throws IOException {
    try (ArticleIndex writer = ArticleIndex.open(dir)) {
      writer.add(Article.of("a1", "t", "الدمام مدينة"));
      writer.commit();
      try (ArticleIndex reader = ArticleIndex.openReadOnly(dir, ArticleIndex.Options.defaults())) {
        assertTrue(reader.isReadOnly());
        assertEquals(1, reader.size());
        writer.add(Article.of("a2", "t", "الدمام ميناء"));
        writer.commit();
        reader.refresh();
        assertEquals(2, reader.size());
        IllegalStateException e = assertThrows(IllegalStateException.class,
            () -> reader.add(Article.of("a3", "t", "x")));
        assertTrue(e.getMessage().contains("read-only"), e.getMessage());
      }
    }
  }

  @Test
  void readOnlyOpenOfAFolderWithoutAnIndexSaysSoAndCreatesNothing(@TempDir Path dir) throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    NoIndexException none = assertThrows(NoIndexException.class,
        () -> ArticleIndex.openReadOnly(empty, ArticleIndex.Options.defaults()));
    assertEquals("no Fahras index in " + empty, none.getMessage());
    assertEquals(empty, none.folder());
    try (var files = Files.list(empty)) {
      assertEquals(List.of(), files.toList(), "nothing written into the folder");
    }

    Path missing = dir.resolve("missing");
    NoIndexException notFound = assertThrows(NoIndexException.class,
        () -> ArticleIndex.openReadOnly(missing, ArticleIndex.Options.defaults()));
    assertEquals("index folder not found: " + missing, notFound.getMessage());
    assertFalse(Files.exists(missing), "the folder is not created");

    Path file = Files.writeString(dir.resolve("file.txt"), "x", StandardCharsets.UTF_8);
    NoIndexException notAFolder = assertThrows(NoIndexException.class,
        () -> ArticleIndex.openReadOnly(file, ArticleIndex.Options.defaults()));
    assertEquals("not a folder: " + file, notAFolder.getMessage());
  }

  /** Articles naming people and places, ids repeating every 400 so that later ones replace earlier ones. */
  private static List<Article> namedArticles(int n) {
    String[] bodies = {"التقى الرئيس فلاديمير بوتين في موسكو وفدا من كوريا الشمالية، وقال بوتين إن",
        "زار الأمير محمد بن سلمان الرياض ثم جدة", "أعلنت الأمم المتحدة من جنيف أن", "خبر بلا أسماء رقم"};
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(Article.of("a" + (i % 400), "خبر " + i, bodies[i % bodies.length] + " " + i));
    }
    return out;
  }

  /** Each live document's id, title and stored entity mentions, by id. */
  private static Map<String, String> storedById(ArticleIndex index) throws IOException {
    return index.withSearcher(s -> {
      Map<String, String> out = new TreeMap<>();
      StoredFields stored = s.storedFields();
      Bits live = MultiBits.getLiveDocs(s.getIndexReader()); // null: nothing deleted
      for (int d = 0; d < s.getIndexReader().maxDoc(); d++) {
        if (live == null || live.get(d)) {
          Document doc = stored.document(d);
          out.put(doc.get(ArticleFields.ID), doc.get(ArticleFields.TITLE) + "|" + doc.get(EntityFields.MENTIONS));
        }
      }
      return out;
    });
  }

  @Test
  void addAllWritesTheSameDocumentsAsAddOneByOne() throws IOException {
    List<Article> articles = namedArticles(ArticleIndex.ADD_ALL_GROUP + 100); // two groups, ids replaced
    try (ArticleIndex one = ArticleIndex.inMemory(); ArticleIndex all = ArticleIndex.inMemory()) {
      for (Article a : articles) {
        one.add(a);
      }
      all.addAll(articles);
      one.commit();
      all.commit();
      assertEquals(400, all.size());
      Map<String, String> expected = storedById(one);
      assertEquals(400, expected.size());
      assertTrue(expected.get("a0").contains("person:putin"), expected.get("a0"));
      assertEquals(expected, storedById(all));
      assertEquals("خبر " + (ArticleIndex.ADD_ALL_GROUP + 1), expected.get("a" + ((ArticleIndex.ADD_ALL_GROUP + 1) % 400))
          .split("\\|")[0], "the later article with an id replaced the earlier");
    }
  }

  @Test
  void addAllWithANullArticleAddsNothing() throws IOException {
    try (ArticleIndex index = ArticleIndex.inMemory()) {
      List<Article> articles = new ArrayList<>(namedArticles(3));
      articles.add(1, null);
      NullPointerException e = assertThrows(NullPointerException.class, () -> index.addAll(articles));
      assertEquals("articles[1] is null; nothing was added", e.getMessage());
      index.commit();
      assertEquals(0, index.size());
    }
  }

  @Test
  void fahrasAddAllMakesEveryArticleSearchableByTextAndEntity() throws IOException {
    try (Fahras fahras = Fahras.inMemory()) {
      fahras.add(Article.of("b1", "قديم", "نص قديم عن الاقتصاد"));
      fahras.addAll(List.of(
          Article.of("b1", "جديد", "وصل الرئيس فلاديمير بوتين إلى بيونغ يانغ أمس"),
          Article.of("b2", "رياضة", "فاز الفريق في المباراة النهائية")));
      fahras.commit();
      assertEquals(2, fahras.size());
      assertEquals(List.of("b1"), ids(fahras.search("person:بوتين", 10)));
      assertEquals(List.of("b2"), ids(fahras.search("المباراة", 10)));
      assertEquals(0, fahras.search("الاقتصاد", 10).totalHits(), "b1 was replaced by the list's article");
    }
  }
}
