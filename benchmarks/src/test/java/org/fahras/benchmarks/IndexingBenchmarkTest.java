package org.fahras.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.IndexableFieldType;
import org.fahras.index.Article;
import org.fahras.index.ArticleFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs every {@link IndexingBenchmark} method once on {@link TinyCorpus} and checks that Fahras and
 * the Lucene baseline index the same documents, so a broken benchmark cannot report a fast number.
 *
 * <p>Pattern for other benchmarks: build the states by hand as JMH would (params set, then the
 * {@code @Setup} methods), call each {@code @Benchmark} method once, assert on what it returns,
 * and assert {@link BenchmarkMethods#of} lists exactly the methods the test called.
 */
class IndexingBenchmarkTest {

  @TempDir
  Path folder;

  private IndexingBenchmark benchmark(int threads) throws IOException {
    IndexingBenchmark benchmark = new IndexingBenchmark();
    benchmark.corpus = TinyCorpus.write(folder).toString();
    benchmark.batch = 100;
    benchmark.threads = threads;
    benchmark.ramBufferMb = 16;
    benchmark.setUp();
    return benchmark;
  }

  private static IndexingBenchmark.FahrasPipeline pipeline(IndexingBenchmark benchmark, String entities) {
    IndexingBenchmark.FahrasPipeline pipeline = new IndexingBenchmark.FahrasPipeline();
    pipeline.entities = entities;
    pipeline.setUp(benchmark);
    return pipeline;
  }

  @Test
  void theTestCallsEveryBenchmarkMethod() {
    assertEquals(Set.of("baseline", "fahras"), BenchmarkMethods.of(IndexingBenchmark.class));
  }

  @ParameterizedTest(name = "threads={0}, entities={1}")
  @CsvSource({"1, off", "2, off", "1, gazetteer", "2, on"})
  void fahrasAndBaselineIndexTheSameDocuments(int threads, String entities) throws Exception {
    IndexingBenchmark benchmark = benchmark(threads);
    IndexingBenchmark.FahrasPipeline pipeline = pipeline(benchmark, entities);
    IndexingBenchmark.Throughput fahrasCount = new IndexingBenchmark.Throughput();
    IndexingBenchmark.Throughput luceneCount = new IndexingBenchmark.Throughput();
    try {
      int fahras = benchmark.fahras(pipeline, fahrasCount);
      int lucene = benchmark.baseline(luceneCount);

      assertEquals(TinyCorpus.ARTICLES, fahras, "documents in Fahras's index");
      assertEquals(fahras, lucene, "documents in the Lucene baseline's index");
      assertEquals(TinyCorpus.ARTICLES, fahrasCount.articles);
      assertEquals(fahrasCount.articles, luceneCount.articles);
      assertEquals(benchmark.articles().utf8Bytes(), fahrasCount.bytes);
      assertEquals(fahrasCount.bytes, luceneCount.bytes);
    } finally {
      pipeline.tearDown();
      benchmark.tearDown();
    }
  }

  @Test
  void aBatchLargerThanTheCorpusIsCappedAtItsValidUniqueArticles() throws Exception {
    IndexingBenchmark benchmark = benchmark(1);
    try {
      List<String> ids = benchmark.articles().articles().stream().map(Article::id).toList();
      assertEquals(List.of("t1", "t2", "t3", "t4"), ids);
      assertEquals("اجتماع وزراء الخارجية العرب", benchmark.articles().articles().get(0).title());
    } finally {
      benchmark.tearDown();
    }
  }

  @Test
  void anUnknownEntitiesValueIsRefused() throws Exception {
    IndexingBenchmark benchmark = benchmark(1);
    try {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> pipeline(benchmark, "maybe"));
      assertTrue(e.getMessage().contains("entities=maybe"), e.getMessage());
    } finally {
      benchmark.tearDown();
    }
  }

  @Test
  void theBaselineDocumentHasFahrasSchema() {
    Article article = new Article("a1", "عنوان", "نص المقالة", java.time.LocalDateTime.of(2015, 7, 21, 2, 51, 32),
        "okaz", "http://example.org/a1", "جدة: مراسل");
    FacetsConfig facets = new FacetsConfig();
    try {
      assertEquals(describe(facets.build(ArticleFields.toDocument(article))),
          describe(facets.build(LuceneArticleDocument.of(article))));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Name, value and every indexing option of each field, in order. */
  private static List<String> describe(Document doc) {
    List<String> out = new ArrayList<>();
    for (IndexableField f : doc.getFields()) {
      IndexableFieldType t = f.fieldType();
      Object value = f.stringValue() != null ? f.stringValue()
          : f.numericValue() != null ? f.numericValue() : f.binaryValue();
      out.add(f.name() + " " + value + " stored=" + t.stored() + " tokenized=" + t.tokenized()
          + " index=" + t.indexOptions() + " norms=" + !t.omitNorms() + " vectors=" + t.storeTermVectors()
          + " docValues=" + t.docValuesType() + " points=" + t.pointDimensionCount() + "x" + t.pointNumBytes());
    }
    return out;
  }
}
