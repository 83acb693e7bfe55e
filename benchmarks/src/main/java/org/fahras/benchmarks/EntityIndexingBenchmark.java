package org.fahras.benchmarks;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.fahras.analysis.ArabicAnalyzer;
import org.fahras.entity.BaseGazetteer;
import org.fahras.entity.EntityFields;
import org.fahras.entity.EntityRecognizer;
import org.fahras.entity.Gazetteer;
import org.fahras.entity.NerModel;
import org.fahras.entity.NerTagger;
import org.fahras.index.Article;
import org.fahras.index.ArticleFields;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Articles indexed per second with and without entity recognition, same run, same documents: what
 * {@code ArticleIndex.add} does (ArticleFields document, facets, Fahras ArabicAnalyzer, in-memory
 * directory), and the same plus recognition of title and body and the {@link EntityFields}, with the
 * full recognizer and with the gazetteer layer alone. One operation
 * = one article; {@value #ARTICLES} SaudiNewsNet articles per invocation. Target: with entities at least
 * 0.5x the articles/s of {@code baseline}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 4, time = 3)
@Fork(1)
@State(Scope.Benchmark)
public class EntityIndexingBenchmark {
  static final int ARTICLES = 500;

  private List<Article> articles;
  private EntityRecognizer recognizer;
  private EntityRecognizer gazetteerOnly;
  private EntityFields entityFields;
  private final FacetsConfig facets = ArticleFields.facetsConfig();

  @Setup
  public void setup() throws IOException {
    articles = EntityBenchmarkData.articles(ARTICLES);
    Gazetteer g = BaseGazetteer.load();
    recognizer = new EntityRecognizer(g, new NerTagger(NerModel.bundled()));
    gazetteerOnly = new EntityRecognizer(g, null);
    entityFields = new EntityFields(g);
  }

  @Benchmark
  @OperationsPerInvocation(ARTICLES)
  public long baseline() throws IOException {
    return index(null);
  }

  @Benchmark
  @OperationsPerInvocation(ARTICLES)
  public long withEntities() throws IOException {
    return index(recognizer);
  }

  @Benchmark
  @OperationsPerInvocation(ARTICLES)
  public long withGazetteerEntities() throws IOException {
    return index(gazetteerOnly);
  }

  private long index(EntityRecognizer entities) throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new ArabicAnalyzer()))) {
      for (Article a : articles) {
        Document doc = ArticleFields.toDocument(a);
        if (entities != null) {
          entityFields.fields(entities.recognize(a.body()), entities.recognize(a.title())).forEach(doc::add);
        }
        w.addDocument(facets.build(doc));
      }
      w.commit();
      return w.getDocStats().numDocs;
    }
  }
}
