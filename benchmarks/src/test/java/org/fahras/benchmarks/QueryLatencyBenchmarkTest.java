package org.fahras.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.fahras.index.HitSummary;
import org.fahras.search.FacetCount;
import org.fahras.search.SearchHit;
import org.fahras.search.SearchResults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every {@link QueryLatencyBenchmark} method once on six articles written for this test
 * ({@code -p corpus=PATH}, indexes under a temporary {@code fahras.bench.dir}) and checks that, for
 * each query kind, Fahras and the bare Lucene index match the same articles, the ones picked by hand,
 * with the same facet counts. Protects against timing empty searches on one side (as the bare side
 * did before its terms were stemmed) or searches that do different work, which report fast numbers.
 */
class QueryLatencyBenchmarkTest {

  /** Who matches what (dates against 2015-07-25..2015-08-05) is written beside each expected set. */
  static final List<String> ARTICLES = List.of(
      article("q1", "الهلال يفوز على النصر", "فاز فريق الهلال على النصر بهدفين في الدوري.", "2015-07-26 10:00:00", "riyadh"),
      article("q2", "الهلال يتعادل مع الأهلي", "تعادل الهلال مع الأهلي في مباراة ودية.", "2015-08-10 09:00:00", "okaz"),
      article("q3", "صفقة جديدة", "أعلن نادي الهلال التعاقد مع لاعب من الاتحاد.", "2015-07-30 18:30:00", "okaz"),
      article("q4", "وزارة الصحة تطلق حملة", "أطلقت وزارة الصحة حملة للتطعيم في جدة.", "2015-07-28 08:00:00", "riyadh"),
      article("q5", "تقرير", "قالت وزارة التعليم إن الصحة المدرسية أولوية.", "2015-08-01 12:00:00", "spa"),
      article("q6", "مشجعو الهلال", "احتفل مشجعو الهلال في شوارع الرياض.", "2015-06-15 21:00:00", "spa"));

  @TempDir
  Path folder;

  private String benchDir;
  private QueryLatencyBenchmark benchmark;

  private static String article(String id, String title, String body, String date, String source) {
    return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"body\":\"" + body + "\",\"date\":\"" + date
        + "\",\"source\":\"" + source + "\"}";
  }

  @BeforeEach
  void setUp() throws Exception {
    Path corpus = Files.write(folder.resolve("news.jsonl"), ARTICLES, StandardCharsets.UTF_8);
    benchDir = System.setProperty("fahras.bench.dir", folder.resolve("indexes").toString());
    benchmark = new QueryLatencyBenchmark();
    benchmark.corpus = corpus.toString();
    benchmark.luceneHits = "stored";
    benchmark.setup();
  }

  @AfterEach
  void tearDown() throws Exception {
    benchmark.tearDown();
    if (benchDir == null) {
      System.clearProperty("fahras.bench.dir");
    } else {
      System.setProperty("fahras.bench.dir", benchDir);
    }
  }

  @Test
  void aCorpusWithoutTheQueryWordsIsRefused() throws Exception {
    Path other = Files.write(folder.resolve("other.jsonl"), List.of(
        article("o1", "طقس", "أمطار غزيرة على جازان.", "2015-07-26 10:00:00", "spa")), StandardCharsets.UTF_8);
    QueryLatencyBenchmark empty = new QueryLatencyBenchmark();
    empty.corpus = other.toString();
    empty.luceneHits = "stored";
    IllegalStateException e = assertThrows(IllegalStateException.class, empty::setup);
    assertTrue(e.getMessage().contains("fahrasTerm matches no article"), e.getMessage());
  }

  private static Set<String> ids(SearchResults fahras) {
    assertEquals(fahras.totalHits(), fahras.hits().size(), "all matches fit in the top 10");
    return fahras.hits().stream().map(SearchHit::id).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> ids(QueryLatencyBenchmark.LuceneResults lucene) {
    assertEquals(lucene.top().totalHits.value(), lucene.hits().size(), "all matches fit in the top 10");
    return lucene.hits().stream().map(HitSummary::id).collect(Collectors.toCollection(TreeSet::new));
  }

  private static void assertSameMatches(Set<String> expected, SearchResults fahras,
      QueryLatencyBenchmark.LuceneResults lucene) {
    assertEquals(expected, ids(fahras), "Fahras's matches");
    assertEquals(expected, ids(lucene), "bare Lucene's matches");
    assertEquals(fahras.hits().stream().map(h -> new HitSummary(h.id(), h.title(), h.published(), h.source()))
        .collect(Collectors.toSet()), Set.copyOf(lucene.hits()), "the fields a result list shows");
  }

  @Test
  void theBareSideReadsTheSameHitsFromTheDocValue() throws Exception {
    QueryLatencyBenchmark.LuceneResults stored = benchmark.luceneBoolean();
    benchmark.tearDown();
    benchmark.luceneHits = "docvalue";
    benchmark.setup();
    assertEquals(2, stored.hits().size());
    assertEquals(stored.hits(), benchmark.luceneBoolean().hits());
  }

  @Test
  void anUnknownHitSourceIsRefused() {
    QueryLatencyBenchmark bogus = new QueryLatencyBenchmark();
    bogus.corpus = benchmark.corpus;
    bogus.luceneHits = "cache";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, bogus::setup);
    assertEquals("luceneHits=cache: expected stored or docvalue", e.getMessage());
  }

  @Test
  void theTestCallsEveryBenchmarkMethod() {
    assertEquals(Set.of("fahrasTerm", "luceneTerm", "fahrasTermSnippets", "fahrasPhrase", "lucenePhrase",
        "fahrasBoolean", "luceneBoolean", "fahrasDateFiltered", "luceneDateFiltered", "fahrasFaceted",
        "luceneFaceted"), BenchmarkMethods.of(QueryLatencyBenchmark.class));
  }

  @Test
  void termQueriesMatchTheSameArticles() throws Exception {
    Set<String> alHilal = Set.of("q1", "q2", "q3", "q6");
    assertSameMatches(alHilal, benchmark.fahrasTerm(), benchmark.luceneTerm());
    SearchResults snippets = benchmark.fahrasTermSnippets();
    assertEquals(alHilal, ids(snippets));
    assertTrue(snippets.hits().stream().allMatch(h -> h.snippet().contains("الهلال")), "snippets mark the word");
  }

  @Test
  void phraseQueriesMatchTheSameArticles() throws Exception {
    // q5 holds both words, apart
    assertSameMatches(Set.of("q4"), benchmark.fahrasPhrase(), benchmark.lucenePhrase());
  }

  @Test
  void booleanQueriesMatchTheSameArticles() throws Exception {
    // الهلال AND (النصر OR الاتحاد) NOT الأهلي: q2 names الأهلي, q6 neither club
    assertSameMatches(Set.of("q1", "q3"), benchmark.fahrasBoolean(), benchmark.luceneBoolean());
  }

  @Test
  void dateFilteredQueriesMatchTheSameArticles() throws Exception {
    // q2 (2015-08-10) and q6 (2015-06-15) fall outside the range
    assertSameMatches(Set.of("q1", "q3"), benchmark.fahrasDateFiltered(), benchmark.luceneDateFiltered());
  }

  @Test
  void facetedQueriesCountTheSameSourcesAndMonths() throws Exception {
    SearchResults fahras = benchmark.fahrasFaceted();
    QueryLatencyBenchmark.LuceneResults lucene = benchmark.luceneFaceted();
    assertSameMatches(Set.of("q1", "q2", "q3", "q6"), fahras, lucene);

    Map<String, Long> sources = Map.of("okaz", 2L, "riyadh", 1L, "spa", 1L);
    assertEquals(sources, counts(fahras.facets().sources()));
    assertEquals(sources, new TreeMap<>(Arrays.stream(lucene.sources().labelValues)
        .collect(Collectors.toMap(lv -> lv.label, lv -> lv.value.longValue()))));
    Map<String, Long> months = Map.of("2015-06", 1L, "2015-07", 2L, "2015-08", 1L);
    assertEquals(months, counts(fahras.facets().months()));
    assertEquals(months, lucene.months());
  }

  private static Map<String, Long> counts(List<FacetCount> facets) {
    return facets.stream().collect(Collectors.toMap(FacetCount::value, FacetCount::count, Long::sum, TreeMap::new));
  }
}
