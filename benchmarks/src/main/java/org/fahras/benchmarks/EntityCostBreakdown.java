package org.fahras.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.fahras.analysis.ArabicAnalyzer;
import org.fahras.entity.BaseGazetteer;
import org.fahras.entity.EntityFields;
import org.fahras.entity.EntityRecognizer;
import org.fahras.entity.NerModel;
import org.fahras.entity.NerTagger;
import org.fahras.index.Article;
import org.fahras.index.ArticleFields;
import org.fahras.index.ArticleIndex;

/**
 * Where an article's indexing time goes when entity recognition is on, in five parts measured one
 * after the other in one JVM and one thread (thread CPU time, median of the counted rounds, µs per
 * article):
 *
 * <ol>
 *   <li>{@code index}: the article's Lucene document ({@link ArticleFields#toDocument}, Fahras's
 *       {@link ArabicAnalyzer}, the index's facets) written to an in-memory index, no entities;
 *   <li>{@code index + fields}: the same with the entity fields of every article added, recognized
 *       beforehand (Lucene's cost of indexing those fields);
 *   <li>{@code recognize}: {@link EntityRecognizer#standard()} on title and body and
 *       {@link EntityFields#fields}, nothing indexed;
 *   <li>{@code index + recognize}: both per article, as {@code ArticleIndex.add} does with entities on;
 *   <li>{@code ... grouped}: both, {@link ArticleIndex#ADD_ALL_GROUP} articles recognized before
 *       their documents are written, as {@code ArticleIndex.addAll} does.
 * </ol>
 *
 * The fourth part minus the first three's sum is what the two kinds of work cost each other when they
 * share a thread (CPU caches); the fifth shows how much of that grouping wins back. The ratios of the
 * first part to the fourth and to the fifth are the entity target of {@link IndexingBenchmark} (on/off)
 * for {@code add} and {@code addAll}, measured without JMH; use that benchmark for the figure itself.
 *
 * <p>{@code java -Dfahras.shared.data=../shared/data -cp benchmarks/target/benchmarks.jar
 * org.fahras.benchmarks.EntityCostBreakdown [CORPUS|default] [ARTICLES=5000] [ROUNDS=8] [GROUP=512]
 * [MODEL.zip]}, GROUP the fifth part's group size (default {@link ArticleIndex#ADD_ALL_GROUP}), MODEL a
 * tagger model to use instead of the bundled one (a {@code fahras ner-train} output, or an earlier
 * bundled model taken from git history, to compare two models); the first two rounds are warm-up and
 * not counted.
 */
public final class EntityCostBreakdown {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final int WARM_UP_ROUNDS = 2;

  private EntityCostBreakdown() {}

  public static void main(String[] args) throws IOException {
    String corpus = args.length > 0 ? args[0] : BenchCorpus.DEFAULT;
    int max = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 8;
    if (rounds <= WARM_UP_ROUNDS) {
      throw new IllegalArgumentException("ROUNDS must be > " + WARM_UP_ROUNDS + ", got " + rounds);
    }
    int group = args.length > 3 ? Integer.parseInt(args[3]) : ArticleIndex.ADD_ALL_GROUP;
    if (group < 1) {
      throw new IllegalArgumentException("GROUP must be >= 1, got " + group);
    }
    List<Article> articles = BenchCorpus.load(BenchCorpus.resolve(corpus), max).articles();
    // a model zip (from fahras ner-train, or an older bundled one) instead of the bundled model
    EntityRecognizer recognizer = args.length > 4
        ? new EntityRecognizer(BaseGazetteer.load(), new NerTagger(NerModel.load(Path.of(args[4]))))
        : EntityRecognizer.standard();
    EntityFields entityFields = new EntityFields(recognizer.gazetteer());
    List<List<IndexableField>> recognized = new ArrayList<>(articles.size());
    for (Article a : articles) {
      recognized.add(fields(recognizer, entityFields, a));
    }
    String[] parts = {"index", "index + fields", "recognize", "index + recognize", "... grouped"};
    List<List<Double>> micros = new ArrayList<>();
    for (int p = 0; p < parts.length; p++) {
      micros.add(new ArrayList<>());
    }
    long documents = 0;
    for (int round = 0; round < rounds; round++) {
      for (int p = 0; p < parts.length; p++) {
        long start = THREADS.getCurrentThreadCpuTime();
        switch (p) {
          case 0 -> documents = index(articles, null, null, null, 1);
          case 1 -> index(articles, recognized, null, null, 1);
          case 2 -> recognizeOnly(articles, recognizer, entityFields);
          case 3 -> index(articles, null, recognizer, entityFields, 1);
          default -> index(articles, null, recognizer, entityFields, group);
        }
        double perArticle = (THREADS.getCurrentThreadCpuTime() - start) / 1e3 / articles.size();
        if (round >= WARM_UP_ROUNDS) {
          micros.get(p).add(perArticle);
        }
      }
    }
    System.out.printf(Locale.ROOT, "%d articles of %s (%d documents per index), %d counted rounds, thread CPU µs"
        + " per article (median):%n", articles.size(), corpus, documents, rounds - WARM_UP_ROUNDS);
    double[] median = new double[parts.length];
    for (int p = 0; p < parts.length; p++) {
      median[p] = median(micros.get(p));
      System.out.printf(Locale.ROOT, "  %-18s %7.1f%n", parts[p], median[p]);
    }
    System.out.printf(Locale.ROOT, "  entity fields in Lucene: %.1f; sharing the thread: %.1f; on/off: %.2fx"
        + " (add), %.2fx (grouped)%n", median[1] - median[0], median[3] - median[1] - median[2], median[0] / median[3],
        median[0] / median[4]);
  }

  private static List<IndexableField> fields(EntityRecognizer recognizer, EntityFields entityFields, Article a) {
    return entityFields.fields(recognizer.recognize(a.body()), recognizer.recognize(a.title()));
  }

  private static void recognizeOnly(List<Article> articles, EntityRecognizer recognizer, EntityFields entityFields) {
    for (Article a : articles) {
      fields(recognizer, entityFields, a);
    }
  }

  /**
   * Indexes the articles into a fresh in-memory index, adding their precomputed entity fields, or
   * recognizing them on the way, or neither; documents are built {@code group} at a time, then written.
   *
   * @return the number of documents indexed
   */
  private static long index(List<Article> articles, List<List<IndexableField>> precomputed,
      EntityRecognizer recognizer, EntityFields entityFields, int group) throws IOException {
    FacetsConfig facets = ArticleFields.facetsConfig();
    IndexWriterConfig config = new IndexWriterConfig(new ArabicAnalyzer()).setRAMBufferSizeMB(64);
    try (IndexWriter writer = new IndexWriter(new ByteBuffersDirectory(), config)) {
      List<Document> built = new ArrayList<>(group);
      for (int from = 0; from < articles.size(); from += group) {
        built.clear();
        for (int i = from; i < Math.min(articles.size(), from + group); i++) {
          Document doc = ArticleFields.toDocument(articles.get(i));
          if (precomputed != null) {
            precomputed.get(i).forEach(doc::add);
          } else if (recognizer != null) {
            fields(recognizer, entityFields, articles.get(i)).forEach(doc::add);
          }
          built.add(facets.build(doc));
        }
        for (Document doc : built) {
          writer.addDocument(doc);
        }
      }
      writer.commit();
      return writer.getDocStats().numDocs;
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
