package org.fahras.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.fahras.analysis.ArabicAnalyzer;
import org.fahras.search.ArticleSearcher;
import org.fahras.search.SearchHit;
import org.fahras.search.SearchOptions;
import org.fahras.search.SearchResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HitSummaryTest {
  private static final Article FULL = new Article("spa-1", "وزير الصحة يزور مستشفى الملك فهد", "نص الخبر.",
      LocalDateTime.of(2015, 7, 28, 9, 41, 7), "spa", "https://example.org/1", "واس");
  private static final Article BARE = Article.of("بلا-تاريخ", "", "نص بلا عنوان ولا مصدر.");

  @Test
  void aSummaryReadsBackAsItWasWritten() {
    HitSummary full = HitSummary.of(FULL);
    assertEquals(new HitSummary("spa-1", FULL.title(), FULL.published(), "spa"), full);
    assertEquals(full, HitSummary.decode(full.toBytesRef()));
    HitSummary bare = HitSummary.of(BARE);
    assertEquals(new HitSummary("بلا-تاريخ", "", null, null), HitSummary.decode(bare.toBytesRef()));
  }

  @Test
  void aBlankSourceIsNoSourceAsInTheStoredFields() {
    assertEquals(null, HitSummary.of(FULL.withSource("  ")).source());
  }

  @Test
  void truncatedOrOverlongBytesAreRefusedWithTheirLength() {
    BytesRef bytes = HitSummary.of(FULL).toBytesRef();
    IllegalArgumentException cut = assertThrows(IllegalArgumentException.class,
        () -> HitSummary.decode(new BytesRef(bytes.bytes, 0, bytes.length - 3)));
    assertTrue(cut.getMessage().startsWith("malformed hit summary of " + (bytes.length - 3) + " bytes"),
        cut.getMessage());
    byte[] longer = Arrays.copyOf(bytes.bytes, bytes.length + 2);
    IllegalArgumentException extra = assertThrows(IllegalArgumentException.class,
        () -> HitSummary.decode(new BytesRef(longer)));
    assertEquals("malformed hit summary: 2 bytes after its last field", extra.getMessage());
  }

  @Test
  void summariesComeBackInTheOrderOfTheDocIdsAskedFor() throws IOException {
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
        w.addDocument(ArticleFields.facetsConfig().build(ArticleFields.toDocument(FULL)));
        w.addDocument(ArticleFields.facetsConfig().build(ArticleFields.toDocument(BARE)));
      }
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        HitSummary[] read = HitSummaries.read(r, new int[] {1, 0, 1});
        assertArrayEquals(new HitSummary[] {HitSummary.of(BARE), HitSummary.of(FULL), HitSummary.of(BARE)}, read);
      }
    }
  }

  /** A document written before the doc value existed: an index of an earlier Fahras version. */
  private static Document withoutSummary(Article a) {
    Document d = ArticleFields.toDocument(a);
    d.removeFields(ArticleFields.HIT);
    return d;
  }

  @Test
  void articlesIndexedBeforeTheDocValueAreReadFromTheStoredFields() throws IOException {
    Article old = new Article("old", "أمطار غزيرة على الرياض", "هطلت أمطار غزيرة.", LocalDateTime.of(2015, 1, 2, 3, 4),
        "sabq", null, null);
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
        w.addDocument(ArticleFields.facetsConfig().build(withoutSummary(old)));
        w.commit();
        w.addDocument(ArticleFields.facetsConfig().build(ArticleFields.toDocument(FULL)));
        w.commit();
      }
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        assertEquals(2, r.leaves().size(), "one segment without the field, one with it");
        assertArrayEquals(new HitSummary[] {HitSummary.of(FULL), HitSummary.of(old)},
            HitSummaries.read(r, new int[] {1, 0}));
      }
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
        w.forceMerge(1);
      }
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        assertEquals(1, r.leaves().size(), "merged: the field is there, but not for the old document");
        // the merge may reorder the two documents
        assertEquals(Set.of(HitSummary.of(old), HitSummary.of(FULL)), Set.of(HitSummaries.read(r, new int[] {0, 1})));
      }
    }
  }

  @Test
  void anIndexOfAnEarlierVersionStillShowsItsHits(@TempDir Path folder) throws IOException {
    Article old = new Article("old", "أمطار غزيرة على الرياض", "هطلت أمطار غزيرة على الرياض.",
        LocalDateTime.of(2015, 1, 2, 3, 4), "sabq", null, null);
    try (Directory dir = org.apache.lucene.store.FSDirectory.open(folder);
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new ArabicAnalyzer()))) {
      w.addDocument(ArticleFields.facetsConfig().build(withoutSummary(old)));
    }
    try (ArticleIndex index = ArticleIndex.open(folder)) {
      SearchResults results = new ArticleSearcher(index).search("الرياض", SearchOptions.defaults());
      List<SearchHit> hits = results.hits();
      assertEquals(1, hits.size());
      assertEquals("old", hits.get(0).id());
      assertEquals(old.title(), hits.get(0).title());
      assertEquals(old.published(), hits.get(0).published());
      assertEquals("sabq", hits.get(0).source());
    }
  }
}
