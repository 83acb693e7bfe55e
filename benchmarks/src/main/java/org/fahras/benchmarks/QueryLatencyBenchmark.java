package org.fahras.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LongValueFacetCounts;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.fahras.analysis.ArabicAnalyzer;
import org.fahras.corpus.CorpusLine;
import org.fahras.corpus.JsonlArticleReader;
import org.fahras.index.Article;
import org.fahras.index.ArticleIndex;
import org.fahras.search.ArticleSearcher;
import org.fahras.search.HighlightFormat;
import org.fahras.search.SearchOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Query latency over the 31,030 SaudiNewsNet articles: each query kind (term, phrase, Boolean,
 * date-filtered, faceted) through Fahras ({@link ArticleSearcher#search}: text parsing, BM25F with
 * rescoring of the top 100 with the ranking clauses, top 10, stored fields; snippets off) beside the same query built directly
 * with Lucene classes on a bare Lucene index of the same articles (same analyzer, top 10, stored
 * fields; both indexes built the same way: 64 MB RAM buffer, not force-merged).
 * {@code fahrasTermSnippets} adds Fahras's HTML snippets to the term query, for their cost.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar QueryLatencyBenchmark
 * -Dfahras.shared.data=../shared/data} (indexes are built once under {@code target/query-bench}).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "--add-modules", "jdk.incubator.vector"})
@State(Scope.Benchmark)
public class QueryLatencyBenchmark {
  static final String TERM = "الهلال";
  static final String PHRASE_A = "وزارة";
  static final String PHRASE_B = "الصحة";
  static final LocalDate FROM = LocalDate.of(2015, 7, 25);
  static final LocalDate TO = LocalDate.of(2015, 8, 5);

  private ArticleIndex fahrasIndex;
  private ArticleSearcher fahras;
  private SearchOptions noSnippets;
  private FSDirectory bareDir;
  private DirectoryReader bareReader;
  private IndexSearcher bare;
  private SortedSetDocValuesReaderState bareFacetState;
  private Analyzer analyzer;
  private String termT;
  private String phraseA;
  private String phraseB;
  private String nasr;
  private String ittihad;
  private String ahli;

  @Setup(Level.Trial)
  public void setup() throws IOException {
    Path data = BenchCorpus.sharedData();
    Path corpus = data.resolve("saudinewsnet/saudinewsnet.jsonl.gz");
    Path root = Path.of(System.getProperty("fahras.bench.dir", "target/query-bench"));
    analyzer = new ArabicAnalyzer();
    boolean build = !Files.exists(root.resolve("done"));
    if (build) {
      buildIndexes(corpus, root);
    }
    fahrasIndex = ArticleIndex.open(root.resolve("fahras"));
    fahras = new ArticleSearcher(fahrasIndex);
    noSnippets = SearchOptions.defaults().withHighlight(HighlightFormat.NONE);
    bareDir = FSDirectory.open(root.resolve("bare"));
    bareReader = DirectoryReader.open(bareDir);
    bare = new IndexSearcher(bareReader);
    bareFacetState = new DefaultSortedSetDocValuesReaderState(bareReader, new FacetsConfig());
    termT = term(TERM);
    phraseA = term(PHRASE_A);
    phraseB = term(PHRASE_B);
    nasr = term("النصر");
    ittihad = term("الاتحاد");
    ahli = term("الأهلي");
  }

  private String term(String word) {
    return analyzer.normalize("body", word).utf8ToString();
  }

  private void buildIndexes(Path corpus, Path root) throws IOException {
    Files.createDirectories(root);
    FacetsConfig config = new FacetsConfig();
    try (ArticleIndex f = ArticleIndex.open(root.resolve("fahras"));
        FSDirectory dir = FSDirectory.open(root.resolve("bare"));
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64));
        JsonlArticleReader r = JsonlArticleReader.open(corpus)) {
      while (r.hasNext()) {
        if (r.next() instanceof CorpusLine.Valid v) {
          Article a = v.article();
          f.add(a);
          Document d = new Document();
          d.add(new StringField("id", a.id(), Field.Store.YES));
          d.add(new TextField("title", a.title(), Field.Store.YES));
          d.add(new TextField("body", a.body(), Field.Store.YES));
          if (a.published() != null) {
            long s = a.published().toEpochSecond(ZoneOffset.UTC);
            d.add(new LongPoint("date", s));
            d.add(new NumericDocValuesField("date", s));
          }
          if (a.source() != null && !a.source().isBlank()) {
            d.add(new SortedSetDocValuesFacetField("source", a.source()));
          }
          w.addDocument(config.build(d));
        }
      }
      f.commit();
      w.commit();
    }
    Files.writeString(root.resolve("done"), "ok");
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    bareReader.close();
    bareDir.close();
    fahrasIndex.close();
    analyzer.close();
  }

  private Query bothFields(Query title, Query body) {
    return new BooleanQuery.Builder()
        .add(new BoostQuery(title, 2f), Occur.SHOULD).add(body, Occur.SHOULD).build();
  }

  private Query termQuery(String t) {
    return bothFields(new TermQuery(new Term("title", t)), new TermQuery(new Term("body", t)));
  }

  private void bareTop10(Query q, Blackhole bh) throws IOException {
    TopDocs top = bare.search(q, new TopScoreDocCollectorManager(10, ArticleSearcher.TOTAL_HITS_THRESHOLD));
    for (ScoreDoc sd : top.scoreDocs) {
      bh.consume(bare.storedFields().document(sd.doc));
    }
    bh.consume(top.totalHits);
  }

  @Benchmark
  public Object fahrasTerm() throws IOException {
    return fahras.search(TERM, noSnippets);
  }

  @Benchmark
  public void luceneTerm(Blackhole bh) throws IOException {
    bareTop10(termQuery(termT), bh);
  }

  @Benchmark
  public Object fahrasTermSnippets() throws IOException {
    return fahras.search(TERM, SearchOptions.defaults());
  }

  @Benchmark
  public Object fahrasPhrase() throws IOException {
    return fahras.search("\"" + PHRASE_A + " " + PHRASE_B + "\"", noSnippets);
  }

  @Benchmark
  public void lucenePhrase(Blackhole bh) throws IOException {
    bareTop10(bothFields(new PhraseQuery("title", phraseA, phraseB), new PhraseQuery("body", phraseA, phraseB)), bh);
  }

  @Benchmark
  public Object fahrasBoolean() throws IOException {
    return fahras.search(TERM + " AND (النصر OR الاتحاد) NOT الأهلي", noSnippets);
  }

  @Benchmark
  public void luceneBoolean(Blackhole bh) throws IOException {
    Query q = new BooleanQuery.Builder()
        .add(termQuery(termT), Occur.MUST)
        .add(new BooleanQuery.Builder().add(termQuery(nasr), Occur.SHOULD).add(termQuery(ittihad), Occur.SHOULD).build(),
            Occur.MUST)
        .add(termQuery(ahli), Occur.MUST_NOT)
        .build();
    bareTop10(q, bh);
  }

  @Benchmark
  public Object fahrasDateFiltered() throws IOException {
    return fahras.search(TERM, noSnippets.withDates(FROM, TO));
  }

  @Benchmark
  public void luceneDateFiltered(Blackhole bh) throws IOException {
    long lo = FROM.atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    long hi = TO.plusDays(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC) - 1;
    Query q = new BooleanQuery.Builder().add(termQuery(termT), Occur.MUST)
        .add(LongPoint.newRangeQuery("date", lo, hi), Occur.FILTER).build();
    bareTop10(q, bh);
  }

  @Benchmark
  public Object fahrasFaceted() throws IOException {
    return fahras.search(TERM, noSnippets.withFacets(true));
  }

  @Benchmark
  public void luceneFaceted(Blackhole bh) throws IOException {
    Object[] both = bare.search(termQuery(termT), new MultiCollectorManager(
        new TopScoreDocCollectorManager(10, ArticleSearcher.TOTAL_HITS_THRESHOLD), new FacetsCollectorManager()));
    TopDocs top = (TopDocs) both[0];
    FacetsCollector fc = (FacetsCollector) both[1];
    for (ScoreDoc sd : top.scoreDocs) {
      bh.consume(bare.storedFields().document(sd.doc));
    }
    bh.consume(new SortedSetDocValuesFacetCounts(bareFacetState, fc).getTopChildren(100, "source"));
    bh.consume(new LongValueFacetCounts("date", fc).getAllChildrenSortByValue());
  }
}
