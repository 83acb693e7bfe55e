package org.fahras.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.LongValueFacetCounts;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.fahras.analysis.ArabicAnalyzer;
import org.fahras.corpus.CorpusLine;
import org.fahras.corpus.JsonlArticleReader;
import org.fahras.index.Article;
import org.fahras.index.ArticleIndex;
import org.fahras.index.HitSummaries;
import org.fahras.index.HitSummary;
import org.fahras.search.ArticleQueryParser;
import org.fahras.search.ArticleSearcher;
import org.fahras.search.HighlightFormat;
import org.fahras.search.SearchOptions;
import org.fahras.search.SearchResults;
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
 * Query latency over the 31,030 SaudiNewsNet articles: each query kind (term, phrase, Boolean,
 * date-filtered, faceted) through Fahras ({@link ArticleSearcher#search}: query-language parsing,
 * BM25F, the ranking clauses rescoring the top 100 when the query has them, top 10, the fields a
 * hit shows, read from its {@link HitSummary} doc value; snippets off) beside the query a Lucene
 * user would write for the same input on a bare Lucene index of the same articles: the words
 * analyzed per call with Lucene's {@link QueryBuilder} and the same analyzer, title (weight
 * {@link ArticleQueryParser#TITLE_BOOST}) or body, Boolean structure with {@link BooleanQuery}, top
 * 10 with the same total-hits threshold, the fields its result list shows (id, title, date,
 * source), from the stored fields by default ({@link #luceneHits}). The bare index has Fahras's
 * schema written with plain Lucene fields ({@link LuceneArticleDocument}: postings with offsets,
 * the same stored fields and hit-summary doc value) plus a day doc value for its day counts, but
 * no entity fields; the
 * Fahras index has entity recognition on, as {@code ArticleIndex} does by default. Both: 64 MB RAM
 * buffer, then force-merged to one segment, so segment counts do not differ.
 * {@code fahrasTermSnippets} adds Fahras's HTML snippets to the term query, for their cost.
 *
 * <p>Run: {@code java -Dfahras.shared.data=../shared/data -jar benchmarks/target/benchmarks.jar
 * QueryLatencyBenchmark} (JMH passes the launching JVM's {@code -D} options to the forked JVM;
 * {@code -jvmArgsAppend} on the command line would replace this class's {@code -Xmx2g} and
 * vector-module options). The indexes are built once under {@code target/query-bench}
 * ({@code -Dfahras.bench.dir} to move them). {@code -p corpus=PATH} runs the same queries on any JSON Lines
 * file, indexed once under {@code <bench dir>/corpus-<key>} (the key changes with the file's path, size
 * and modification time); {@code QueryLatencyBenchmarkTest} runs every method on a few articles this way.
 * Each method returns its results ({@link SearchResults} or {@link LuceneResults}), which JMH consumes.
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
  static final String BOOLEAN = TERM + " AND (النصر OR الاتحاد) NOT الأهلي";
  static final LocalDate FROM = LocalDate.of(2015, 7, 25);
  static final LocalDate TO = LocalDate.of(2015, 8, 5);

  /**
   * A JSON Lines corpus file (plain or .gz), or {@value BenchCorpus#DEFAULT} for SaudiNewsNet under
   * the shared data folder (the indexes directly under the bench dir, as before this parameter).
   */
  @Param(BenchCorpus.DEFAULT)
  public String corpus;

  /**
   * Where the {@code lucene*} methods read a hit's id, title, date and source: {@code stored} (the
   * stored fields, as {@code IndexSearcher.storedFields()} gives them: what a Lucene user writes)
   * or {@code docvalue} (the bare index's copy of Fahras's hit-summary doc value, which is where
   * Fahras reads them: the two sides then differ only in how they search).
   */
  @Param({"stored"})
  public String luceneHits;

  private ArticleIndex fahrasIndex;
  private ArticleSearcher fahras;
  private SearchOptions noSnippets;
  private FSDirectory bareDir;
  private DirectoryReader bareReader;
  private IndexSearcher bare;
  private SortedSetDocValuesReaderState bareFacetState;
  private Analyzer analyzer;
  private QueryBuilder words;

  @Setup(Level.Trial)
  public void setup() throws IOException {
    if (!Set.of("stored", "docvalue").contains(luceneHits)) {
      throw new IllegalArgumentException("luceneHits=" + luceneHits + ": expected stored or docvalue");
    }
    Path saudiNewsNet = BenchCorpus.sharedData().resolve(BenchCorpus.SAUDI_NEWS_NET).toAbsolutePath().normalize();
    Path file = BenchCorpus.DEFAULT.equals(corpus) ? saudiNewsNet : BenchCorpus.resolve(corpus).normalize();
    Path root = Path.of(System.getProperty("fahras.bench.dir", "target/query-bench"));
    if (!file.equals(saudiNewsNet)) {
      long key = (31L * file.toString().hashCode() + Files.size(file)) * 31 + Files.getLastModifiedTime(file).toMillis();
      root = root.resolve("corpus-" + Long.toHexString(key));
    }
    analyzer = new ArabicAnalyzer();
    if (!Files.exists(root.resolve(BUILT))) {
      buildIndexes(file, root);
    }
    fahrasIndex = ArticleIndex.open(root.resolve("fahras"));
    fahras = new ArticleSearcher(fahrasIndex);
    noSnippets = SearchOptions.defaults().withHighlight(HighlightFormat.NONE);
    bareDir = FSDirectory.open(root.resolve("bare"));
    bareReader = DirectoryReader.open(bareDir);
    bare = new IndexSearcher(bareReader);
    bareFacetState = new DefaultSortedSetDocValuesReaderState(bareReader, new FacetsConfig());
    words = new QueryBuilder(analyzer);
    try {
      requireHits();
    } catch (IllegalStateException e) {
      tearDown();
      throw e;
    }
  }

  /**
   * Refuses to time a query kind that matches nothing on either side (an empty search is fast and
   * proves nothing, as on a corpus without these words).
   *
   * @throws IllegalStateException naming the first method whose query matched no article
   */
  private void requireHits() throws IOException {
    Map<String, Long> hits = new LinkedHashMap<>();
    hits.put("fahrasTerm", fahrasTerm().totalHits());
    hits.put("luceneTerm", luceneTerm().top().totalHits.value());
    hits.put("fahrasPhrase", fahrasPhrase().totalHits());
    hits.put("lucenePhrase", lucenePhrase().top().totalHits.value());
    hits.put("fahrasBoolean", fahrasBoolean().totalHits());
    hits.put("luceneBoolean", luceneBoolean().top().totalHits.value());
    hits.put("fahrasDateFiltered", fahrasDateFiltered().totalHits());
    hits.put("luceneDateFiltered", luceneDateFiltered().top().totalHits.value());
    for (Map.Entry<String, Long> e : hits.entrySet()) {
      if (e.getValue() == 0) {
        throw new IllegalStateException("QueryLatencyBenchmark." + e.getKey() + " matches no article of "
            + corpus + ": its figure would time an empty search");
      }
    }
  }

  /**
   * Marks a finished build: one segment each, the bare index with Fahras's schema and day doc values,
   * both with the hit-summary doc value (v5).
   */
  static final String BUILT = "built-v5";

  private void buildIndexes(Path corpus, Path root) throws IOException {
    for (String sub : new String[] {"fahras", "bare"}) {
      Path dir = root.resolve(sub);
      if (Files.exists(dir)) {
        try (var files = Files.list(dir)) {
          for (Path file : files.toList()) {
            Files.delete(file);
          }
        }
      }
    }
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
          Document d = LuceneArticleDocument.of(a);
          if (a.published() != null) {
            d.add(new NumericDocValuesField("day", a.published().toLocalDate().toEpochDay()));
          }
          w.addDocument(config.build(d));
        }
      }
      f.commit();
      w.forceMerge(1);
      w.commit();
    }
    try (FSDirectory dir = FSDirectory.open(root.resolve("fahras"));
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      w.forceMerge(1);
      w.commit();
    }
    Files.writeString(root.resolve(BUILT), "ok", StandardCharsets.UTF_8);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    bareReader.close();
    bareDir.close();
    fahrasIndex.close();
    analyzer.close();
  }

  /** The words in the title (weighted as Fahras weights it) or the body, analyzed now. */
  private Query bothFields(String text, boolean phrase) {
    Query title = phrase ? words.createPhraseQuery("title", text) : words.createBooleanQuery("title", text);
    Query body = phrase ? words.createPhraseQuery("body", text) : words.createBooleanQuery("body", text);
    return new BooleanQuery.Builder()
        .add(new BoostQuery(title, ArticleQueryParser.TITLE_BOOST), Occur.SHOULD).add(body, Occur.SHOULD).build();
  }

  private Query termQuery(String word) {
    return bothFields(word, false);
  }

  private LuceneResults bareTop10(Query q) throws IOException {
    TopDocs top = bare.search(q, new TopScoreDocCollectorManager(10, ArticleSearcher.TOTAL_HITS_THRESHOLD));
    return new LuceneResults(top, hits(top), null, null);
  }

  /** The fields a result list shows, as Fahras's hits show them, read as {@link #luceneHits} says. */
  private List<HitSummary> hits(TopDocs top) throws IOException {
    if ("docvalue".equals(luceneHits)) {
      return List.of(HitSummaries.read(bareReader, Arrays.stream(top.scoreDocs).mapToInt(sd -> sd.doc).toArray()));
    }
    StoredFields stored = bare.storedFields();
    List<HitSummary> hits = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc sd : top.scoreDocs) {
      Document d = stored.document(sd.doc, HIT_FIELDS);
      String date = d.get("date");
      hits.add(new HitSummary(d.get("id"), d.get("title"),
          date == null ? null : LocalDateTime.parse(date, DateTimeFormatter.ISO_LOCAL_DATE_TIME), d.get("source")));
    }
    return hits;
  }

  /**
   * What a {@code lucene*} method returns, as Fahras's {@link SearchResults} do.
   *
   * @param top the top 10 with the total hits (exact up to {@link ArticleSearcher#TOTAL_HITS_THRESHOLD})
   * @param hits id, title, date and source of the top 10, best first
   * @param sources counts by source (top 100), or null when facets were not asked
   * @param months counts by month ({@code 2015-07}), oldest first, or null when facets were not asked
   */
  public record LuceneResults(TopDocs top, List<HitSummary> hits, FacetResult sources, Map<String, Long> months) {}

  private static final Set<String> HIT_FIELDS = Set.of("id", "title", "date", "source");

  @Benchmark
  public SearchResults fahrasTerm() throws IOException {
    return fahras.search(TERM, noSnippets);
  }

  @Benchmark
  public LuceneResults luceneTerm() throws IOException {
    return bareTop10(termQuery(TERM));
  }

  @Benchmark
  public SearchResults fahrasTermSnippets() throws IOException {
    return fahras.search(TERM, SearchOptions.defaults());
  }

  @Benchmark
  public SearchResults fahrasPhrase() throws IOException {
    return fahras.search("\"" + PHRASE_A + " " + PHRASE_B + "\"", noSnippets);
  }

  @Benchmark
  public LuceneResults lucenePhrase() throws IOException {
    return bareTop10(bothFields(PHRASE_A + " " + PHRASE_B, true));
  }

  @Benchmark
  public SearchResults fahrasBoolean() throws IOException {
    return fahras.search(BOOLEAN, noSnippets);
  }

  @Benchmark
  public LuceneResults luceneBoolean() throws IOException {
    Query q = new BooleanQuery.Builder()
        .add(termQuery(TERM), Occur.MUST)
        .add(new BooleanQuery.Builder().add(termQuery("النصر"), Occur.SHOULD).add(termQuery("الاتحاد"), Occur.SHOULD)
            .build(), Occur.MUST)
        .add(termQuery("الأهلي"), Occur.MUST_NOT)
        .build();
    return bareTop10(q);
  }

  @Benchmark
  public SearchResults fahrasDateFiltered() throws IOException {
    return fahras.search(TERM, noSnippets.withDates(FROM, TO));
  }

  @Benchmark
  public LuceneResults luceneDateFiltered() throws IOException {
    long lo = FROM.atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    long hi = TO.plusDays(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC) - 1;
    Query q = new BooleanQuery.Builder().add(termQuery(TERM), Occur.MUST)
        .add(LongPoint.newRangeQuery("date", lo, hi), Occur.FILTER).build();
    return bareTop10(q);
  }

  @Benchmark
  public SearchResults fahrasFaceted() throws IOException {
    return fahras.search(TERM, noSnippets.withFacets(true));
  }

  /** Top 10, counts by source (top 100), by day and by month, as Fahras's facets give them. */
  @Benchmark
  public LuceneResults luceneFaceted() throws IOException {
    Object[] both = bare.search(termQuery(TERM), new MultiCollectorManager(
        new TopScoreDocCollectorManager(10, ArticleSearcher.TOTAL_HITS_THRESHOLD), new FacetsCollectorManager()));
    FacetsCollector fc = (FacetsCollector) both[1];
    TopDocs top = (TopDocs) both[0];
    FacetResult sources = new SortedSetDocValuesFacetCounts(bareFacetState, fc).getTopChildren(100, "source");
    Map<String, Long> months = new TreeMap<>();
    for (LabelAndValue lv : new LongValueFacetCounts("day", fc).getAllChildrenSortByValue().labelValues) {
      months.merge(YearMonth.from(LocalDate.ofEpochDay(Long.parseLong(lv.label))).toString(), lv.value.longValue(),
          Long::sum);
    }
    return new LuceneResults(top, hits(top), sources, months);
  }
}
