package org.fahras.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.fahras.entity.EntityRecognizer;
import org.fahras.index.ArticleIndex;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Indexing throughput over real articles: Fahras's pipeline ({@link ArticleIndex} with its default
 * Arabic analyzer and schema) against a bare Lucene {@link IndexWriter} with Lucene's stock
 * {@link org.apache.lucene.analysis.ar.ArabicAnalyzer} and the same fields
 * ({@link LuceneArticleDocument}).
 *
 * <p>One operation indexes a whole batch ({@code batch} articles, fewer if the corpus is smaller)
 * into a fresh in-memory directory on {@code threads} threads, makes it searchable, checks that
 * the index holds exactly one document per article, and closes (commits) it. The directory is a
 * {@link ByteBuffersDirectory}: it keeps disk and fsync time (noisy on a shared machine, and the
 * same for both sides) out of a figure about analysis and indexing CPU. The articles are read once
 * per trial; nothing is set up per invocation.
 *
 * <p>Scores: operations/s; the {@link Throughput} counters {@code articles} and {@code bytes} give
 * articles/s and UTF-8 bytes/s of article text (see {@link ArticleBatch#utf8Bytes()}), and
 * {@code cpuMs} the process CPU time spent in the operations (indexing, merge, JIT and GC threads).
 *
 * <p>The annotations are the full mode; {@code BenchRunner} overrides them for {@code --quick}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 15)
@Measurement(iterations = 4, time = 15)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "--enable-native-access=ALL-UNNAMED", "--add-modules=jdk.incubator.vector"})
public class IndexingBenchmark {

  /** A JSON Lines corpus file, or {@value BenchCorpus#DEFAULT} (see {@link BenchCorpus#resolve}). */
  @Param({BenchCorpus.DEFAULT})
  public String corpus;

  /** Articles per operation (capped at the corpus size). */
  @Param({"5000"})
  public int batch;

  /** Threads adding documents to the one writer. */
  @Param({"1", "2"})
  public int threads;

  /**
   * The writer's RAM buffer in MB before it flushes a segment: 64, Fahras's default, unless set
   * ({@code -p ramBufferMb=16,64} adds Lucene's default of 16; each value doubles the run's length).
   */
  @Param({"64"})
  public double ramBufferMb;

  private ArticleBatch articles;
  private ExecutorService pool;
  private Analyzer luceneAnalyzer;
  private FacetsConfig facetsConfig;

  /** Fahras's options: entity recognition off, gazetteer only, or on (gazetteer and tagger). */
  @State(Scope.Benchmark)
  public static class FahrasPipeline {
    /**
     * Entity recognition while indexing: {@code off}, {@code gazetteer} ({@link
     * EntityRecognizer#gazetteerOnly()}) or {@code on} ({@link EntityRecognizer#standard()}, the
     * index's default).
     */
    @Param({"off", "gazetteer", "on"})
    public String entities;

    ArticleIndex.Options options;

    @Setup(Level.Trial)
    public void setUp(IndexingBenchmark benchmark) {
      EntityRecognizer recognizer = switch (entities) {
        case "off" -> null;
        case "gazetteer" -> EntityRecognizer.gazetteerOnly();
        case "on" -> EntityRecognizer.standard();
        default -> throw new IllegalArgumentException(
            "entities=" + entities + ": expected off, gazetteer or on");
      };
      options = ArticleIndex.Options.defaults().withRamBufferMb(benchmark.ramBufferMb).withEntities(recognizer);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      options.analyzer().close();
    }
  }

  /**
   * Articles, bytes and process CPU milliseconds of the operations, reported by JMH as rates
   * (articles/s, bytes/s, CPU-ms/s); the report divides articles by CPU time for articles per
   * CPU-second, a figure other load on a shared machine disturbs much less.
   */
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  @State(Scope.Thread)
  public static class Throughput {
    private static final OperatingSystemMXBean OS =
        (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    public long articles;
    public long bytes;
    public long cpuMs;
    private long cpuNanos;
    private long operationStart;

    @Setup(Level.Iteration)
    public void reset() {
      articles = 0;
      bytes = 0;
      cpuMs = 0;
      cpuNanos = 0;
    }

    /** Marks the start of an operation. */
    void start() {
      operationStart = OS.getProcessCpuTime();
    }

    void add(ArticleBatch batch) {
      articles += batch.size();
      bytes += batch.utf8Bytes();
      cpuNanos += OS.getProcessCpuTime() - operationStart;
      cpuMs = cpuNanos / 1_000_000;
    }
  }

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    articles = BenchCorpus.load(BenchCorpus.resolve(corpus), batch);
    pool = Executors.newFixedThreadPool(threads);
    luceneAnalyzer = new org.apache.lucene.analysis.ar.ArabicAnalyzer();
    facetsConfig = new FacetsConfig();
    System.out.printf(java.util.Locale.ROOT, "%n# corpus %s: %d articles, %.1f MB of UTF-8 text per operation%n",
        articles.source(), articles.size(), articles.utf8Bytes() / 1e6);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws InterruptedException {
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.MINUTES);
    luceneAnalyzer.close();
  }

  /**
   * Fahras: {@link ArticleIndex#addAll} of each thread's slice (the bulk path {@code ./fahras index}
   * takes), each thread then writing its buffer ({@link
   * ArticleIndex#flushNextBuffer}), then {@link ArticleIndex#size()} and close.
   */
  @Benchmark
  public int fahras(FahrasPipeline pipeline, Throughput throughput) throws IOException {
    throughput.start();
    int docs;
    try (ArticleIndex index = ArticleIndex.inMemory(pipeline.options)) {
      articles.indexSlicesWith(pool, threads, index::addAll, index::flushNextBuffer);
      docs = index.size();
    }
    return counted(docs, throughput);
  }

  /**
   * Bare Lucene: {@link IndexWriter#addDocument} of the same fields with the stock Arabic analyzer,
   * an NRT reader for the count, and close.
   */
  @Benchmark
  public int baseline(Throughput throughput) throws IOException {
    throughput.start();
    IndexWriterConfig config = new IndexWriterConfig(luceneAnalyzer)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
        .setRAMBufferSizeMB(ramBufferMb);
    int docs;
    try (Directory directory = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(directory, config)) {
      articles.indexWith(pool, threads,
          article -> writer.addDocument(facetsConfig.build(LuceneArticleDocument.of(article))),
          writer::flushNextBuffer);
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        docs = reader.numDocs();
      }
    }
    return counted(docs, throughput);
  }

  /** Fails the run if the index lost or duplicated articles: a broken benchmark must not look fast. */
  private int counted(int docs, Throughput throughput) {
    if (docs != articles.size()) {
      throw new IllegalStateException("indexed " + articles.size() + " articles but the index holds " + docs + " documents");
    }
    throughput.add(articles);
    return docs;
  }

  /** The batch this trial indexes (for tests). */
  ArticleBatch articles() {
    return articles;
  }
}
