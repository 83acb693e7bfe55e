package org.fahras.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.fahras.index.Article;

/**
 * A paired check of {@link IndexingBenchmark} for a machine other work keeps busy: it runs the
 * benchmark's own {@code fahras} and {@code baseline} operations alternately in one JVM (1 thread),
 * measures the process CPU time of each, and prints the median CPU time per operation and the
 * ratio of articles per CPU-second, for each RAM buffer size. Alternating cancels most of the drift
 * of other load that separate JMH trials see. It also prints the size of the body field's term
 * dictionary under each analyzer, the main cost difference between them.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar org.fahras.benchmarks.IndexingPairedCheck
 * [CORPUS|default] [BATCH=5000] [ROUNDS=5]}; the first round is warm-up and not counted.
 */
public final class IndexingPairedCheck {

  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private IndexingPairedCheck() {}

  public static void main(String[] args) throws IOException {
    String corpus = args.length > 0 ? args[0] : BenchCorpus.DEFAULT;
    int batch = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    for (double ramBufferMb : new double[] {16, 64}) {
      IndexingBenchmark benchmark = new IndexingBenchmark();
      benchmark.corpus = corpus;
      benchmark.batch = batch;
      benchmark.threads = 1;
      benchmark.ramBufferMb = ramBufferMb;
      benchmark.setUp();
      IndexingBenchmark.FahrasPipeline pipeline = new IndexingBenchmark.FahrasPipeline();
      pipeline.entities = "off";
      pipeline.setUp(benchmark);
      IndexingBenchmark.Throughput counters = new IndexingBenchmark.Throughput();
      List<Double> fahras = new ArrayList<>();
      List<Double> lucene = new ArrayList<>();
      try {
        if (ramBufferMb == 16) {
          printTerms("Fahras", pipeline.options.analyzer(), benchmark.articles());
          try (Analyzer stock = new org.apache.lucene.analysis.ar.ArabicAnalyzer()) {
            printTerms("Lucene", stock, benchmark.articles());
          }
        }
        for (int round = 0; round < rounds; round++) {
          long start = OS.getProcessCpuTime();
          benchmark.fahras(pipeline, counters);
          long middle = OS.getProcessCpuTime();
          benchmark.baseline(counters);
          long end = OS.getProcessCpuTime();
          if (round > 0) {
            fahras.add((middle - start) / 1e6);
            lucene.add((end - middle) / 1e6);
          }
        }
      } finally {
        pipeline.tearDown();
        try {
          benchmark.tearDown();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      double f = median(fahras);
      double l = median(lucene);
      int n = benchmark.articles().size();
      System.out.printf(Locale.ROOT,
          "ramBufferMb=%.0f, %d articles/op, median of %d: Fahras %.0f ms CPU/op (%.0f articles/CPU-s),"
              + " Lucene %.0f ms CPU/op (%.0f articles/CPU-s); Fahras/Lucene = %.2fx%n",
          ramBufferMb, n, fahras.size(), f, n * 1000 / f, l, n * 1000 / l, l / f);
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  /** Distinct terms, postings and tokens of the body field after indexing the batch. */
  private static void printTerms(String name, Analyzer analyzer, ArticleBatch batch) throws IOException {
    FacetsConfig facets = new FacetsConfig();
    try (Directory directory = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (Article article : batch.articles()) {
        writer.addDocument(facets.build(LuceneArticleDocument.of(article)));
      }
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        Terms body = MultiTerms.getTerms(reader, "body");
        System.out.printf(Locale.ROOT, "%s analyzer, body field of %d articles: %d distinct terms, %d postings, %d tokens%n",
            name, batch.size(), termCount(body), body.getSumDocFreq(), body.getSumTotalTermFreq());
      }
    }
  }

  private static long termCount(Terms terms) throws IOException {
    long count = 0;
    var it = terms.iterator();
    while (it.next() != null) {
      count++;
    }
    return count;
  }
}
